/** Real evaluations of the examples, for the pane's state tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook, workbookToGrid } from "../../src/adapters/xlsx/readGrid";
import { Evaluation, evaluate } from "../../src/core/evaluate";

export async function exampleEvaluation(name: "seed-2020" | "complete" | "broken"): Promise<Evaluation> {
  const path = join(__dirname, "..", "..", "examples", `${name}.xlsx`);
  return evaluate(workbookToGrid(await loadWorkbook(readFileSync(path))));
}
