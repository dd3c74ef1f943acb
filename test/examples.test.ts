/** The committed example workbooks are what their readable sources build, and each behaves as documented. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook, workbookToGrid } from "../src/adapters/xlsx/readGrid";
import { evaluate } from "../src/core/evaluate";
import { buildFile } from "../scripts/build-examples";

const DIR = join(__dirname, "..", "examples");
const sources = readdirSync(join(DIR, "src")).filter((f) => f.endsWith(".json"));

async function gridOf(buf: Buffer | ArrayBuffer) {
  return workbookToGrid(await loadWorkbook(buf));
}

test.each(sources)("examples/%s: the committed .xlsx matches its source (run `npm run examples` after editing)", async (f) => {
  const src = JSON.parse(readFileSync(join(DIR, "src", f), "utf8"));
  const { data, ext } = await buildFile(src);
  const rebuilt = await gridOf(data);
  const committed = await gridOf(readFileSync(join(DIR, f.replace(/\.json$/, ext))));
  expect(committed).toEqual(rebuilt);
});

test("the seed example has no errors and every illustrative value is marked in the workbook", async () => {
  const grid = await gridOf(readFileSync(join(DIR, "seed-2020.xlsx")));
  const e = evaluate(grid);
  expect(e.findings.filter((f) => f.severity === "error")).toEqual([]);
  const ind = grid.sheets.find((s) => s.name === "绩效指标")!;
  const header = ind.values[1] as string[];
  const note = header.indexOf("备注");
  expect(note).toBeGreaterThan(-1);
  expect(e.model.indicators!.indicators).toHaveLength(4);
  for (const i of e.model.indicators!.indicators) {
    // The seed states the first target's actual (160); everything else it lacks is marked.
    expect(String(ind.values[i.row][note])).toMatch(/示例值：报告未给出/);
  }
});

test("the complete example uses every indicator kind, a project table, problems and measures", async () => {
  const e = evaluate(await gridOf(readFileSync(join(DIR, "complete.xlsx"))));
  expect(e.findings.filter((f) => f.severity === "error")).toEqual([]);
  const kinds = new Set(e.model.indicators!.indicators.map((i) => (i.isExecutionRate ? "预算执行率" : i.comparison)));
  expect([...kinds].sort()).toEqual(["=", "≤", "≥", "定性", "预算执行率"].sort());
  expect(e.model.spending.projects?.rows).toHaveLength(3);
  expect(e.model.spending.projects?.totalRow?.name).toBe("合计");
  expect(e.model.problems.length).toBeGreaterThan(0);
  expect(e.model.measures.length).toBeGreaterThan(0);
});

test("the methods example uses every scoring method and the whole budget picture, without errors", async () => {
  const e = evaluate(await gridOf(readFileSync(join(DIR, "methods.xlsx"))));
  expect(e.findings.filter((f) => f.severity === "error")).toEqual([]);
  const methods = new Set(e.scoring.scores.map((s) => s.method));
  expect([...methods].sort()).toEqual(["deadline", "executionRate", "manual", "proportional", "qualitative", "reverse", "standard"]);
  expect(e.scoring.executionRate).toMatchObject({ denominator: "initial", source: "computed" });
  expect(e.scoring.subtotals.map((s) => `${s.name} ${s.score}/${s.statedWeight}`)).toEqual([
    "预算执行率 9/10",
    "产出指标 42.5/50",
    "效益指标 23/30",
    "满意度指标 9.5/10",
  ]);
  expect(e.scoring.total?.toString()).toBe("84");
  const p = e.model.budgetPicture!;
  expect(Object.keys(p.funds).sort()).toEqual(["adjusted", "final", "initial"]);
  expect(p.threeCosts.final?.total?.value.toString()).toBe("7.9");
  expect(p.income.fiscal?.value.toString()).toBe("1560");
  expect(e.model.indicators!.indicators.some((i) => i.coefficient?.kind === "number")).toBe(true);
});
