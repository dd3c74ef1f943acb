/**
 * The whole job on a workbook grid, with no I/O: read, validate, score, and plan the cells to write.
 * Adapters call this and then apply its plan; the CLI and the task pane show its result.
 */
import { Finding, hasErrors } from "./findings";
import { WorkbookGrid } from "./grid";
import { BudgetModel } from "./model";
import { CellWrite, planScoreWrites } from "./plan";
import { findSheet } from "./reader";
import { Report, buildReport } from "./report";
import { ReportSheetPlan, planReportSheet } from "./reportSheet";
import { ScoreResult, scoreModel } from "./scoring";
import { ScoringSettings, readSettings } from "./settings";
import { SpendingSummary, spendingSummary } from "./summary";
import { validateWorkbook } from "./validate";

export interface Evaluation {
  model: BudgetModel;
  /** Validation and scoring findings; the report's placeholders are in report.findings. */
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
}

export function evaluate(grid: WorkbookGrid, options: EvaluateOptions = {}): Evaluation {
  const { model, findings } = validateWorkbook(grid);
  const { settings, findings: settingFindings } = readSettings(findSheet(grid, "settings"));
  const scoring = scoreModel(model, settings);
  const table = model.indicators;
  const sheet = table && grid.sheets.find((s) => s.name === table.sheet);
  const writes = table && sheet ? planScoreWrites(sheet, table, scoring) : [];
  const report = buildReport(model, scoring, settings);
  const reportSheet = planReportSheet(report, options.sheetNames ?? grid.sheets.map((s) => s.name), options.ownedSheets ?? []);
  return {
    model,
    findings: [...findings, ...settingFindings, ...scoring.findings],
    spending: spendingSummary(model),
    settings,
    scoring,
    writes,
    report,
    reportSheet,
  };
}

export function evaluationHasErrors(e: Evaluation): boolean {
  return hasErrors(e.findings);
}

/** Every finding: validation, scoring, then the report's placeholders. */
export function allFindings(e: Evaluation): Finding[] {
  return [...e.findings, ...e.report.findings];
}
