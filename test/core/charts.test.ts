/** The charts' numbers from the examples: spending structure and indicator completion. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { evaluateWorkbook } from "../../src/app";
import { COMPLETION_POINTS, chartSpecs } from "../../src/core/charts";
import { evaluate } from "../../src/core/evaluate";
import { generateWorkbook } from "../../bench/generate";

test("the complete example: 基本/项目, 人员/公用, budget against final, and completion least complete first", async () => {
  const e = await evaluateWorkbook(await XlsxWorkbook.load(readFileSync(join(__dirname, "..", "..", "examples", "complete.xlsx"))));
  const specs = chartSpecs(e.model, e.scoring);
  expect(specs.map((s) => [s.kind, s.shape])).toEqual([
    ["basicProject", "pie"],
    ["personnelPublic", "pie"],
    ["budgetFinal", "bar"],
    ["completion", "bar"],
  ]);
  expect(specs[0].points).toEqual([
    { label: { key: "basic" }, value: 600 },
    { label: { key: "project" }, value: 900 },
  ]);
  expect(specs[1].points.map((p) => p.value)).toEqual([450, 150]);
  expect(specs[2].points).toEqual([
    { label: { key: "budget" }, value: 1600 },
    { label: { key: "final" }, value: 1500 },
  ]);
  const completion = specs[3].points;
  expect(completion[0]).toEqual({ label: { text: "政务服务事项网办率提升" }, value: 70 });
  expect(completion.map((p) => p.value)).toEqual([...completion.map((p) => p.value)].sort((a, b) => a - b));
  expect(completion.every((p) => p.value >= 0 && p.value <= 100)).toBe(true);
});

test("a chart without its figures is left out; a large table keeps a pane's worth of indicators", () => {
  const e = evaluate(generateWorkbook(500));
  e.model.spending.fields = { basic: e.model.spending.fields.basic };
  const specs = chartSpecs(e.model, e.scoring);
  expect(specs.map((s) => s.kind)).toEqual(["completion"]);
  expect(specs[0].points).toHaveLength(COMPLETION_POINTS);
});
