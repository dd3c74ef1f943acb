/** Queues an undo: the journal, the cells put back as they were, and the report sheet removed or put back. */
import { CellContent, REPORT_MARK, RestorePlan, allCells } from "../../app";
import { TEXT_FORMAT } from "../../core/plan";
import { RequestSizeLimiter, rangeBytes, sheetActionBytes } from "./requestLimit";
import { OfficeCellWrite, queueCellWrites } from "./writeCells";
import { queueJournal } from "./writeJournal";

/**
 * The value to write so that Excel holds exactly `c` again: its formula; "" for an empty cell; and a text in a
 * cell not formatted as text behind Excel's quote prefix ('), so that "0012" or "=x" stay text.
 */
function officeValue(c: CellContent): string | number | boolean {
  if (c.formula) return c.formula;
  const v = c.value;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "string" && c.numberFormat !== TEXT_FORMAT) return `'${v}`;
  return v;
}

/** Returns the report sheet it makes again (one deleted since the write), if any. */
export async function queueRestore(
  context: Excel.RequestContext,
  plan: RestorePlan,
  limiter: RequestSizeLimiter,
  options: { maxRequestBytes: number; markByProperty: boolean },
): Promise<Excel.Worksheet | undefined> {
  // The journal first: if a later part of the request fails, it no longer offers an undo half done.
  await queueJournal(context, { record: plan.journal, replace: true }, limiter, options.maxRequestBytes);
  const report = plan.reportSheet;
  const sheets = context.workbook.worksheets;
  let made: Excel.Worksheet | undefined;
  // The report sheet deleted, cleared, or added with its mark.
  if (report) await limiter.reserve(sheetActionBytes(report.name, 2) + rangeBytes(""));
  if (report?.remove) {
    if (report.exists) sheets.getItem(report.name).delete();
  } else if (report) {
    if (report.exists) sheets.getItem(report.name).getRange().clear();
    else {
      made = sheets.add(report.name);
      if (options.markByProperty) made.customProperties.add(REPORT_MARK, "report");
    }
  }
  const writes: OfficeCellWrite[] = plan.cells.flatMap((content) =>
    allCells(content).map((c) => ({ sheet: content.sheet, cell: c.cell, value: officeValue(c), numberFormat: c.numberFormat })),
  );
  await queueCellWrites(context, writes, limiter);
  return made;
}
