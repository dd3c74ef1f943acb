/**
 * .xlsx (or .xls, converted) file → WorkbookGrid, through exceljs. Cells are normalised to what Office.js would give for the
 * same workbook: formula cells as their cached result, rich text as plain text, dates as serial numbers with
 * their date format, merged cells' hidden parts as empty.
 */
import ExcelJS from "exceljs";
import { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import { EncryptedWorkbookError, fileFormat, xlsToXlsx } from "./fileFormat";

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

export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vr: CellValue[] = [];
    const fr: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // In a merged area only the top-left cell holds the value, as in Excel.
      const hidden = cell.isMerged && cell.master !== cell;
      vr[c] = hidden ? null : toCellValue(cell.value);
      if (cell.numFmt) fr[c] = cell.numFmt;
    });
    for (let c = 0; c < vr.length; c++) if (vr[c] === undefined) vr[c] = null;
    values[r] = vr;
    formats[r] = fr;
  });
  for (let r = 0; r < values.length; r++) {
    if (!values[r]) {
      values[r] = [];
      formats[r] = [];
    }
  }
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  return { name: ws.name, values, formats, ...(hidden ? { hidden } : {}) };
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(worksheetToGrid) };
}

/** Why a file could not be read, for a message in the user's language (never a library's own text). */
export type UnreadableReason = "encrypted" | "notExcel" | "damaged";

export class UnreadableFileError extends Error {
  constructor(readonly reason: UnreadableReason) {
    super(
      {
        encrypted: "the workbook is encrypted: remove the password in Excel and try again",
        notExcel: "not an Excel workbook (.xlsx or .xls)",
        damaged: "not a readable workbook (the file may be damaged)",
      }[reason],
    );
  }
}

/** A workbook file loaded, and the format it was in (an .xls is converted to .xlsx on the way). */
export async function loadAnyWorkbook(data: Buffer | ArrayBuffer): Promise<{ workbook: ExcelJS.Workbook; format: "xlsx" | "xls" }> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const format = fileFormat(bytes);
  if (format === "encrypted" || format === "notExcel") throw new UnreadableFileError(format);
  let xlsx = bytes;
  if (format === "xls") {
    try {
      xlsx = xlsToXlsx(bytes);
    } catch (e) {
      throw new UnreadableFileError(e instanceof EncryptedWorkbookError ? "encrypted" : "damaged");
    }
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError("damaged");
  }
  return { workbook: wb, format };
}

/** Loads an .xlsx or .xls file; anything that is not a readable workbook becomes an UnreadableFileError. */
export async function loadWorkbook(data: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  return (await loadAnyWorkbook(data)).workbook;
}
