/**
 * One input sheet's used range, read in blocks (readBlocks.ts): the head queued with the range's bounds, then
 * the rest on request; the blocks are put together into the grid the core reads, A1 at [0][0].
 */
import { columnLetters } from "../../core/address";
import { CellValue, SheetGrid, markFormula } from "../../core/grid";
import { Bounds, HEAD_COLUMNS, restAreas } from "./readBlocks";
import { FormulaCells, queueFormulaCells } from "./readFormulas";
import { utf8Bytes } from "./requestLimit";

function toCellValue(v: unknown, type: string | undefined): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

export const boundsAddress = (b: Bounds): string => `${columnLetters(b.c0)}${b.r0 + 1}:${columnLetters(b.c1)}${b.r1 + 1}`;

interface Block {
  range: Excel.Range;
  formulas: FormulaCells;
  /** Counted once, after the sync that loaded it. */
  measured: boolean;
}

export class UsedRangeRead {
  private readonly used: Excel.Range;
  private readonly blocks: Block[] = [];

  constructor(
    private readonly ws: Excel.Worksheet,
    private readonly headRows: number,
    private readonly specialCells: boolean,
  ) {
    this.used = ws.getUsedRange(true);
    this.used.load("rowIndex,columnIndex,rowCount,columnCount");
    // Anchored at A1 so that head and used range always meet (a used range may start anywhere).
    const head = this.used.getBoundingRect("A1").getIntersection(`A1:${columnLetters(HEAD_COLUMNS - 1)}${headRows}`);
    this.queue(head);
  }

  private queue(range: Excel.Range): void {
    range.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
    this.blocks.push({ range, formulas: queueFormulaCells(range, this.specialCells), measured: false });
  }

  /** After the sync that loaded the bounds. */
  bounds(): Bounds {
    const u = this.used;
    return { r0: u.rowIndex, c0: u.columnIndex, r1: u.rowIndex + u.rowCount - 1, c1: u.columnIndex + u.columnCount - 1 };
  }

  /** What the head left out, after the sync that loaded it. */
  rest(): Bounds[] {
    return restAreas(this.bounds(), this.headRows);
  }

  queueBlock(b: Bounds): void {
    this.queue(this.ws.getRange(boundsAddress(b)));
  }

  /** Response bytes and cells of the blocks loaded since the last call (the JSON office.js receives). */
  measureLoaded(): { bytes: number; cells: number } {
    let bytes = 0;
    let cells = 0;
    for (const b of this.blocks.filter((x) => !x.measured)) {
      const r = b.range;
      bytes += utf8Bytes(JSON.stringify([r.values, r.numberFormat, r.valueTypes]));
      cells += r.values.length * (r.values[0]?.length ?? 0);
      b.measured = true;
    }
    return { bytes, cells };
  }

  toGrid(name: string): SheetGrid {
    const u = this.bounds();
    const values: CellValue[][] = [];
    const formats: (string | undefined)[][] = [];
    for (let r = 0; r <= u.r1; r++) {
      values.push(r < u.r0 ? [] : new Array<CellValue>(u.c1 + 1).fill(null));
      formats.push(r < u.r0 ? [] : new Array<string | undefined>(u.c1 + 1).fill(undefined));
    }
    const formulas: boolean[][] = [];
    for (const b of this.blocks) {
      this.copyBlock(b.range, u, values, formats);
      b.formulas().forEach((row, r) => row?.forEach((f, c) => f && markFormula(formulas, r, c)));
    }
    return { name, values, formats, formulas };
  }

  /** Copies the cells of a loaded block that lie in the used range (a head may reach above or left of it). */
  private copyBlock(range: Excel.Range, u: Bounds, values: CellValue[][], formats: (string | undefined)[][]): void {
    const vals = range.values;
    const fmts = range.numberFormat as unknown as string[][];
    const types = range.valueTypes as unknown as string[][];
    for (let i = 0; i < vals.length; i++) {
      const r = range.rowIndex + i;
      if (r < u.r0 || r > u.r1) continue;
      for (let j = 0; j < vals[i].length; j++) {
        const c = range.columnIndex + j;
        if (c < u.c0 || c > u.c1) continue;
        values[r][c] = toCellValue(vals[i][j], types[i][j]);
        formats[r][c] = fmts[i][j] === "General" ? undefined : fmts[i][j];
      }
    }
  }
}
