/** Use case: read the workbook and run the core's pipeline on it. Writes nothing. */
import { Evaluation, evaluate } from "../core/evaluate";
import { OnStage, WorkbookPort, WorkbookSnapshot } from "./ports";

/** An evaluation with the reading it was made from, which the writes that follow compare with and save for undo. */
export interface WorkbookEvaluation extends Evaluation {
  /** The workbook as read, and as this tool's own writes from this evaluation have left it since. */
  source: WorkbookSnapshot;
  /** When the read began (ms since the epoch): a change to the workbook after it makes these results stale. */
  readAt: number;
}

export async function evaluateWorkbook(workbook: WorkbookPort, onStage?: OnStage): Promise<WorkbookEvaluation> {
  await onStage?.("read");
  const readAt = Date.now();
  const source = await workbook.read();
  await onStage?.("check");
  return { ...evaluateSnapshot(source), source, readAt };
}

/** The pipeline on a snapshot already read, for use cases that also look at the cells themselves. */
export function evaluateSnapshot({ grid, ownedSheets, sheetNames }: WorkbookSnapshot): Evaluation {
  return evaluate(grid, { ownedSheets, sheetNames });
}
