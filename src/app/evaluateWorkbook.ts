/** Use case: read the workbook and run the core's pipeline on it. Writes nothing. */
import { Evaluation, evaluate } from "../core/evaluate";
import { WorkbookPort } from "./ports";

export async function evaluateWorkbook(workbook: WorkbookPort): Promise<Evaluation> {
  const { grid, ownedSheets, sheetNames } = await workbook.read();
  return evaluate(grid, { ownedSheets, sheetNames });
}
