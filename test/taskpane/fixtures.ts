/** Real evaluations of the examples, as the pane gets them (with the reading they were made from), for its state tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { WorkbookEvaluation, evaluateWorkbook } from "../../src/app";

export async function exampleEvaluation(name: "seed-2020" | "complete" | "broken"): Promise<WorkbookEvaluation> {
  const path = join(__dirname, "..", "..", "examples", `${name}.xlsx`);
  return evaluateWorkbook(await XlsxWorkbook.load(readFileSync(path)));
}
