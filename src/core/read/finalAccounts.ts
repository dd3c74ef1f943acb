/**
 * What the 决算 public tables (支出决算表, 基本支出决算表, 收入支出决算总表) share: a title naming them, a unit line
 * (usually 元, as the 决算 software exports them), and figures read next to a label.
 */
import { a1, parseA1 } from "../address";
import { Finding, finding } from "../findings";
import { SheetGrid, WorkbookGrid, cellValue, colCount, isEmpty, rowCount } from "../grid";
import { Amount, AmountUnit } from "../model";
import { SheetKey } from "../schema";
import { normalizeLabel } from "../text";
import { sheetsNamed } from "./scan";
import { readAmount } from "./cells";
import { TablePlace, wholeSheet } from "./table";
import { titleAbove, unitLine } from "./units";

/** Where a 决算 table's title, its 编制单位 line and its unit line are. */
const TITLE_ROWS = 8;

/** The title lines of a sheet (its first rows), normalised. */
export function sheetTitle(sheet: SheetGrid): string {
  return titleAbove(sheet, TITLE_ROWS, TITLE_ROWS);
}

/** The unit the sheet's title lines state, else the workbook's. */
export function sheetUnit(sheet: SheetGrid, fallback: AmountUnit): AmountUnit {
  return unitLine(sheet, TITLE_ROWS - 1, 0) ?? fallback;
}

/** Whether a title names this table and not its 财政拨款-only sibling (一般公共预算财政拨款支出决算表 …), unless wanted. */
export function titleNames(title: string, name: string, fiscal: boolean): boolean {
  return title.includes(name) && title.includes("财政拨款") === fiscal;
}

/** The cell of the first label on a sheet matching one of `labels` (normalised), anywhere. */
export function findLabel(sheet: SheetGrid, labels: readonly string[]): { row: number; col: number } | undefined {
  const wanted = new Set(labels.map(normalizeLabel));
  for (let r = 0; r < rowCount(sheet); r++) {
    for (let c = 0; c < colCount(sheet, r); c++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === "string" && v.length <= 20 && wanted.has(normalizeLabel(v))) return { row: r, col: c };
    }
  }
  return undefined;
}

/**
 * A label's figure: the last number of the cells right of it, up to the next text (a 行次 number comes first and
 * the amount last: 本年支出合计 | 57 | 2513.05), or undefined when there is none.
 */
export function figureRightOf(sheet: SheetGrid, at: { row: number; col: number }): string | undefined {
  let found: string | undefined;
  for (let c = at.col + 1; c < colCount(sheet, at.row); c++) {
    const v = cellValue(sheet, at.row, c);
    if (isEmpty(v)) continue;
    if (typeof v !== "number" && !/^[\d,.\s()（）-]+$/.test(String(v))) break;
    found = a1(at.row, c);
  }
  return found;
}

/** The sheets whose title lines show them, else those with one of the kind's names (to say what they lack). */
export function sheetsByTitle(grid: WorkbookGrid, key: SheetKey, shows: (sheet: SheetGrid) => boolean): TablePlace[] {
  const found = grid.sheets.filter(shows).map(wholeSheet);
  return found.length > 0 ? found : sheetsNamed(grid, key).map(wholeSheet);
}

/**
 * The amount next to the first of `labels` (see figureRightOf), converted from the table's unit; a warning
 * naming `field` when the label or its figure is absent.
 */
export function labelledAmount(
  sheet: SheetGrid,
  labels: readonly string[],
  field: string,
  units: { unit: AmountUnit; written: AmountUnit },
): { amount?: Amount; findings: Finding[] } {
  const label = findLabel(sheet, labels);
  const cell = label && figureRightOf(sheet, label);
  if (!cell) return { findings: [finding("warning", "MISSING_FIELD", sheet.name, "A1", { field })] };
  const { row, col } = parseA1(cell);
  return readAmount(sheet, row, col, field, units.unit, units.written);
}
