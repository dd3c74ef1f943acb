/**
 * What the ribbon button and the task pane do to the open workbook: the core's job between the adapter's
 * read and write. Each operation is at most three round trips (two reads, one write).
 */
import { Evaluation, evaluate } from "../../core/evaluate";
import { Report } from "../../core/report";
import { planReportSheet } from "../../core/reportSheet";
import { ChangedCells, OfficeWorkbook } from "./excelAdapter";

export interface Outcome {
  evaluation: Evaluation;
  changed: ChangedCells[];
}

/** Reads and evaluates; writes nothing. */
export async function validateOpen(wb: OfficeWorkbook): Promise<Evaluation> {
  const { grid, ownedSheets, sheetNames } = await wb.readWorkbook();
  return evaluate(grid, { ownedSheets, sheetNames });
}

/** Scores the open workbook and writes the scores, explanations, total and grade. */
export async function scoreOpen(wb: OfficeWorkbook): Promise<Outcome> {
  const evaluation = await validateOpen(wb);
  const changed = await wb.write(evaluation.writes);
  return { evaluation, changed };
}

/** Writes the report (as generated, or as edited in the pane) into its own sheet. */
export async function insertReport(wb: OfficeWorkbook, report?: Report): Promise<Outcome> {
  const { grid, ownedSheets, sheetNames } = await wb.readWorkbook();
  const evaluation = evaluate(grid, { ownedSheets, sheetNames });
  const plan = report ? planReportSheet(report, sheetNames, ownedSheets) : evaluation.reportSheet;
  const changed = await wb.write([], plan);
  return { evaluation, changed };
}
