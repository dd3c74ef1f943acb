/**
 * The workbook as read (WorkbookSnapshot), seen cell by cell: what a planned write would replace, and the
 * snapshot as this tool's own write leaves it, so that a later write from the same reading compares with the
 * truth without reading again.
 */
import { parseA1 } from "../core/address";
import { CellValue, SheetGrid, WorkbookGrid, cellFormat, cellValue } from "../core/grid";
import type { CellWrite } from "../core/plan";
import { TEXT_FORMAT } from "../core/plan";
import type { ReportSheetPlan } from "../core/reportSheet";
import { CellContent, SheetContent } from "./journal";
import type { WorkbookSnapshot, WritePlan } from "./ports";

export const GENERAL = "General";

/** A cell of an input sheet as read; a sheet or cell that is not there is empty. */
export function gridContent(grid: WorkbookGrid, sheet: string, cell: string): CellContent {
  const s = grid.sheets.find((x) => x.name === sheet);
  if (!s) return { cell, value: null, numberFormat: GENERAL };
  const { row, col } = parseA1(cell);
  return { cell, value: cellValue(s, row, col), numberFormat: cellFormat(s, row, col) ?? GENERAL };
}

/** The non-empty cells of a sheet this tool made, as read; none if it was not read. */
export function ownedCells(source: WorkbookSnapshot, sheet: string): CellContent[] {
  return source.ownedContent?.find((c) => c.sheet === sheet)?.cells ?? [];
}

/** A cell's content as text for a preview: its formula if it holds one. */
export function contentText(c: { value: CellValue; formula?: string }): string {
  if (c.formula) return c.formula;
  const v = c.value;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === "";
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === "object" || typeof b === "object") return typeof a === typeof b && contentText({ value: a }) === contentText({ value: b });
  return a === b;
}

/** The report sheet's cells as the plan writes them: one paragraph per row of column A, as text. */
export function reportCells(plan: ReportSheetPlan): CellContent[] {
  return plan.rows.map((r, i) => ({ cell: `A${i + 1}`, value: r.text, numberFormat: TEXT_FORMAT })).filter((c) => c.value !== "");
}

function withWrites(sheet: SheetGrid, writes: CellWrite[]): SheetGrid {
  const values = sheet.values.map((r) => [...r]);
  const formats = (sheet.formats ?? []).map((r) => [...r]);
  for (const w of writes) {
    const { row, col } = parseA1(w.cell);
    (values[row] ??= [])[col] = w.value;
    (formats[row] ??= [])[col] = w.numberFormat;
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { ...sheet, values, formats };
}

function replaceContent(content: SheetContent[] | undefined, next: SheetContent): SheetContent[] {
  return [...(content ?? []).filter((c) => c.sheet !== next.sheet), next];
}

/** The snapshot as it is after `plan` was applied to the workbook it was read from. */
export function sourceAfterWrite(source: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of plan.cells) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  const grid = { sheets: source.grid.sheets.map((s) => (bySheet.has(s.name) ? withWrites(s, bySheet.get(s.name)!) : s)) };
  const after: WorkbookSnapshot = { ...source, grid, journal: plan.journal?.record ?? source.journal };
  const report = plan.reportSheet;
  if (!report) return after;
  const known = (names: string[]) => (names.includes(report.name) ? names : [...names, report.name]);
  return {
    ...after,
    sheetNames: known(source.sheetNames),
    ownedSheets: known(source.ownedSheets),
    ownedContent: replaceContent(source.ownedContent, { sheet: report.name, cells: reportCells(report) }),
  };
}
