/**
 * The whole job on a workbook grid, with no I/O, one step after the other: read, validate, score, draft the
 * report, and plan the cells to write. Adapters call this and then apply its plan; the CLI and the task
 * pane show its result.
 */
import { Finding, hasErrors } from "./findings";
import { WorkbookGrid } from "./grid";
import { BudgetModel } from "./model";
import { CellWrite, ScorePlan, planScoreWrites } from "./plan";
import { ReadOptions, readModel } from "./reader";
import { Report, buildReport } from "./report";
import { ReportSheetPlan, planReportSheet } from "./reportSheet";
import { ScoreResult, scoreModel } from "./scoring";
import { ScoringSettings } from "./settings";
import { SpendingSummary, spendingSummary } from "./summary";
import { validateModel } from "./validate";

export interface Evaluation {
  model: BudgetModel;
  /**
   * Reading, validation and scoring findings, then the plan's (a user's formula kept where a write was due); the
   * report's placeholders are in report.findings.
   */
  findings: Finding[];
  spending: SpendingSummary;
  settings: ScoringSettings;
  scoring: ScoreResult;
  /** The cells to write into the user's sheets (scores, explanations, total and grade). */
  writes: CellWrite[];
  report: Report;
  /** The report's own worksheet. */
  reportSheet: ReportSheetPlan;
}

export interface EvaluateOptions {
  /** Sheets this tool made on an earlier run (the adapter knows its own marks); they may be replaced. */
  ownedSheets?: string[];
  /** Every sheet name in the workbook, when the grid holds only the input sheets. */
  sheetNames?: string[];
  /** Where to read a kind of table that the workbook holds more than once (the CLI's --table). */
  tables?: ReadOptions["choices"];
}

export function evaluate(grid: WorkbookGrid, options: EvaluateOptions = {}): Evaluation {
  const owned = options.ownedSheets ?? [];
  const { model, settings, findings: readFindings } = readModel(grid, { skipSheets: owned, choices: options.tables });
  const validation = validateModel(model);
  const scoring = scoreModel(model, settings);
  const report = buildReport(model, scoring, settings);
  const { writes, findings: planFindings } = planIndicatorWrites(grid, model, scoring);
  const reportSheet = planReportSheet(report, options.sheetNames ?? grid.sheets.map((s) => s.name), owned);
  return {
    model,
    findings: [...readFindings, ...validation, ...scoring.findings, ...planFindings],
    spending: spendingSummary(model),
    settings,
    scoring,
    writes,
    report,
    reportSheet,
  };
}

/** The scores, explanations, total and grade to write (none without a table). */
function planIndicatorWrites(grid: WorkbookGrid, model: BudgetModel, scoring: ScoreResult): ScorePlan {
  return model.indicators ? planScoreWrites(grid, model.indicators, scoring) : { writes: [], findings: [] };
}

export function evaluationHasErrors(e: Evaluation): boolean {
  return hasErrors(e.findings);
}

/** Every finding: reading, validation, scoring, then the report's placeholders. */
export function allFindings(e: Evaluation): Finding[] {
  return [...e.findings, ...e.report.findings];
}
