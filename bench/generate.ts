/** Generated budget workbooks of any size: n indicators of every kind and n projects, all reconciling. */
import { CellValue, WorkbookGrid } from "../src/core/grid";
import { INDICATOR_HEADER } from "../src/core/template";

export function generateWorkbook(n: number): WorkbookGrid {
  // Weights in ten-thousandths so that they total exactly 100.
  const unit = Math.floor(1_000_000 / n);
  const weights = Array.from({ length: n }, (_, i) => (i === n - 1 ? 1_000_000 - unit * (n - 1) : unit) / 10_000);
  const kinds: ((i: number) => CellValue[])[] = [
    (i) => ["≥", 100 + (i % 50), "个", 90 + (i % 70), "部分原因说明"],
    (i) => ["≤", 40, "万元", 36 + (i % 10), i % 3 ? "成本上涨，下年度压降" : null],
    (i) => ["=", "100%", "%", `${95 + (i % 6)}%`, null],
    (i) => ["定性", "建立并有效运行", null, ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成"][i % 3], "说明"],
  ];
  const indicators: CellValue[][] = [INDICATOR_HEADER];
  for (let i = 0; i < n; i++) {
    if (i === 0) {
      indicators.push(["预算执行率", null, "预算执行率", "≥", "100%", "%", null, weights[i], null, null, null]);
      continue;
    }
    const [cmp, target, unitText, actual, reason] = kinds[i % kinds.length](i);
    indicators.push([
      i % 20 === 1 ? "产出指标" : null,
      i % 5 === 1 ? "数量指标" : null,
      `第${i}项指标`,
      cmp,
      target,
      unitText,
      actual,
      weights[i],
      null,
      reason,
      null,
    ]);
  }
  indicators.push(["合计", null, null, null, null, null, null, 100, null, null, null]);

  const projects: CellValue[][] = [["项目名称", "全年预算数", "全年执行数"]];
  let budgetCents = 0;
  let actualCents = 0;
  for (let i = 0; i < n; i++) {
    const b = 1000 + (i % 97) * 13; // cents
    const a = b - (i % 7) * 11;
    budgetCents += b;
    actualCents += a;
    projects.push([`项目${i + 1}`, b / 100, a / 100]);
  }
  projects.push(["合计", budgetCents / 100, actualCents / 100]);
  const project = actualCents / 100;
  const basic = 518.31;
  const total = Math.round(basic * 100 + actualCents) / 100;
  return {
    sheets: [
      {
        name: "基本信息",
        values: [
          ["部门名称", "基准测试局"],
          ["评价年度", 2025],
          ["金额单位", "万元"],
          ["报告日期", "2026年3月31日"],
          ["部门整体绩效目标", "基准测试用的部门目标。"],
          ["绩效目标完成情况", "基准测试用的完成情况。"],
        ],
      },
      {
        name: "支出决算",
        values: [
          ["决算支出合计", total],
          ["基本支出", basic],
          ["人员支出", 405.87],
          ["公用经费", 112.44],
          ["项目支出", project],
          ["全年预算数", Math.round(total * 110) / 100],
          [],
          ...projects,
        ],
      },
      { name: "绩效指标", values: indicators },
      {
        name: "问题与措施",
        values: [
          ["类别", "内容"],
          ["问题", "基准问题"],
          ["措施", "基准措施"],
        ],
      },
    ],
  };
}
