/**
 * The only thing the core knows of a spreadsheet: named sheets of cell values with their number formats.
 * Both adapters (Office.js and .xlsx files) produce exactly this, mirroring Office's `values` and
 * `numberFormat` arrays, so the core behaves the same wherever it runs.
 */

/** An Excel error value such as #DIV/0! or #N/A. */
export interface CellError {
  error: string;
}

/** Dates arrive as Excel serial numbers with a date number format, as Office.js gives them. */
export type CellValue = number | string | boolean | null | CellError;

export interface SheetGrid {
  name: string;
  /** Row-major and 0-based: values[0][0] is A1. Rows may be ragged or missing. */
  values: CellValue[][];
  /** Parallel to `values`; absent or undefined means "General". */
  formats?: (string | undefined)[][];
  /**
   * The cells holding a formula (the value is its result): true where one does. Sparse, so a sheet without
   * formulas costs nothing: a missing row or cell holds none. Formula cells are the user's and are never written.
   */
  formulas?: boolean[][];
  /** Hidden (or very hidden) in Excel: read only when no visible sheet holds the table, and never written. */
  hidden?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function cellValue(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function cellFormat(sheet: SheetGrid, row: number, col: number): string | undefined {
  return sheet.formats?.[row]?.[col];
}

export function isFormula(sheet: SheetGrid, row: number, col: number): boolean {
  return sheet.formulas?.[row]?.[col] === true;
}

export function rowHasFormula(sheet: SheetGrid, row: number): boolean {
  return sheet.formulas?.[row]?.some((f) => f) ?? false;
}

/** Marks a cell as holding a formula, growing the sparse rows as needed. */
export function markFormula(formulas: boolean[][], row: number, col: number): void {
  (formulas[row] ??= [])[col] = true;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/** Any character other than white space (U+3000 included). */
const NOT_SPACE = /[^\s\u3000]/;

/** A cell counts as empty when it holds nothing or only white space. */
export function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === "string" && !NOT_SPACE.test(v)); // a test allocates no string
}

/** Plain text of a cell, for labels and free text. Numbers print as JavaScript would. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.values.length;
}

export function colCount(sheet: SheetGrid, row: number): number {
  return sheet.values[row]?.length ?? 0;
}
