/**
 * The whole job on a workbook grid, with no I/O: read, validate, and (later stages) score and report.
 * Adapters call this and then apply its output; the CLI and the task pane show its result.
 */
import { Finding, hasErrors } from "./findings";
import { WorkbookGrid } from "./grid";
import { BudgetModel } from "./model";
import { SpendingSummary, spendingSummary } from "./summary";
import { validateWorkbook } from "./validate";

export interface Evaluation {
  model: BudgetModel;
  findings: Finding[];
  spending: SpendingSummary;
}

export function evaluate(grid: WorkbookGrid): Evaluation {
  const { model, findings } = validateWorkbook(grid);
  return { model, findings, spending: spendingSummary(model) };
}

export function evaluationHasErrors(e: Evaluation): boolean {
  return hasErrors(e.findings);
}
