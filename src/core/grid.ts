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

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/** A cell counts as empty when it holds nothing or only white space. */
const NOT_SPACE = /[^\s\u3000]/;

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
