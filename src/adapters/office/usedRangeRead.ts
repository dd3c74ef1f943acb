/**
 * One sheet's used range, read in blocks (readBlocks.ts): the head queued with the range's bounds, then the rest
 * on request. What is loaded depends on what the sheet is read for: the core's grid (every sheet), the content a
 * replace would discard (the report sheet, formulas included), or the journal's texts (column A).
 */
import { a1, columnLetters } from "../../core/address";
import { CellValue, SheetGrid, markFormula } from "../../core/grid";
import type { CellContent } from "../../app";
import { Bounds, plannedCellBytes, restAreas } from "./readBlocks";
import { toCellValue } from "./cellValue";
import { FormulaCells, formulaOf, queueFormulaCells } from "./readFormulas";
import { utf8Bytes } from "./requestLimit";

export const boundsAddress = (b: Bounds): string => `${columnLetters(b.c0)}${b.r0 + 1}:${columnLetters(b.c1)}${b.r1 + 1}`;

type CellProperty = "values" | "formulas" | "numberFormat" | "valueTypes";

/** What a read loads of every block, and the head it starts with: A1 to {headColumns}{headRows}. */
export interface ReadShape {
  props: CellProperty[];
  headRows: number;
  headColumns: number;
  /** Only the used range's cells in its first `columns` columns of the sheet are read (the journal: column A). */
  columns?: number;
  /** How much more than the usual margin later rows may be denser than the last read (1 when not said). */
  unevenBy?: number;
  /**
   * For a grid without the formulas property: whether Excel lists formula cells itself (ExcelApi 1.9), see
   * readFormulas.ts. Absent where formulas do not matter (the journal) or come with the cells.
   */
  specialCells?: boolean;
}

const grid = <T>(range: Excel.Range, p: CellProperty) => range[p] as unknown as T[][];

export class UsedRangeRead {
  private readonly used: Excel.Range;
  private readonly blocks: Excel.Range[] = [];
  /** For each block, where a grid is read without the formulas property: its formula cells. */
  private readonly formulaCells: FormulaCells[] = [];
  /** How many blocks were measured, and the response bytes and cells of the last request's. */
  private measured = { blocks: 0, bytes: 0, cells: 0 };

  /** Queues the used range's bounds and the head. */
  constructor(
    private readonly ws: Excel.Worksheet,
    private readonly shape: ReadShape,
  ) {
    this.used = ws.getUsedRange(true);
    this.used.load("rowIndex,columnIndex,rowCount,columnCount");
    // Anchored at A1 so that head and used range always meet (a used range may start anywhere).
    this.queue(this.used.getBoundingRect("A1").getIntersection(`A1:${columnLetters(shape.headColumns - 1)}${shape.headRows}`));
  }

  private queue(range: Excel.Range): void {
    range.load([...this.shape.props, "rowIndex", "columnIndex"].join(","));
    this.blocks.push(range);
    if (this.shape.specialCells !== undefined) this.formulaCells.push(queueFormulaCells(range, this.shape.specialCells));
  }

  /** After the sync that loaded the bounds; c0 > c1 when none of the used range is in the columns read. */
  bounds(): Bounds {
    const u = this.used;
    const c1 = u.columnIndex + u.columnCount - 1;
    return { r0: u.rowIndex, c0: u.columnIndex, r1: u.rowIndex + u.rowCount - 1, c1: Math.min(c1, (this.shape.columns ?? Infinity) - 1) };
  }

  /** What the head left out, after the sync that loaded it. */
  rest(): Bounds[] {
    const b = this.bounds();
    return b.c0 > b.c1 ? [] : restAreas(b, this.shape.headRows, this.shape.headColumns);
  }

  queueBlock(b: Bounds): void {
    this.queue(this.ws.getRange(boundsAddress(b)));
  }

  /**
   * The response bytes a further cell is planned at, from the blocks of this read's last request (the JSON
   * office.js receives for their properties): a journal's cells are long texts, an input sheet's mostly short.
   * The last request's, not all of them: a report's first rows list every project and indicator in paragraphs of
   * thousands of characters while its later rows are short, and planned on the average of both its rest would
   * take dozens of small requests.
   */
  plannedCellBytes(): number {
    const fresh = this.blocks.slice(this.measured.blocks);
    if (fresh.length > 0) {
      this.measured = { blocks: this.blocks.length, bytes: 0, cells: 0 };
      for (const r of fresh) {
        this.measured.bytes += utf8Bytes(JSON.stringify(this.shape.props.map((p) => r[p])));
        this.measured.cells += r.values.length * (r.values[0]?.length ?? 0);
      }
    }
    return (this.shape.unevenBy ?? 1) * plannedCellBytes(this.measured.bytes, this.measured.cells);
  }

  /** Each loaded block's cells that lie in the used range (a head may reach above or left of it), 0-based from A1. */
  private forEachCell(visit: (range: Excel.Range, i: number, j: number, r: number, c: number) => void): void {
    const u = this.bounds();
    for (const range of this.blocks) {
      range.values.forEach((row, i) => {
        const r = range.rowIndex + i;
        if (r < u.r0 || r > u.r1) return;
        row.forEach((_, j) => {
          const c = range.columnIndex + j;
          if (c >= u.c0 && c <= u.c1) visit(range, i, j, r, c);
        });
      });
    }
  }

  /** The grid the core reads, A1 at [0][0], once all blocks are in. */
  toGrid(name: string, hidden: boolean): SheetGrid {
    const u = this.bounds();
    const values: CellValue[][] = [];
    const formats: (string | undefined)[][] = [];
    for (let r = 0; r <= u.r1; r++) {
      values.push(r < u.r0 ? [] : new Array<CellValue>(u.c1 + 1).fill(null));
      formats.push(r < u.r0 ? [] : new Array<string | undefined>(u.c1 + 1).fill(undefined));
    }
    const formulas: boolean[][] = [];
    const withFormulas = this.shape.props.includes("formulas");
    this.forEachCell((range, i, j, r, c) => {
      const format = grid<string>(range, "numberFormat")[i][j];
      values[r][c] = toCellValue(range.values[i][j], grid<string>(range, "valueTypes")[i][j]);
      formats[r][c] = format === "General" ? undefined : format;
      if (withFormulas && formulaOf(grid(range, "formulas")[i][j], range.values[i][j])) markFormula(formulas, r, c);
    });
    for (const f of this.formulaCells) f().forEach((row, r) => row?.forEach((x, c) => x && markFormula(formulas, r, c)));
    return { name, values, formats, formulas, ...(hidden ? { hidden } : {}) };
  }

  /** Every non-empty cell (a formula showing "" included) with its value, formula and number format. */
  content(): CellContent[] {
    const out: CellContent[] = [];
    this.forEachCell((range, i, j, r, c) => {
      const v = range.values[i][j];
      const formula = formulaOf(grid(range, "formulas")[i][j], v);
      if ((v === "" || v === null) && !formula) return;
      const value = toCellValue(v, grid<string>(range, "valueTypes")[i][j]);
      out.push({ cell: a1(r, c), value, ...(formula ? { formula } : {}), numberFormat: grid<string>(range, "numberFormat")[i][j] });
    });
    return out;
  }

  /** Column A's texts from row 1 (null where a cell holds no text). */
  columnA(): (string | null)[] {
    const texts: (string | null)[] = [];
    this.forEachCell((range, i, j, r, c) => {
      if (c !== 0) return;
      while (texts.length <= r) texts.push(null);
      const v = range.values[i][j];
      texts[r] = typeof v === "string" ? v : null;
    });
    return texts;
  }
}
