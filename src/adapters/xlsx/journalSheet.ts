/**
 * The write journal in an .xlsx file: the same very hidden sheet, with the same text in column A, as the Office
 * adapter writes (app/journal.ts), so that a file filled by the command line can be undone in Excel and the other
 * way round; and the content of the sheets this tool may replace, for the journal to save.
 */
import ExcelJS from "exceljs";
import { CellContent, JOURNAL_SHEET, SheetContent, WriteJournal, journalTexts, parseJournal } from "../../app";
import type { CellValue } from "../../core/grid";
import { TEXT_FORMAT } from "../../core/plan";
import { toCellValue } from "./readGrid";
import { cellsOf, rowsOf } from "./sparseRows";

/** Column A of the journal sheet, walking only the rows there are (a hostile file may put one far down). */
export function readJournal(wb: ExcelJS.Workbook): WriteJournal | undefined {
  const ws = wb.getWorksheet(JOURNAL_SHEET);
  if (!ws) return undefined;
  const columnA: CellValue[] = [];
  for (const row of rowsOf(ws)) columnA[row.number - 1] = toCellValue(row.findCell(1)?.value ?? null);
  return parseJournal(Array.from(columnA, (v) => v ?? null));
}

export function writeJournal(wb: ExcelJS.Workbook, journal: WriteJournal): void {
  const old = wb.getWorksheet(JOURNAL_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(JOURNAL_SHEET, { state: "veryHidden" });
  journalTexts(journal).forEach((text, r) => {
    const cell = ws.getCell(r + 1, 1);
    cell.value = text;
    cell.numFmt = TEXT_FORMAT;
  });
}

/** A cell's content with its formula, as the journal saves it. */
function contentOf(cell: ExcelJS.Cell): CellContent {
  // Cell.formula translates a shared formula to this cell.
  const formula = cell.type === ExcelJS.ValueType.Formula && cell.formula ? `=${cell.formula}` : undefined;
  return { cell: cell.address, value: toCellValue(cell.value), ...(formula ? { formula } : {}), numberFormat: cell.numFmt || "General" };
}

/** The non-empty cells of each named sheet, walked by the cells there are (sparseRows.ts). */
export function sheetContent(wb: ExcelJS.Workbook, names: string[]): SheetContent[] {
  return names.map((name) => {
    const ws = wb.getWorksheet(name);
    const cells = ws ? rowsOf(ws).flatMap((row) => cellsOf(row).map(contentOf)) : [];
    return { sheet: name, cells: cells.filter((c) => c.value !== null || c.formula) };
  });
}

/** Puts a cell back exactly: its formula, or its value (an error as an error), and its number format. */
export function putBack(ws: ExcelJS.Worksheet, c: CellContent): void {
  const cell = ws.getCell(c.cell);
  const v = c.value;
  cell.value = c.formula
    ? { formula: c.formula.slice(1), result: v === null || typeof v === "object" ? undefined : v }
    : typeof v === "object" && v !== null
      ? { error: v.error as ExcelJS.CellErrorValue["error"] }
      : v;
  // Copy the style: exceljs may share one style object between cells, and only this cell may change.
  cell.style = { ...cell.style, numFmt: c.numberFormat === "General" ? undefined : c.numberFormat };
}
