/** The indicator tables of the forms in use, as finance bureaus hand them out: each layout is read and scored. */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { readModel } from "../../src/core/reader";
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
