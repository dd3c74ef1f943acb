/**
 * Which cells of a used range hold formulas, queued with the values so the read stays at two round trips.
 *
 * With ExcelApi 1.9 Excel lists the formula cells itself (special cells): one short address per block, so the
 * response barely grows; a column of 100,000 formulas is "S!L2:L100001". Older hosts (desktop Excel 2016/2019,
 * which have no 5 MB response limit) load the `formulas` grid instead and compare it with the values.
 */
import { parseA1 } from "../../core/address";
import { markFormula } from "../../core/grid";

/** Called after the sync: the formula cells, sparse, 0-based from A1. */
export type FormulaCells = () => boolean[][];

/** "'a,b'!A1:B2, S!C3" → ["A1:B2", "C3"]: commas inside a quoted sheet name do not split areas. */
export function areaAddresses(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // a doubled '' inside a name toggles twice
    else if (i === address.length || (ch === "," && !quoted)) {
      const area = address.slice(start, i).trim();
      areas.push(area.slice(area.lastIndexOf("!") + 1).replace(/\$/g, ""));
      start = i + 1;
    }
  }
  return areas.filter((a) => a !== "");
}

function markAreas(address: string): boolean[][] {
  const formulas: boolean[][] = [];
  for (const area of areaAddresses(address)) {
    const [from, to = from] = area.split(":");
    // Whole rows or columns ("A:A") cannot come from a used range; they are left out rather than guessed.
    if (!/^[A-Z]+\d+$/.test(from) || !/^[A-Z]+\d+$/.test(to)) continue;
    const p = parseA1(from);
    const q = parseA1(to);
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) markFormula(formulas, r, c);
  }
  return formulas;
}

/** A cell's formula from the formulas grid: "=…" that is not simply the value (a text constant "=1+1" is one). */
export function formulaOf(formula: unknown, value: unknown): string | undefined {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : undefined;
}

/** Where the formulas grid shows a formula. */
function markFormulaGrid(range: Excel.Range): boolean[][] {
  const formulas: boolean[][] = [];
  const grid = range.formulas as unknown[][];
  const values = range.values;
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (formulaOf(grid[r][c], values[r][c])) markFormula(formulas, range.rowIndex + r, range.columnIndex + c);
    }
  }
  return formulas;
}

/** Queues the query on a used range whose values, rowIndex and columnIndex are loaded in the same batch. */
export function queueFormulaCells(range: Excel.Range, specialCells: boolean): FormulaCells {
  if (!specialCells) {
    range.load("formulas");
    return () => markFormulaGrid(range);
  }
  const areas = range.getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType);
  areas.load("address");
  return () => (areas.isNullObject ? [] : markAreas(areas.address));
}
