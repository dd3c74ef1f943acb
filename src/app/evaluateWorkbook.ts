/** Use case: read the workbook and run the core's pipeline on it. Writes nothing. */
import { EvaluateOptions, Evaluation, evaluate } from "../core/evaluate";
import { TABLE_READERS } from "../core/read/registry";
import { OnStage, WorkbookPort, WorkbookSnapshot } from "./ports";

/** The kinds of table the reader knows, as --table names them (indicators, funds, expenditure …). */
export const TABLE_KINDS = Object.keys(TABLE_READERS) as readonly (keyof typeof TABLE_READERS)[];

/** What the user chose where the workbook holds a kind of table more than once (the CLI's --table). */
export type TableChoices = EvaluateOptions["tables"];

/** An evaluation with the reading it was made from, which the writes that follow compare with and save for undo. */
export interface WorkbookEvaluation extends Evaluation {
  /** The workbook as read, and as this tool's own writes from this evaluation have left it since. */
  source: WorkbookSnapshot;
  /** When the read began (ms since the epoch): a change to the workbook after it makes these results stale. */
  readAt: number;
}

export interface EvaluateWorkbookOptions {
  /** Which table to read where a kind appears more than once (the CLI's --table). */
  tables?: TableChoices;
  /** Told when the reading starts and when the checking does, for the pane's progress. */
  onStage?: OnStage;
}

export async function evaluateWorkbook(workbook: WorkbookPort, options: EvaluateWorkbookOptions = {}): Promise<WorkbookEvaluation> {
  await options.onStage?.("read");
  const readAt = Date.now();
  const source = await workbook.read();
  await options.onStage?.("check");
  return { ...evaluateSnapshot(source, options.tables), source, readAt };
}

/** The pipeline on a snapshot already read, for use cases that also look at the cells themselves. */
export function evaluateSnapshot({ grid, ownedSheets, sheetNames }: WorkbookSnapshot, tables?: TableChoices): Evaluation {
  return evaluate(grid, { ownedSheets, sheetNames, tables });
}
