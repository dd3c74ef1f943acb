/**
 * What the read adds for the undo journal, in the same second round trip as the input sheets: the journal sheet's
 * column A, and the content of the sheets this tool may replace (the report sheet), formulas included, so that
 * a write can say what it would discard and save it for undo.
 */
import { a1 } from "../../core/address";
import { REPORT_SHEET } from "../../core/reportSheet";
import { CellContent, JOURNAL_SHEET, SheetContent, WriteJournal, parseJournal } from "../../app";
import { toCellValue } from "./cellValue";

/** 绩效评价报告 and 绩效评价报告 (2), (3)…: the only names the report sheet is given (core/reportSheet.ts). */
const REPORT_NAME = new RegExp(`^${REPORT_SHEET}( \\(\\d+\\))?$`, "i");

export function reportSheetCandidates(names: string[]): string[] {
  return names.filter((n) => REPORT_NAME.test(n));
}

function contentOf(range: Excel.Range): CellContent[] {
  const out: CellContent[] = [];
  const values = range.values;
  const formulas = range.formulas as unknown[][];
  const formats = range.numberFormat as unknown as string[][];
  const types = range.valueTypes as unknown as string[][];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = formulas[r][c];
      // A formula's input differs from its value; a text that merely starts with "=" has the same for both.
      const formula = typeof f === "string" && f.startsWith("=") && f !== v ? f : undefined;
      if ((v === "" || v === null) && !formula) return;
      const cell = a1(range.rowIndex + r, range.columnIndex + c);
      out.push({ cell, value: toCellValue(v, types[r][c]), ...(formula ? { formula } : {}), numberFormat: formats[r][c] });
    }),
  );
  return out;
}

/** Queues the content of `names`; the returned function, called after the sync, gives it. */
export function queueSheetContent(sheets: Excel.WorksheetCollection, names: string[]): () => SheetContent[] {
  const ranges = names.map((name) => {
    const range = sheets.getItem(name).getUsedRange(true);
    range.load("values,formulas,numberFormat,valueTypes,rowIndex,columnIndex");
    return { name, range };
  });
  return () => ranges.map(({ name, range }) => ({ sheet: name, cells: contentOf(range) }));
}

/**
 * Queues the loads; the returned function, called after the sync, gives the journal (absent when the sheet is)
 * and the content of each of `replaceable` (sheets that may turn out to be this tool's).
 */
export function queueOwnContent(
  sheets: Excel.WorksheetCollection,
  names: string[],
  replaceable: string[],
): () => { journal?: WriteJournal; content: SheetContent[] } {
  const journalRange = names.includes(JOURNAL_SHEET) ? sheets.getItem(JOURNAL_SHEET).getUsedRange(true) : undefined;
  journalRange?.load("values,rowIndex,columnIndex");
  const content = queueSheetContent(sheets, replaceable);
  return () => {
    let journal: WriteJournal | undefined;
    if (journalRange) {
      const columnA: (string | null)[] = new Array(journalRange.rowIndex).fill(null);
      if (journalRange.columnIndex === 0) for (const row of journalRange.values) columnA.push(typeof row[0] === "string" ? row[0] : null);
      journal = parseJournal(columnA);
    }
    return { journal, content: content() };
  };
}
