/** Native charts beside the report: the use case through the Office adapter, against the fake Excel. */
import { join } from "node:path";
import { NativeChart, evaluateWorkbook, insertCharts, insertReport } from "../../../src/app";
import { fakeFromXlsx } from "../../fakes/fromXlsx";
import { adapter } from "../../helpers/officeAdapter";

const complete = join(__dirname, "..", "..", "..", "examples", "complete.xlsx");
const CHARTS: NativeChart[] = [
  { title: "支出结构", shape: "pie", header: ["项目", "金额"], rows: [["基本支出", 600], ["项目支出", 900]] },
  { title: "指标完成情况", shape: "bar", header: ["指标", "完成率（%）"], rows: [["网办率提升", 70], ["目录编制", 80], ["运维成本", 90]] },
];

test("before the report is in the workbook nothing is written; after, the data and the charts are beside it", async () => {
  const state = await fakeFromXlsx(complete);
  const { wb } = adapter(state);
  const first = await evaluateWorkbook(wb);
  const syncs = state.syncCount;
  expect(await insertCharts(wb, first, CHARTS)).toEqual({ kind: "noReportSheet" });
  expect(state.syncCount - syncs).toBeLessThanOrEqual(1);
  const inserted = await insertReport(wb, first);
  expect(inserted.kind).toBe("written");
  const sheet = inserted.evaluation.reportSheet.name;
  const before = state.snapshot()[sheet];
  expect(await insertCharts(wb, inserted.evaluation, CHARTS)).toEqual({ kind: "inserted", sheet });
  const charts = state.sheet(sheet).charts;
  expect(charts.map((c) => [c.name, c.type, c.title, c.source, c.seriesBy])).toEqual([
    ["BudgetPerfChart1", "Pie", "支出结构", "C1:D3", "Columns"],
    ["BudgetPerfChart2", "BarClustered", "指标完成情况", "C17:D20", "Columns"],
  ]);
  expect(charts[0].values).toEqual([
    ["项目", "金额"],
    ["基本支出", 600],
    ["项目支出", 900],
  ]);
  expect(charts[1].position).toEqual({ start: "F17", end: "M31" });
  // The report's own cells are untouched: only the charts' data, from column C, is new.
  const after = state.snapshot()[sheet];
  const changed = Object.keys({ ...before, ...after }).filter((c) => JSON.stringify(before[c]) !== JSON.stringify(after[c]));
  expect(changed.length).toBe(3 * 2 + 4 * 2);
  expect(changed.every((c) => /^[CD]\d+$/.test(c))).toBe(true);
  // Inserting again replaces this tool's charts rather than adding more.
  await insertCharts(wb, inserted.evaluation, CHARTS.slice(1));
  expect(state.sheet(sheet).charts.map((c) => c.title)).toEqual(["指标完成情况"]);
});

test("no charts to make: nothing is asked of the workbook", async () => {
  const state = await fakeFromXlsx(complete);
  const { wb } = adapter(state);
  const e = await evaluateWorkbook(wb);
  const syncs = state.syncCount;
  expect(await insertCharts(wb, e, [])).toEqual({ kind: "noCharts" });
  expect(state.syncCount).toBe(syncs);
});
