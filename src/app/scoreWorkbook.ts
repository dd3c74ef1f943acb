/** Use case: score the workbook and write the scores, explanations, total and grade into its sheets. */
import { Evaluation } from "../core/evaluate";
import { evaluateWorkbook } from "./evaluateWorkbook";
import { ChangedCells, WorkbookPort } from "./ports";

export interface WriteOutcome {
  evaluation: Evaluation;
  changed: ChangedCells[];
}

/** Writes the scores of an evaluation made from this workbook. */
export async function writeScores(workbook: WorkbookPort, evaluation: Evaluation): Promise<WriteOutcome> {
  const changed = await workbook.apply({ cells: evaluation.writes });
  return { evaluation, changed };
}

/** Reads, scores and writes: what the ribbon button does in one click. */
export async function scoreWorkbook(workbook: WorkbookPort): Promise<WriteOutcome> {
  return writeScores(workbook, await evaluateWorkbook(workbook));
}
