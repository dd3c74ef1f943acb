/**
 * Use case: score the workbook and write the scores, explanations, total and grade into its sheets. The decision
 * whether to write is made here, once, for every host: nothing to write, write, or ask first.
 */
import type { TableChoices } from "./evaluateWorkbook";
import { allFindings } from "../core/evaluate";
import type { Finding } from "../core/findings";
import type { Report } from "../core/report";
import { reportRows } from "../core/reportSheet";
import { WorkbookEvaluation, evaluateWorkbook } from "./evaluateWorkbook";
import { ChangedCells, OnStage, WorkbookPort, WritePlan } from "./ports";
import { Overwrite, prepareWrite } from "./prepareWrite";
import { sourceAfterWrite } from "./source";

export interface WriteOptions {
  /** The accountant has seen the errors and the cells to be replaced, and said write. */
  confirmed?: boolean;
  /** Told as the job reads, checks and writes. */
  onStage?: OnStage;
  /** Which table to read where a kind appears more than once (the pane's picker, the CLI's --table). */
  tables?: TableChoices;
}

interface OutcomeBase {
  /** After a write: the evaluation with its source as the write left it (a later write compares with that). */
  evaluation: WorkbookEvaluation;
  /** The sheets and cells written; empty unless written. */
  changed: ChangedCells[];
}

export type WriteOutcome =
  | (OutcomeBase & { kind: "written" })
  /** The evaluation plans no cell (no indicator table with a 得分 column): the workbook is untouched. */
  | (OutcomeBase & { kind: "nothingToWrite" })
  /** Not written: errors were found, or non-empty cells that are not this tool's would change. */
  | (OutcomeBase & { kind: "needsConfirmation"; errors: Finding[]; overwrites: Overwrite[] });

/** Applies a plan with the journal `prepareWrite` made for it. */
async function apply(workbook: WorkbookPort, evaluation: WorkbookEvaluation, plan: WritePlan): Promise<WriteOutcome> {
  const changed = await workbook.apply(plan);
  const source = sourceAfterWrite(evaluation.source, plan);
  // The report sheet now exists and is this tool's: the next insert from this evaluation replaces it.
  const reportSheet = plan.reportSheet ? { ...evaluation.reportSheet, replace: true } : evaluation.reportSheet;
  return { kind: "written", evaluation: { ...evaluation, source, reportSheet }, changed };
}

/**
 * Writes what the plan holds (scores, report, or both) unless it must ask first: with errors when `askOnErrors`,
 * or when a non-empty cell that is not the tool's would change.
 */
async function write(
  workbook: WorkbookPort,
  evaluation: WorkbookEvaluation,
  plan: Omit<WritePlan, "journal">,
  options: WriteOptions & { askOnErrors: boolean },
): Promise<WriteOutcome> {
  const { overwrites, journal } = prepareWrite(evaluation.source, plan.cells, plan.reportSheet, new Date().toISOString());
  const errors = options.askOnErrors ? allFindings(evaluation).filter((f) => f.severity === "error") : [];
  if (!options.confirmed && (errors.length > 0 || overwrites.length > 0))
    return { kind: "needsConfirmation", evaluation, changed: [], errors, overwrites };
  const replace = evaluation.source.journal !== undefined;
  await options.onStage?.("write");
  return apply(workbook, evaluation, { ...plan, ...(journal ? { journal: { record: journal, replace } } : {}) });
}

/** Writes the scores of an evaluation made from this workbook (asks first on errors or on cells not the tool's). */
export async function writeScores(workbook: WorkbookPort, evaluation: WorkbookEvaluation, options: WriteOptions = {}): Promise<WriteOutcome> {
  if (evaluation.writes.length === 0) return { kind: "nothingToWrite", evaluation, changed: [] };
  return write(workbook, evaluation, { cells: evaluation.writes }, { ...options, askOnErrors: true });
}

/** Reads, scores and writes: what the ribbon button does in one click. */
export async function scoreWorkbook(workbook: WorkbookPort, options: WriteOptions = {}): Promise<WriteOutcome> {
  return writeScores(workbook, await evaluateWorkbook(workbook, { onStage: options.onStage, tables: options.tables }), options);
}

/**
 * Writes `report` (the evaluation's own, or the accountant's edited copy of it) into the report sheet chosen when
 * the evaluation was made: the workbook is not read or evaluated again. Asks first only when it would replace
 * cells of the report sheet that are not what this tool wrote there (the accountant's edits in the sheet).
 */
export async function insertReport(
  workbook: WorkbookPort,
  evaluation: WorkbookEvaluation,
  report: Report = evaluation.report,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const reportSheet = { ...evaluation.reportSheet, rows: reportRows(report) };
  return write(workbook, evaluation, { cells: [], reportSheet }, { ...options, askOnErrors: false });
}

/** Scores and report in one write, so that one undo puts the whole workbook back (the command line's --out). */
export async function writeScoresAndReport(workbook: WorkbookPort, evaluation: WorkbookEvaluation, options: WriteOptions = {}): Promise<WriteOutcome> {
  const reportSheet = { ...evaluation.reportSheet, rows: reportRows(evaluation.report) };
  return write(workbook, evaluation, { cells: evaluation.writes, reportSheet }, { ...options, askOnErrors: true });
}
