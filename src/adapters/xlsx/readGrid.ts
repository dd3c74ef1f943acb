/**
 * .xlsx (or .xls, converted) file → WorkbookGrid, through exceljs. Cells are normalised to what Office.js would give for the
 * same workbook: formula cells as their cached result (and marked as formulas), rich text as plain text, dates as serial numbers with
 * their date format, merged cells' hidden parts as empty.
 */
import ExcelJS from "exceljs";
import { CellValue, SheetGrid, WorkbookGrid, markFormula } from "../../core/grid";
import { UnreadableFileError } from "./fileErrors";
import { isCompoundFile, xlsToXlsx } from "./fileFormat";
import { normalizePackage } from "./normalizePackage";
import { cellsOf, rowsOf } from "./sparseRows";
import { checkWorkbookFile } from "./zipCheck";

const MS_PER_DAY = 86400000;
/** 1899-12-30 UTC, day 0 of Excel's 1900 date system for every date after February 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
}

export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === "object") {
    if ("error" in v && typeof v.error === "string") return { error: v.error };
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      return toCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ("text" in v && typeof (v as { text: unknown }).text === "string") return (v as { text: string }).text;
  }
  return String(v);
}

function holdsFormula(v: ExcelJS.CellValue): boolean {
  return typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
}

/**
 * Columns past this one are not read (IV, the 256th, Excel 2003's last): every table this tool reads is a few
 * dozen columns wide, and a cell far out in XFD would otherwise make every row of the grid 16,384 wide.
 */
export const MAX_GRID_COLUMNS = 256;

/** Every missing row: one shared empty row that nothing can change. */
const NO_CELLS = Object.freeze([]) as unknown as CellValue[];

/** One sheet as a grid, within its used range and the first MAX_GRID_COLUMNS columns. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: boolean[][] = [];
  for (const row of rowsOf(ws)) {
    const r = row.number - 1;
    const vr: CellValue[] = [];
    const fr: (string | undefined)[] = [];
    for (const cell of cellsOf(row)) {
      const c = Number(cell.col) - 1;
      if (c >= MAX_GRID_COLUMNS) break;
      // In a merged area only the top-left cell holds the value, as in Excel.
      const hidden = cell.isMerged && cell.master !== cell;
      vr[c] = hidden ? null : toCellValue(cell.value);
      if (!hidden && holdsFormula(cell.value)) markFormula(formulas, r, c);
      if (cell.numFmt) fr[c] = cell.numFmt;
    }
    if (vr.length === 0) continue;
    for (let c = 0; c < vr.length; c++) if (vr[c] === undefined) vr[c] = null;
    values[r] = vr;
    formats[r] = fr;
  }
  for (let r = 0; r < values.length; r++) {
    if (!values[r]) {
      values[r] = NO_CELLS;
      formats[r] = NO_CELLS as (string | undefined)[];
    }
  }
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  return { name: ws.name, values, formats, formulas, ...(hidden ? { hidden } : {}) };
}

/**
 * The workbook's sheets as grids: all of them, or only those named in `only` (every sheet but this tool's journal:
 * the core finds its tables by their content, so every sheet is read, within MAX_GRID_COLUMNS and by its cells).
 */
export function workbookToGrid(wb: ExcelJS.Workbook, only?: readonly string[]): WorkbookGrid {
  const wanted = only && new Set(only);
  return { sheets: wb.worksheets.filter((ws) => !wanted || wanted.has(ws.name)).map(worksheetToGrid) };
}

export { UnreadableFileError };

/**
 * Loads an .xlsx or .xls file (an .xls converted to .xlsx first, fileFormat.ts), and the format it was in;
 * anything that is not a readable workbook becomes an UnreadableFileError with its reason (zipCheck.ts checks
 * sizes before anything is inflated). A workbook written by another program in a shape exceljs does not read
 * is first rewritten into one it does (normalizePackage.ts). No library's own message is ever shown.
 */
export async function loadAnyWorkbook(data: Buffer | ArrayBuffer): Promise<{ workbook: ExcelJS.Workbook; format: "xlsx" | "xls" }> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const format = isCompoundFile(bytes) ? "xls" : "xlsx";
  const xlsx = format === "xls" ? xlsToXlsx(bytes) : bytes;
  await checkWorkbookFile(xlsx);
  const readable = normalizePackage(xlsx);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(readable as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError("DAMAGED");
  }
  return { workbook: wb, format };
}

/** Loads an .xlsx or .xls file; anything that is not a readable workbook becomes an UnreadableFileError. */
export async function loadWorkbook(data: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  return (await loadAnyWorkbook(data)).workbook;
}
