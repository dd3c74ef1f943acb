/**
 * 一（三）预算执行情况 from the budget figures, 四 and 五 paired (issue #13), and properties over random workbooks:
 * every figure is in its section's text, one value is written one way, and no 示例值 is stated as a fact.
 */
import fc from "fast-check";
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { Amount } from "../../src/core/model";
import { dec } from "../../src/core/numbers";
import { Report, REVIEW_MARK } from "../../src/core/report";
import { BudgetFigures, budgetFigures } from "../../src/core/report/budget";
import { budgetExecution } from "../../src/core/report/execution";
import { reportWording } from "../../src/core/report/wording";
import { paramsOf } from "../helpers/findings";
import { SPENDING, sheet, validWorkbook, workbook } from "../helpers/grid";

const amount = (v: string, cell: string): Amount => ({ value: dec(v), text: v, sheet: "决算表", cell });
const named = (name: string, row: number, adjusted: string | undefined, final: string) => ({
  name,
  line: { ...(adjusted ? { adjusted: amount(adjusted, `C${row}`) } : {}), final: amount(final, `D${row}`) },
  at: { sheet: "决算表", cell: `A${row}` },
});

/** The richer budget picture a 决算 reading gives: budgets of 基本/项目, sources, 三公经费, a rate on 年初预算. */
const RICH: BudgetFigures = {
  total: { initial: amount("1000", "B2"), adjusted: amount("1100", "C2"), final: amount("1045", "D2") },
  basic: { adjusted: amount("600", "C3"), final: amount("590", "D3") },
  project: { initial: amount("400", "B4"), adjusted: amount("500", "C4"), final: amount("455", "D4") },
  sources: [named("财政拨款", 6, undefined, "945"), named("其他资金", 7, undefined, "100")],
  threePublic: {
    total: { adjusted: amount("20", "C10"), final: amount("15.5", "D10") },
    items: [named("公务接待费", 11, "8", "6.5"), named("公务用车购置及运行费", 12, "12", "9")],
  },
  executionRate: { rate: dec("104.5"), at: { sheet: "决算表", cell: "D2" }, formula: "D2 ÷ B2", basis: "initial" },
  projects: [],
};

describe("一（三）预算执行情况 discusses the budget figures it is given", () => {
  const e = evaluate(validWorkbook());
  const input = { model: e.model, scoring: e.scoring, settings: e.settings, year: "2020", wording: reportWording(e.model.info) };

  test("budgets and 决算 of the total, 基本 and 项目支出; the rate on its basis; sources with shares; 三公经费 against its budget", () => {
    const paragraphs = budgetExecution({ ...input, budget: RICH });
    expect(paragraphs.map((p) => p.text)).toEqual([
      "2020年我局年初预算数1000.00万元，调整后全年预算数1100.00万元（增加100.00万元），决算支出1045.00万元，预算执行率104.50%（按年初预算数计算）。" +
        "其中，基本支出全年预算数600.00万元，决算590.00万元，执行率98.33%；项目支出年初预算数400.00万元，调整后全年预算数500.00万元（增加100.00万元），决算455.00万元，执行率91.00%。",
      "从资金来源看，财政拨款决算945.00万元，占决算支出的90.43%；其他资金决算100.00万元，占决算支出的9.57%。",
      "“三公”经费全年预算数20.00万元，决算15.50万元，较预算减少4.50万元（下降22.50%）。其中，公务接待费全年预算数8.00万元，决算6.50万元；公务用车购置及运行费全年预算数12.00万元，决算9.00万元。",
    ]);
    for (const p of paragraphs) for (const f of p.figures) expect(p.text).toContain(f.text);
    expect(paragraphs[1].figures[1]).toEqual({ text: "90.43%", sheet: "决算表", cell: "D6", formula: "D6 ÷ D2" });
  });

  test("today's workbook: no budget figures, no paragraph; the project table with each project's execution rate", () => {
    expect(budgetExecution({ ...input, budget: budgetFigures(e.model, e.scoring) })).toEqual([]);
    const withProjects = evaluate(
      validWorkbook({
        spending: sheet("支出决算", [
          ["决算支出合计", 100],
          ["基本支出", 40],
          ["项目支出", 60],
          [],
          ["项目名称", "全年预算数", "全年执行数"],
          ["甲项目", 50, 45],
          ["乙项目", null, 15],
        ]),
      }),
    );
    expect(withProjects.report.sections[0].paragraphs.slice(4)).toEqual([
      "（三）预算执行情况",
      "项目支出共2个项目：甲项目全年预算数50.00万元，决算45.00万元，执行率90.00%；乙项目决算15.00万元。",
    ]);
  });

  test("a register of many projects: the first 30 are named, the rest referred to their sheet", () => {
    const rows = Array.from({ length: 35 }, (_, i) => [`项目${i + 1}`, 2, 1]);
    const many = evaluate(
      validWorkbook({
        spending: sheet("支出决算", [["决算支出合计", 100], ["基本支出", 65], ["项目支出", 35], [], ["项目名称", "全年预算数", "全年执行数"], ...rows]),
      }),
    );
    const text = many.report.sections[0].paragraphs.at(-1)!;
    expect(text.startsWith("项目支出共35个项目：项目1全年预算数2.00万元，决算1.00万元，执行率50.00%；")).toBe(true);
    expect(text).toContain("项目30全年预算数");
    expect(text).not.toContain("项目31");
    expect(text.endsWith("；其余5个项目详见支出决算。")).toBe(true);
  });
});

/** A workbook with problems and measures of the unit's own, and indicators the data finds wanting. */
function withProblems(problems: [string, string][], rows: CellValue[][]) {
  return evaluate(
    workbook(
      sheet("基本信息", [["部门名称", "某县财政局"], ["评价年度", 2023]]),
      sheet("支出决算", [["决算支出合计", 80], ["基本支出", 30], ["项目支出", 50], ["全年预算数", 100]]),
      sheet("绩效指标", [["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "得分", "偏差原因"], ...rows]),
      sheet("问题与措施", [["类别", "内容"], ...problems]),
    ),
  );
}

const ROWS: CellValue[][] = [
  ["产出指标", "数量指标", "数据资源目录编制数量", "≥", 120, "个", 96, 50, null, "梳理延后"],
  [null, null, "开放数据集数量", "≥", 100, "个", 150, 50, null, null],
];

describe("四 and 五 paired", () => {
  test("each problem the data shows gets a measure: the unit's where one addresses it, else a draft marked for review", () => {
    const own: [string, string][] = [
      ["问题", "部分委办局数据梳理滞后。"],
      ["措施", "建立数据资源目录编制进度月报制度。"],
    ];
    const r = withProblems(own, ROWS).report;
    expect(r.sections[3].paragraphs).toEqual([
      "（一）部分委办局数据梳理滞后。",
      "（二）预算执行率偏低。全年预算执行率为80.00%，低于90%，预算执行进度有待加快。",
      "（三）“数据资源目录编制数量”指标未完全达成。年度指标值为120个，实际完成96个，原因是：梳理延后。",
      "（四）部分绩效指标目标值设定偏低。“开放数据集数量”实际完成150个，完成率150.00%，超过年度指标值的130%，年初绩效目标设定的科学性、合理性有待提高。",
    ]);
    const five = r.sections[4].paragraphs;
    // The unit's measure, verbatim, addresses the indicator it names; the other two problems get drafts.
    expect(five[0]).toBe("（一）建立数据资源目录编制进度月报制度。");
    expect(five[1].startsWith("（二）加快预算执行进度。科学编制年度用款计划")).toBe(true);
    expect(five[2].startsWith("（三）提高绩效目标设定的科学性。结合历史完成情况")).toBe(true);
    expect(five.slice(1).every((p) => p.endsWith(REVIEW_MARK))).toBe(true);
    const drafted = r.findings.filter((f) => f.code === "REPORT_DEFAULT_TEXT");
    expect(drafted.map((f) => `${paramsOf(f, "REPORT_DEFAULT_TEXT").what}@${f.sheet}!${f.cell}`)).toEqual([
      "自评工作开展情况@基本信息!A3",
      "改进措施：加快预算执行进度@支出决算!B1",
      "改进措施：提高绩效目标设定的科学性@绩效指标!J3",
    ]);
  });

  test("a unit's measures on budget execution and target setting leave nothing to draft", () => {
    const own: [string, string][] = [
      ["措施", "按月调度支出进度。"],
      ["措施", "加强绩效目标管理，合理设定指标值。"],
      ["措施", "推进数据资源目录编制。"],
    ];
    const five = withProblems(own, ROWS).report.sections[4].paragraphs;
    expect(five).toEqual(["（一）按月调度支出进度。", "（二）加强绩效目标管理，合理设定指标值。", "（三）推进数据资源目录编制。"]);
  });

  test("problems of the unit's own without any measure: a placeholder asks for them, beside the drafts", () => {
    const five = withProblems([["问题", "培训不足。"]], ROWS).report.sections[4].paragraphs;
    expect(five[0]).toBe("【待补充：下一步改进措施】");
    expect(five.slice(1).map((p) => p.slice(0, 3))).toEqual(["（一）", "（二）", "（三）"]);
  });
});

/** Figures per (sheet, cell, formula): one value is written one way across the report. */
function textsByCell(report: Report): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const f of report.sections.flatMap((s) => s.figures)) {
    const key = `${f.sheet}!${f.cell}${f.formula ? `=${f.formula}` : ""}`;
    seen.set(key, (seen.get(key) ?? new Set()).add(f.text));
  }
  return seen;
}

describe("random indicator tables with random 示例值 marks", () => {
  const ROW_KINDS: CellValue[][] = [
    ["产出指标", "数量指标", "A", "≥", 120, "个", 160, 20, null, null],
    ["产出指标", "数量指标", "B", "≥", 120, "个", 96, 20, null, "延后"],
    ["产出指标", "成本指标", "C", "≤", 40, "万元", 44, 10, null, "涨价"],
    ["效益指标", "社会效益指标", "D", "≥", "95%", "%", 0.96, 10, null, null],
    ["效益指标", "社会效益指标", "E", "定性", "建立", null, "部分达成", 10, null, "x"],
    ["效益指标", "社会效益指标", "F", "≥", 300, "人次", "完成", 10, null, null],
    ["预算执行率", null, "预算执行率", "≥", "100%", "%", "76%", 10, null, null],
    ["预算执行率", null, "预算执行率", "≥", "100%", "%", null, 10, null, null],
  ];
  const NOTES = [null, "示例值", "分值为示例值", "实际完成值为示例值", "年度指标值为示例值"];
  const header = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "得分", "偏差原因", "备注"];
  const grids = fc
    .array(fc.tuple(fc.constantFrom(...ROW_KINDS), fc.constantFrom(...NOTES)), { minLength: 1, maxLength: 6 })
    .map((rows) =>
      workbook(
        sheet("基本信息", [["部门名称", "某县疾病预防控制中心"], ["评价年度", 2023]]),
        sheet("支出决算", [...SPENDING().values, ["全年预算数", 2600]]),
        sheet("绩效指标", [header, ...rows.map(([row, note]) => [...row, note])]),
      ),
    );

  test("every figure is in its section's text; one cell's value is written one way; no 示例值 is cited", () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const e = evaluate(grid);
        for (const s of e.report.sections) {
          const text = s.paragraphs.join("\n");
          for (const f of s.figures) expect({ figure: f.text, inText: text.includes(f.text) }).toEqual({ figure: f.text, inText: true });
        }
        for (const [cell, texts] of textsByCell(e.report)) expect({ cell, texts: texts.size }).toEqual({ cell, texts: 1 });
        const cited = new Set(e.report.sections.flatMap((s) => s.figures).map((f) => f.cell));
        const table = e.model.indicators!;
        for (const i of table.indicators) for (const v of i.illustrative ?? []) expect(cited.has(i.cells[v]!)).toBe(false);
        if (table.indicators.some((i) => i.illustrative)) {
          expect(e.report.sections.flatMap((s) => s.figures).some((f) => f.formula === "得分之和")).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

test("a row whose weight alone is 示例值 is still called unmet in 三 and in 四: its shortfall is a fact", () => {
  const header = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "得分", "偏差原因", "备注"];
  const r = evaluate(
    workbook(
      sheet("基本信息", [["部门名称", "某县财政局"], ["评价年度", 2023]]),
      SPENDING(),
      sheet("绩效指标", [header, ["产出指标", "数量指标", "A", "≥", 100, "个", 80, 100, null, "延后", "分值为示例值"]]),
    ),
  ).report;
  expect(r.sections[2].paragraphs.join("")).toContain("A目标不低于100个，实际完成80个，完成率80.00%，未达到年度目标，原因是：延后。");
  expect(r.sections[3].paragraphs).toEqual(["（一）“A”指标未完全达成。年度指标值为100个，实际完成80个，原因是：延后。"]);
});

describe("a large indicator table in 三", () => {
  test("each 二级 group tells its first 30 indicators and refers the rest to the table", () => {
    const rows: CellValue[][] = Array.from({ length: 34 }, (_, i) => ["产出指标", "数量指标", `指标${i + 1}`, "≥", 10, "个", 10, i < 33 ? 3 : 1, null, null]);
    const e = withProblems([], rows);
    const text = e.report.sections[2].paragraphs.join("\n");
    expect(text).toContain("指标30");
    expect(text).not.toContain("指标31");
    expect(text).toContain("；另有4项指标的完成情况详见绩效指标。");
  });
});
