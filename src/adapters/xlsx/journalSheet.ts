/**
 * The write journal in an .xlsx file: the same very hidden sheet, with the same text in column A, as the Office
 * adapter writes (app/journal.ts), so that a file filled by the command line can be undone in Excel and the other
 * way round; and the content of the sheets this tool may replace, for the journal to save.
 */
import ExcelJS from "exceljs";
import { CellContent, JOURNAL_SHEET, SheetContent, WriteJournal, journalTexts, parseJournal } from "../../app";
import { TEXT_FORMAT } from "../../core/plan";
import { toCellValue } from "./readGrid";

export function readJournal(wb: ExcelJS.Workbook): WriteJournal | undefined {
  const ws = wb.getWorksheet(JOURNAL_SHEET);
  if (!ws) return undefined;
  const columnA = Array.from({ length: ws.rowCount }, (_, r) => toCellValue(ws.getCell(r + 1, 1).value));
  return parseJournal(columnA);
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

/** The non-empty cells of each named sheet. */
export function sheetContent(wb: ExcelJS.Workbook, names: string[]): SheetContent[] {
  return names.map((name) => {
    const cells: CellContent[] = [];
    wb.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((cell) => {
        const c = contentOf(cell);
        if (c.value !== null || c.formula) cells.push(c);
      }),
    );
    return { sheet: name, cells };
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
