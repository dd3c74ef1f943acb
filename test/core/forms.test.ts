/** The indicator tables of the forms in use, as finance bureaus hand them out: each layout is read and scored. */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { readModel } from "../../src/core/reader";
import { messages } from "../../src/i18n";
import { sheet, workbook } from "../helpers/grid";

const TITLE: CellValue[][] = [["2023年度部门整体支出绩效自评表"], ["部门（单位）名称：示例县教育局（虚构）"]];

const errors = (fs: { severity: string; code: string }[]) => fs.filter((f) => f.severity === "error").map((f) => f.code);

describe("the indicator layouts in use", () => {
  test("Sichuan: 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析, 一级/二级 merged down their block", () => {
    const s = sheet("自评表", [
      ...TITLE,
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
      ["产出指标", "数量指标", "培训教师人次", "≥", 500, "人次", 520, 40, null, null],
      [null, "质量指标", "培训合格率", "≥", 95, "%", 96, 30, null, null],
      [null, null, "课程按期完成率", "=", 100, "%", 100, 10, null, null],
      ["满意度指标", "服务对象满意度指标", "参训教师满意度", "定性", "满意", null, "达成年度指标", 20, 18, null],
      ["总分", null, null, null, null, null, null, 100, null, null],
    ]);
    const e = evaluate(workbook(s));
    expect(errors(e.findings)).toEqual([]);
    expect(e.model.indicators!.indicators.map((i) => [i.level1, i.level2, i.name, i.comparison])).toEqual([
      ["产出指标", "数量指标", "培训教师人次", "≥"],
      ["产出指标", "质量指标", "培训合格率", "≥"],
      ["产出指标", "质量指标", "课程按期完成率", "="],
      ["满意度指标", "服务对象满意度指标", "参训教师满意度", "定性"],
    ]);
    expect(e.model.indicators!.indicators[0].cells).toMatchObject({ reason: "J4", score: "I4" });
    expect(e.scoring.total?.toString()).toBe("98");
    expect(e.model.indicators!.totalRow).toBe(7);
  });

  test("Guizhou: 年度指标值(A) | 全年实际值(B) | 分值, no 指标性质 column: the sign in front of the target", () => {
    const s = sheet("自评表", [
      ...TITLE,
      ["一级指标", "二级指标", "三级指标", "年度指标值(A)", "全年实际值(B)", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "培训教师人次", "≥500人次", "520人次", 50, null, null],
      [null, "成本指标", "人均培训成本", "≤800元", 760, 30, null, null],
      ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "92%", 20, null, null],
    ]);
    const e = evaluate(workbook(s));
    expect(errors(e.findings)).toEqual([]);
    expect(e.model.indicators!.indicators.map((i) => [i.name, i.comparison, i.unit])).toEqual([
      ["培训教师人次", "≥", "人次"],
      ["人均培训成本", "≤", "元"],
      ["参训教师满意度", "≥", "%"],
    ]);
    expect(e.scoring.total?.toString()).toBe("100");
  });

  test("Chongqing: 年初指标值 | 调整指标值 | 全年完成值 | 指标权重(分) | 指标得分(分); the adjusted target replaces the first", () => {
    const s = sheet("自评表", [
      ...TITLE,
      [
        "指标名称",
        "计量单位",
        "指标性质",
        "年初指标值",
        "调整指标值",
        "全年完成值",
        "得分系数(%)",
        "指标权重(分)",
        "指标得分(分)",
        "是否核心指标",
      ],
      ["培训教师人次", "人次", "≥", 600, 500, 520, null, 60, null, "是"],
      ["人均培训成本", "元", "≤", 800, null, 760, null, 40, null, "否"],
      ["合计", null, null, null, null, null, null, 100, null, null],
    ]);
    const { model, findings } = readModel(workbook(s));
    expect(errors(findings)).toEqual([]);
    const [first, second] = model.indicators!.indicators;
    expect(first.target).toMatchObject({ kind: "number", text: "500" });
    expect(first.cells.target).toBe("E4");
    expect(second.target).toMatchObject({ kind: "number", text: "800" });
    expect(second.cells.target).toBe("D5");
    expect(model.indicators!.columns).toMatchObject({ weight: 7, score: 8 });
  });

  test("财预〔2020〕10号: a caption column beside the table, the reason header over two sub-columns", () => {
    const s = sheet("项目支出绩效自评表", [
      ["项目支出绩效自评表"],
      ["（2023年度）"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
      [null, null, null, null, null, null, null, null, "原因分析", "改进措施"],
      [null, "产出指标", "数量指标", "培训教师人次", "≥500人次", 520, 50, null, null, null],
      [null, "效益指标", "社会效益指标", "教师教学能力", "明显提升", "达成年度指标", 50, 45, null, null],
      ["总分", null, null, null, null, null, 100, null, null, null],
    ]);
    const e = evaluate(workbook(s));
    expect(errors(e.findings)).toEqual([]);
    expect(e.model.indicators!.firstCol).toBe(1);
    expect(e.model.indicators!.indicators.map((i) => [i.name, i.comparison])).toEqual([
      ["培训教师人次", "≥"],
      ["教师教学能力", "定性"],
    ]);
    expect(e.model.info.year?.value).toBe(2023);
    expect(e.scoring.total?.toString()).toBe("95");
  });

  test("a header over two rows: a caption over two columns, their names in the row below", () => {
    const s = sheet("表", [
      ["一级指标", "二级指标", "三级指标", "指标性质", "目标与完成情况", null, "分值", "得分"],
      [null, null, null, null, "年度指标值", "实际完成值", null, null],
      ["产出指标", "数量指标", "A", "≥", 10, 10, 100, null],
    ]);
    const { model, findings } = readModel(workbook(s));
    expect(errors(findings)).toEqual([]);
    expect(model.indicators!.columns).toMatchObject({ name: 2, target: 4, actual: 5, weight: 6, score: 7 });
    expect(model.indicators!.indicators.map((i) => i.name)).toEqual(["A"]);
    expect(model.sources[0]).toMatchObject({ kind: "indicators", range: "A1:H3" });
  });

  test("a found table without 指标性质 and no sign: UNKNOWN_COMPARISON on the row, not a missing column", () => {
    const s = sheet("表", [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "A", 10, 10, 100, null],
    ]);
    expect(evaluate(workbook(s)).findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["UNKNOWN_COMPARISON D2"]);
  });
});

describe("the funds block (预算执行情况) at the top of a form", () => {
  const INDICATORS_90: CellValue[][] = [
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
    ["产出指标", "数量指标", "培训教师人次", "≥", 500, "人次", 520, 90, null, null],
    ["总分", null, null, null, null, null, null, 100, null, null],
  ];

  test("Sichuan: the row label beside a vertical caption; the rate 预算执行数 ÷ 调整后预算数 scored with its weight", () => {
    const s = sheet("自评表", [
      ...TITLE,
      ["年度预算执行情况（万元）", null, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
      [null, "年度资金总额", 1000, 1200, 1140, "95%", 10, null, null],
      [null, "其中：财政资金", 900, 1100, 1050, null, "—", "—", null],
      [null, "其他资金", 100, 100, 90, null, null, null, null],
      [],
      ...INDICATORS_90,
    ]);
    const e = evaluate(workbook(s));
    expect(errors(e.findings)).toEqual([]);
    expect(e.model.funds!.rows.map((r) => [r.label, r.kind, r.budget?.value.toString(), r.actual?.cell])).toEqual([
      ["年度资金总额", "total", "1200", "E4"],
      ["其中：财政资金", "fiscal", "1100", "E5"],
      ["其他资金", "other", "100", "E6"],
    ]);
    const [rate] = e.scoring.scores;
    expect(rate.indicator).toMatchObject({
      name: "预算执行率",
      isExecutionRate: true,
      sheet: "自评表",
      cells: { name: "B4", score: "H4", weight: "G4" },
    });
    expect(rate.score?.toString()).toBe("9.5");
    expect(e.scoring.total?.toString()).toBe("99.5");
    expect(e.model.spending.fields.budget).toMatchObject({ sheet: "自评表", cell: "D4" });
    expect(e.writes.map((w) => `${w.cell}=${w.value}`)).toEqual(["H4=9.5", "I9=90", "I10=99.5", "K10=评价等级：优"]);
    expect(e.model.sources.map((t) => `${messages("zh-CN").tables[t.kind]}：${t.sheet}!${t.range}`)).toEqual([
      "预算执行情况：自评表!A3:I6",
      "绩效指标表：自评表!A8:J10",
    ]);
  });

  test("Guizhou: 年初预算数(A) | 全年执行数(B) | 分值(10分): the rate over 年初预算数, the weight from the header's note", () => {
    const s = sheet("自评表", [
      ...TITLE,
      ["资金来源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分", "得分计算方法"],
      ["年度资金总额", 1000, 960, null, null, "执行率*该指标分值，最高不得超过分值上限"],
      ["其中：财政拨款", 900, 880, null, null, null],
      [],
      ...INDICATORS_90,
    ]);
    const e = evaluate(workbook(s));
    expect(errors(e.findings)).toEqual([]);
    const [rate] = e.scoring.scores;
    expect(rate.indicator.weight?.toString()).toBe("10");
    expect(rate.score?.toString()).toBe("9.6");
    expect(e.model.spending.fields.initialBudget?.value.toString()).toBe("1000");
  });

  test("Chongqing: 全年（调整）预算数 | 执行率(%) | 执行率权重 | 执行率得分, in 元 converted to 万元; 基本支出 and 项目支出 rows", () => {
    const s = sheet("自评表", [
      ...TITLE,
      ["金额单位：元"],
      ["预算执行情况", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率(%)", "执行率权重", "执行率得分"],
      ["年度资金总额", 10000000, 12000000, 11400000, 95, 10, null],
      ["其中：基本支出", 4000000, 4000000, 4000000, 100, null, null],
      ["项目支出", 6000000, 8000000, 7400000, 92.5, null, null],
      [],
      ...INDICATORS_90,
    ]);
    const e = evaluate(workbook(s));
    expect(errors(e.findings)).toEqual([]);
    expect(e.model.funds!.writtenUnit).toBe("元");
    const f = e.model.spending.fields;
    expect([f.total, f.basic, f.project, f.budget].map((a) => a?.value.toString())).toEqual(["1140", "400", "740", "1200"]);
    expect(f.total).toMatchObject({ sheet: "自评表", cell: "D5", text: "11400000" });
    expect(e.scoring.scores[0].score?.toString()).toBe("9.5");
  });

  test("a table with its own 预算执行率 row keeps it; the block's is not added twice", () => {
    const s = sheet("自评表", [
      ["年度预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 100, 100, 96, 10, null, null],
      [],
      ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "得分"],
      ["预算执行率", null, "预算执行率", "≥", "100%", "%", "96%", 10, null],
      ["产出指标", "数量指标", "A", "≥", 1, "个", 1, 90, null],
    ]);
    const e = evaluate(workbook(s));
    expect(e.scoring.scores.map((x) => x.indicator.name)).toEqual(["预算执行率", "A"]);
    expect(e.scoring.scores[0].indicator.sheet).toBeUndefined();
  });

  test("a project table (budget and spent columns, no funds rows, no rate) is no funds block", () => {
    const s = sheet("支出决算", [
      ["决算支出合计", 100],
      ["基本支出", 60],
      ["项目支出", 40],
      ["项目名称", "年初预算数", "全年预算数", "全年执行数"],
      ["甲", 20, 20, 20],
      ["乙", 20, 20, 20],
    ]);
    expect(readModel(workbook(s)).model.funds).toBeUndefined();
  });
});
