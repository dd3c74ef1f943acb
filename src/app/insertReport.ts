/** Use case: insert the report (as drafted, or as the accountant edited it) into its own worksheet. */
import { Evaluation } from "../core/evaluate";
import { Report } from "../core/report";
import { reportRows } from "../core/reportSheet";
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
