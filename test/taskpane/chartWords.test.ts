/** The charts' words: keyed labels in the pane's language, an indicator's name as the workbook writes it. */
import type { ChartSpec } from "../../src/core/charts";
import { messages } from "../../src/i18n";
import { nativeCharts } from "../../src/taskpane/chartWords";

const specs: ChartSpec[] = [
  { kind: "basicProject", shape: "pie", points: [{ label: { key: "basic" }, value: 600 }, { label: { key: "project" }, value: 900 }] },
  { kind: "completion", shape: "bar", points: [{ label: { text: "服务对象满意度" }, value: 70 }] },
];

test("Excel's charts get the pane's words in each language, the same numbers", () => {
  expect(nativeCharts(specs, messages("zh-CN").ui)).toEqual([
    { title: "支出结构：基本支出与项目支出", shape: "pie", header: ["项目", "金额"], rows: [["基本支出", 600], ["项目支出", 900]] },
    { title: "指标完成情况（得分占分值的百分比，完成度最低的在前）", shape: "bar", header: ["项目", "完成度（%）"], rows: [["服务对象满意度", 70]] },
  ]);
  const en = nativeCharts(specs, messages("en").ui);
  expect(en[0].rows).toEqual([["Basic", 600], ["Project", 900]]);
  expect(en[1].rows).toEqual([["服务对象满意度", 70]]);
});
