/**
 * What the read adds for the undo journal: the journal sheet's column A, and the content of the sheets this tool
 * may replace (the report sheet), formulas included, so that a write can say what it would discard and save it
 * for undo. Both are read as the input sheets are (usedRangeRead.ts): a head in the second round trip, large
 * enough for what a normal workbook holds, and the rest in row blocks, since after a write of 20,000 indicators
 * either may pass Excel on the web's 5 MB response limit alone (the report's text comes twice, as values and as
 * formulas).
 */
import { REPORT_SHEET } from "../../core/reportSheet";
import { JOURNAL_SHEET, SheetContent, WriteJournal, parseJournal } from "../../app";
import { HEAD_COLUMNS } from "./readBlocks";
import { UsedRangeRead } from "./usedRangeRead";

/** 绩效评价报告 and 绩效评价报告 (2), (3)…: the only names the report sheet is given (core/reportSheet.ts). */
const REPORT_NAME = new RegExp(`^${REPORT_SHEET}( \\(\\d+\\))?$`, "i");

/**
 * Rows of a journal's head: its marker and two pieces of at most 30,000 characters (journal.ts), enough for the
 * scores of about a thousand indicators (some 40 bytes a cell) or a replaced report of a few hundred; at most
 * 180 KB of response even when the pieces are Chinese text.
 */
export const JOURNAL_HEAD_ROWS = 3;
/**
 * Rows of a report sheet's head: one row per paragraph, 36 to 48 in the examples and 185 for a hundred indicators,
 * read twice (values and formulas). The first 200 rows of the report of 20,000 indicators are 31 KB of text; a
 * report whose first rows were its longest (paragraphs of up to 32,767 characters) would pass 5 MB in far fewer,
 * which officeRequests.browser.test.ts would show.
 */
export const CONTENT_HEAD_ROWS = 200;

export function reportSheetCandidates(names: string[]): string[] {
  return names.filter((n) => REPORT_NAME.test(n));
}

/** The content of a sheet a replace would discard: every cell with its formula, read in blocks. */
export function queueContentRead(ws: Excel.Worksheet): UsedRangeRead {
  return new UsedRangeRead(ws, {
    props: ["values", "formulas", "numberFormat", "valueTypes"],
    headRows: CONTENT_HEAD_ROWS,
    headColumns: HEAD_COLUMNS,
    // A report's rows change length by section: at 20,000 indicators 138 bytes a row, then from row 19,000 on 264.
    unevenBy: 1.5,
  });
}

/** The journal's read, queued now where the sheet exists among `names`; the journal once all blocks are in. */
export function queueJournalRead(sheets: Excel.WorksheetCollection, names: string[]) {
  // Column A only: a journal sheet holds nothing else, and anything else is not read.
  const shape = { props: ["values" as const], headRows: JOURNAL_HEAD_ROWS, headColumns: 1, columns: 1 };
  const read = names.includes(JOURNAL_SHEET) ? new UsedRangeRead(sheets.getItem(JOURNAL_SHEET), shape) : undefined;
  return { reads: read ? [read] : [], journal: (): WriteJournal | undefined => (read ? parseJournal(read.columnA()) : undefined) };
}

/** The content reads of `names`: queued now, the content once all blocks are in. */
export function queueContentReads(sheets: Excel.WorksheetCollection, names: string[]) {
  const reads = names.map((name) => ({ name, read: queueContentRead(sheets.getItem(name)) }));
  return {
    reads: reads.map((r) => r.read),
    content: (): SheetContent[] => reads.map(({ name, read }) => ({ sheet: name, cells: read.content() })),
  };
}
