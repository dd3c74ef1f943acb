/** Use case: read the workbook and run the core's pipeline on it. Writes nothing. */
import { Evaluation, evaluate } from "../core/evaluate";
import { WorkbookPort, WorkbookSnapshot } from "./ports";

export async function evaluateWorkbook(workbook: WorkbookPort): Promise<Evaluation> {
  return evaluateSnapshot(await workbook.read());
}

/** The pipeline on a snapshot already read, for use cases that also look at the cells themselves. */
export function evaluateSnapshot({ grid, ownedSheets, sheetNames }: WorkbookSnapshot): Evaluation {
  return evaluate(grid, { ownedSheets, sheetNames });
}
