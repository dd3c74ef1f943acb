/** The report's words (issue #13): the unit's subject and kind, the title, 二 from the workbook, and 三's sentences. */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { DepartmentInfo, LocatedText } from "../../src/core/model";
import { illustrativeValues } from "../../src/core/read/indicators";
import { DEFAULT_REPORT_TITLE, REPORT_TITLE_VARIANTS, reportWording } from "../../src/core/report";
import { paramsOf } from "../helpers/findings";
import { INDICATORS, SPENDING, sheet, workbook } from "../helpers/grid";

const at = (text: string): LocatedText => ({ text, sheet: "基本信息", cell: "B2" });
const info = (department: string, more: Partial<Record<"unitType" | "subject" | "reportTitle", string>> = {}): DepartmentInfo => ({
  unit: "万元",
  missingAt: {},
  department: at(department),
  ...Object.fromEntries(Object.entries(more).map(([k, v]) => [k, at(v)])),
});

describe("the subject and kind of unit, from the 单位类型 or the name", () => {
  test.each([
    ["示例县青山镇人民政府（虚构示例）", "我镇", false],
    ["某县城关镇", "我镇", false],
    ["某县石桥乡人民政府", "我乡", false],
    ["某区东城街道办事处", "我街道", false],
    ["高新区投资服务局", "我局", false],
    ["某县财政局本级", "我局", false],
    ["某县发展和改革委员会", "我委", false],
    ["某县人民政府办公室", "我办", false],
    ["某省教育厅", "我厅", false],
    ["某县人民法院", "我院", false],
    ["某县疾病预防控制中心", "我单位", true],
    ["某市农业科学院", "我单位", true],
    ["某县农业技术推广站", "我单位", true],
    ["某县第一中学", "我单位", true],
    ["某县卫生健康", "我部门", false],
  ])("%s → %s", (name, subject, institution) => {
    expect(reportWording(info(name))).toMatchObject({ subject, institution });
  });

  test("单位类型 decides the kind; 报告主语 overrides the subject as written", () => {
    expect(reportWording(info("某县农业农村局", { unitType: "事业单位" }))).toMatchObject({ subject: "我单位", institution: true });
    expect(reportWording(info("某县政务服务中心", { unitType: "行政单位" }))).toMatchObject({ subject: "我部门", institution: false });
    expect(reportWording(info("某县石桥乡人民政府", { unitType: "乡镇" }))).toMatchObject({ subject: "我乡", institution: false });
    expect(reportWording(info("某县人民政府", { unitType: "乡镇" }))).toMatchObject({ subject: "我镇" });
    expect(reportWording(info("高新区投资服务局", { subject: "我部门" })).subject).toBe("我部门");
    expect(reportWording(info("某县疾病预防控制中心", { subject: " 我中心 " }))).toMatchObject({ subject: "我中心", institution: true });
  });
});

describe("the title from 报告标题", () => {
  const titleOf = (reportTitle?: string) => {
    const rows: CellValue[][] = [["部门名称", "某县财政局"], ["评价年度", 2023], ...(reportTitle ? [["报告标题", reportTitle]] : [])];
    return evaluate(workbook(sheet("基本信息", rows), SPENDING(), INDICATORS())).report.title;
  };

  test("the seed's by default; each common variant; a title with its own year as written", () => {
    expect(DEFAULT_REPORT_TITLE).toBe("部门预算整体支出绩效评价报告");
    expect(titleOf()).toEqual(["某县财政局", "2023年度部门预算整体支出绩效评价报告"]);
    for (const variant of REPORT_TITLE_VARIANTS) expect(titleOf(variant)[1]).toBe(`2023年度${variant}`);
    expect(titleOf("2023年 单位整体支出绩效自评报告")[1]).toBe("2023年单位整体支出绩效自评报告");
  });
});

describe("二 from the workbook's 自评工作开展情况", () => {
  const two = (rows: CellValue[][]) => {
    const achieved = INDICATORS([["产出指标", "数量指标", "A", "≥", 1, "个", 1, 100, null, null]]);
    const e = evaluate(workbook(sheet("基本信息", [["部门名称", "某县财政局"], ["评价年度", 2023], ...rows]), SPENDING(), achieved));
    return { paragraphs: e.report.sections[1].paragraphs, findings: e.report.findings.filter((f) => f.code === "REPORT_DEFAULT_TEXT") };
  };

  test("the unit's own text, one paragraph a line, blank lines and edge spaces dropped, and no warning", () => {
    const r = two([["自评工作开展情况", "我局成立了自评小组：\n\n （一）收集资料。各科室提供材料。\n（二）逐项评分。"]]);
    expect(r.paragraphs).toEqual(["我局成立了自评小组：", "（一）收集资料。各科室提供材料。", "（二）逐项评分。"]);
    expect(r.findings).toEqual([]);
  });

  test("without it, generic steps in the unit's subject, marked for review where the field belongs", () => {
    const r = two([["自评工作开展情况", null]]);
    expect(r.paragraphs[0]).toBe("我局按照预算绩效管理的要求，组织开展了2023年度部门整体支出绩效自评工作，主要程序如下：");
    expect(r.paragraphs).toHaveLength(6);
    expect(r.findings.map((f) => `${paramsOf(f, "REPORT_DEFAULT_TEXT").what}@${f.sheet}!${f.cell}`)).toEqual(["自评工作开展情况@基本信息!B3"]);
  });
});

describe("三: one sentence per indicator, numbers as the score used them", () => {
  const three = (rows: CellValue[][]) =>
    evaluate(workbook(sheet("基本信息", [["部门名称", "某县财政局"], ["评价年度", 2023]]), SPENDING(), INDICATORS(rows))).report.sections[2];

  test("a word actual, a ceiling met at 0%, a fraction read as points, an amount indicator, an unmet row with its reason", () => {
    const s = three([
      ["产出指标", "数量指标", "培训人次", "≥", 500, "人次", "完成", 20, null, null],
      [null, "质量指标", "预算调整率", "≤", "5%", "%", "0%", 20, null, null],
      [null, null, "群众知晓率", "≥", "95%", "%", 0.95, 20, null, null],
      [null, "成本指标", "运维成本", "≤", 40, "万元", 44, 20, null, "测评费用上涨；"],
      ["效益指标", "社会效益指标", "招引项目数", "≥", 120, "个", 96, 20, null, "疫情影响"],
    ]);
    expect(s.paragraphs.slice(3, 6)).toEqual([
      "我局2023年度共设置绩效指标5项，完成情况如下：",
      "1.产出指标。数量指标方面，培训人次目标不低于500人次，实际完成情况为“完成”。" +
        "质量指标方面，预算调整率目标不高于5%，实际为0%；群众知晓率目标不低于95%，实际完成95%。" +
        "成本指标方面，运维成本目标不高于40.00万元，实际为44.00万元，超出年度目标，原因是：测评费用上涨。",
      "2.效益指标。社会效益指标方面，招引项目数目标不低于120个，实际完成96个，完成率80.00%，未达到年度目标，原因是：疫情影响。",
    ]);
    const text = s.paragraphs.join("");
    for (const wrong of ["完成完成", "0.95%", "实际完成0%", "40万元", "44万元"]) expect(text).not.toContain(wrong);
  });

  test("the closing: total, grade, subtotals by 一级指标 citing their cells, and what the grade says", () => {
    const s = three([
      ["产出指标", "数量指标", "A", "≥", 100, "个", 80, 60, null, "x"],
      ["效益指标", "社会效益指标", "B", "≥", 10, "个", 10, 40, null, null],
    ]);
    expect(s.paragraphs.slice(-2)).toEqual([
      "（三）自评结论",
      "经自评，我局2023年度部门整体支出绩效自评得分为88.00分，评价等级为“良”。其中，产出指标得分48.00分（分值60.00分），效益指标得分40.00分（分值40.00分）。" +
        "从整体情况来看，我局支出基本达到了部门绩效管理目标，但部分指标完成情况与年度目标仍有差距，预算绩效管理工作有待进一步加强。",
    ]);
    expect(s.figures.filter((f) => f.formula === "得分之和" || f.formula === "分值之和").map((f) => `${f.text}@${f.cell}`)).toEqual([
      "88.00分@I2:I3",
      "48.00分@I2",
      "60.00分@H2",
      "40.00分@I3",
      "40.00分@H3",
    ]);
  });
});

describe("values marked 示例值 in 备注", () => {
  test("the 备注 names which values are illustrative; 示例值 alone marks all three; no mark, none", () => {
    expect(illustrativeValues("分值为示例值：报告未给出分值")).toEqual(["weight"]);
    expect(illustrativeValues("实际完成值与分值均为示例值：报告未给出")).toEqual(["actual", "weight"]);
    expect(illustrativeValues("年度指标值为示例值")).toEqual(["target"]);
    expect(illustrativeValues("示例值")).toEqual(["target", "actual", "weight"]);
    expect(illustrativeValues("据年报整理")).toBeUndefined();
    expect(illustrativeValues("")).toBeUndefined();
  });

  test("the reader marks the row; the report states none of them, nor the score built on them", () => {
    const header = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "得分", "备注"];
    const e = evaluate(
      workbook(
        sheet("基本信息", [["部门名称", "某县财政局"], ["评价年度", 2023]]),
        SPENDING(),
        sheet("绩效指标", [
          header,
          ["产出指标", "数量指标", "A", "≥", 120, "个", 160, 50, null, "分值为示例值"],
          [null, null, "B", "≥", 30, "个", 31, 50, null, "实际完成值与分值均为示例值"],
        ]),
      ),
    );
    expect(e.model.indicators!.indicators.map((i) => i.illustrative)).toEqual([["weight"], ["actual", "weight"]]);
    const three = e.report.sections[2];
    expect(three.paragraphs.join("")).toContain("B目标不低于30个，实际完成【待补充：B·实际完成值（示例值）】");
    expect(three.paragraphs.join("")).toContain("经自评，我局2023年度部门整体支出绩效自评得分为【待补充：自评得分与评价等级（分值或完成值含示例值）】。");
    const cited = e.report.sections.flatMap((s) => s.figures).map((f) => f.cell);
    for (const cell of ["G3", "H2", "H3", "I2:I3"]) expect(cited).not.toContain(cell);
    expect(cited).toEqual(expect.arrayContaining(["E2", "G2", "E3"]));
  });
});
