/** Use cases of the report: redraft one section, and insert the (edited) report into its own worksheet. */
import { Evaluation } from "../core/evaluate";
import { Report, ReportSection } from "../core/report";
import { reportRows } from "../core/reportSheet";
import { evaluateWorkbook } from "./evaluateWorkbook";
import { WorkbookPort } from "./ports";
import { WriteOutcome } from "./scoreWorkbook";

/**
 * Writes `report` (the evaluation's own, or the accountant's edited copy of it) into the report sheet chosen when
 * the evaluation was made: the workbook is not read or evaluated again.
 */
export async function insertReport(
  workbook: WorkbookPort,
  evaluation: Evaluation,
  report: Report = evaluation.report,
): Promise<WriteOutcome> {
  const reportSheet = { ...evaluation.reportSheet, rows: reportRows(report) };
  const changed = await workbook.apply({ cells: [], reportSheet });
  return { evaluation, changed };
}

/** Re-reads the workbook and drafts section `index` again from its current data. */
export async function redraftSection(workbook: WorkbookPort, index: number): Promise<{ evaluation: Evaluation; section: ReportSection }> {
  const evaluation = await evaluateWorkbook(workbook);
  const section = evaluation.report.sections[index];
  if (!section) throw new RangeError(`no report section ${index}`);
  return { evaluation, section };
}
