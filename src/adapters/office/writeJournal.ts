/** Queues the write journal into its very hidden sheet (ExcelApi 1.1), in pieces the request limit allows. */
import { JOURNAL_SHEET, WriteJournal, journalTexts } from "../../app";
import { TEXT_FORMAT } from "../../core/plan";
import { RequestSizeLimiter, gridPropertyBytes, rangeBytes, sheetActionBytes, utf8Bytes } from "./requestLimit";

/** Bytes of journal per written range at most (as for the report's rows). */
const RANGE_BYTES = 1_000_000;

/**
 * Clears the sheet (or adds it, very hidden) and writes the journal's pieces down column A as text. A piece's
 * characters are at most an eighth of the request limit (UTF-8 and JSON escaping take up to six bytes each), so
 * that a range fits in a request whatever the limit.
 */
export async function queueJournal(
  context: Excel.RequestContext,
  journal: { record: WriteJournal; replace: boolean },
  limiter: RequestSizeLimiter,
  maxRequestBytes: number,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  // The sheet (added or by name), its visibility and, when it is replaced, a clear of the whole sheet.
  await limiter.reserve(sheetActionBytes(JOURNAL_SHEET, 2) + (journal.replace ? rangeBytes("") : 0));
  const ws = journal.replace ? sheets.getItem(JOURNAL_SHEET) : sheets.add(JOURNAL_SHEET);
  ws.visibility = "VeryHidden" as Excel.SheetVisibility;
  if (journal.replace) ws.getRange().clear();
  const texts = journalTexts(journal.record, Math.floor(maxRequestBytes / 8));
  const budget = Math.min(RANGE_BYTES, maxRequestBytes / 2);
  for (let from = 0; from < texts.length; ) {
    let to = from + 1;
    let bytes = utf8Bytes(JSON.stringify(texts[from]));
    while (to < texts.length && bytes + utf8Bytes(JSON.stringify(texts[to])) < budget) bytes += utf8Bytes(JSON.stringify(texts[to++]));
    const chunk = texts.slice(from, to).map((t) => [t]);
    const formats = chunk.map(() => [TEXT_FORMAT]);
    const address = `A${from + 1}:A${to}`;
    await limiter.reserve(rangeBytes(address) + gridPropertyBytes(chunk) + gridPropertyBytes(formats));
    const range = ws.getRange(address);
    range.numberFormat = formats;
    range.values = chunk;
    from = to;
  }
}
