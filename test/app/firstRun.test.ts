/** The first run's use cases: the template goes to its first cell to fill; the example is a finished workbook. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { JobStage, evaluateWorkbook, insertExample, insertTemplate, scoreWorkbook } from "../../src/app";
import { fixed } from "../../src/core/decimal";
import { exampleSheets } from "../../src/core/templateExample";
import { MemoryWorkbook } from "../fakes/memoryWorkbook";
import { INDICATORS, sheet } from "../helpers/grid";

test("after inserting the template the first added sheet's first cell to fill is selected", async () => {
  const wb = new MemoryWorkbook({ sheets: [sheet("Sheet1", [["随手记"]])] });
  expect(await insertTemplate(wb)).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施"]);
  expect(wb.selected).toEqual(["基本信息!B2"]);
  // Nothing inserted: nothing selected.
  expect(await insertTemplate(wb)).toEqual([]);
  expect(wb.selected).toEqual(["基本信息!B2"]);
});

test("the template's selection skips the sheets that were there already", async () => {
  const wb = new MemoryWorkbook({ sheets: [sheet("基本信息", [["项目", "内容"]]), INDICATORS()] });
  expect(await insertTemplate(wb)).toEqual(["支出决算", "问题与措施"]);
  expect(wb.selected).toEqual(["支出决算!B2"]);
});

test("the example is the complete example's workbook: no errors, the same total and grade", async () => {
  const wb = new MemoryWorkbook({ sheets: [sheet("Sheet1", [["随手记"]])] });
  expect(await insertExample(wb)).toEqual(exampleSheets().map((s) => s.name));
  expect(wb.selected).toEqual(["基本信息!A1"]);
  const inserted = await evaluateWorkbook(wb);
  const complete = await evaluateWorkbook(await XlsxWorkbook.load(readFileSync(join(__dirname, "..", "..", "examples", "complete.xlsx"))));
  expect(inserted.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(fixed(inserted.scoring.total!, 2)).toBe(fixed(complete.scoring.total!, 2));
  expect(inserted.scoring.grade).toBe(complete.scoring.grade);
  expect(inserted.scoring.scores.map((s) => s.score && fixed(s.score, 2))).toEqual(complete.scoring.scores.map((s) => s.score && fixed(s.score, 2)));
  // Never over an existing sheet.
  expect(await insertExample(wb)).toEqual([]);
});

test("a job tells its stages in order: read, check, then write", async () => {
  const wb = new MemoryWorkbook({ sheets: [] });
  await insertExample(wb);
  const stages: JobStage[] = [];
  await evaluateWorkbook(wb, { onStage: (s) => void stages.push(s) });
  expect(stages).toEqual(["read", "check"]);
  stages.length = 0;
  const outcome = await scoreWorkbook(wb, { confirmed: true, onStage: (s) => void stages.push(s) });
  expect(outcome.kind).toBe("written");
  expect(stages).toEqual(["read", "check", "write"]);
});
