/** Tables found by their content, on any sheet, with what was found where; ambiguity said, never guessed. */
import { evaluate } from "../../src/core/evaluate";
import { CellValue, SheetGrid } from "../../src/core/grid";
import { readModel } from "../../src/core/reader";
import { messages } from "../../src/i18n";
import { paramsOf } from "../helpers/findings";
import { HEADER, INFO, SPENDING, sheet, validWorkbook, workbook } from "../helpers/grid";

const ROW: CellValue[] = ["产出指标", "数量指标", "招引项目数", "≥", 120, "个", 125, 100, null, null];

/** An indicator table under `above` rows of titles and notes, on a sheet of any name. */
function form(name: string, above: CellValue[][] = [], hidden = false): SheetGrid {
  const s = sheet(name, [...above, HEADER, ROW]);
  return hidden ? { ...s, hidden } : s;
}

const codes = (fs: { code: string; severity: string; sheet: string; cell: string }[]) =>
  fs.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

describe("tables are found by their content", () => {
  test("an indicator table on a sheet of any name, its header below row 10, is read and its place reported", () => {
    const titles: CellValue[][] = Array.from({ length: 29 }, (_, i) => [i === 0 ? "2023年度部门整体支出绩效自评表" : null]);
    const { model, findings } = readModel(workbook(INFO(), SPENDING(), form("Sheet1", titles)));
    expect(findings).toEqual([]);
    expect(model.indicators?.sheet).toBe("Sheet1");
    expect(model.indicators?.indicators.map((i) => i.name)).toEqual(["招引项目数"]);
    expect(model.sources.find((s) => s.kind === "indicators")).toEqual({ kind: "indicators", sheet: "Sheet1", range: "A30:J31" });
  });

  test("the own 基本信息 and 支出决算 layouts are found on sheets of any name by their labels", () => {
    const info = { ...INFO(), name: "封面" };
    const spending = { ...SPENDING(), name: "表二" };
    const { model, findings } = readModel(workbook(info, spending, form("表三")));
    expect(findings).toEqual([]);
    expect(model.info.department?.sheet).toBe("封面");
    expect(model.spending.fields.total).toMatchObject({ sheet: "表二", cell: "B1" });
    expect(model.sources.map((s) => `${messages("zh-CN").tables[s.kind]}：${s.sheet}!${s.range}`)).toEqual([
      "基本信息：封面!A1:B2",
      "支出决算：表二!A1:B5",
      "绩效指标表：表三!A1:J2",
    ]);
  });

  test("header texts match without their notes in brackets, spaces and line breaks, in either width", () => {
    const header = [
      "一级指标",
      "二级指标",
      "三级\n指标",
      "指标性质",
      "年度指标值(A)",
      "计量单位",
      "实际完成值（B）",
      "分值(分)",
      "得分（分）",
      "偏差原因",
    ];
    const { model, findings } = readModel(validWorkbook({ indicators: sheet("绩效指标", [header, ROW]) }));
    expect(findings).toEqual([]);
    expect(model.indicators?.columns).toMatchObject({ name: 2, target: 4, actual: 6, weight: 7, score: 8 });
  });

  test("a stale copy on a hidden sheet beside the visible one: the visible one is read, and both are named", () => {
    const stale: SheetGrid = { ...sheet("支出决算", [["决算支出合计", 1]]), hidden: true };
    const visible = { ...SPENDING(), name: "支出决算 " };
    const { model, findings } = readModel(workbook(INFO(), stale, visible, form("绩效指标")));
    expect(model.spending.fields.total).toMatchObject({ sheet: "支出决算 ", cell: "B1" });
    expect(codes(findings)).toEqual(["warning HIDDEN_TABLE_IGNORED 支出决算 !A1"]);
    expect(findings[0].params).toMatchObject({ chosen: "支出决算 !A1:B5", others: ["支出决算!A1:B1"] });
  });

  test("a table only on a hidden sheet is read, said, and nothing is written there", () => {
    const e = evaluate(workbook(INFO(), SPENDING(), form("旧表", [], true)));
    expect(e.model.indicators?.sheet).toBe("旧表");
    expect(e.scoring.total?.toString()).toBe("100");
    expect(codes(e.findings)).toEqual(["warning TABLE_ON_HIDDEN_SHEET 旧表!A1"]);
    expect(e.writes).toEqual([]);
    expect(e.model.sources.find((s) => s.kind === "indicators")).toMatchObject({ sheet: "旧表", hidden: true });
  });

  test("two indicator tables on visible sheets: an error naming both, and neither is read nor called missing", () => {
    const { model, findings } = readModel(workbook(INFO(), SPENDING(), form("甲"), form("乙", [["标题"]])));
    expect(model.indicators).toBeUndefined();
    expect(codes(findings)).toEqual(["error AMBIGUOUS_TABLE 甲!A1"]);
    expect(findings[0].params).toEqual({ kind: "indicators", places: ["甲!A1:J2", "乙!A2:J3"] });
  });

  test("two indicator tables on one sheet are both found", () => {
    const s = sheet("表", [HEADER, ROW, [], ["第二张表"], HEADER, ROW]);
    const { findings } = readModel(workbook(INFO(), SPENDING(), s));
    expect(paramsOf(findings[0], "AMBIGUOUS_TABLE").places).toEqual(["表!A1:J2", "表!A5:J6"]);
  });

  test("a choice names the table to read among several; a choice of a missing sheet is an error", () => {
    const grid = workbook(INFO(), SPENDING(), form("甲"), form("乙", [["标题"]]));
    const chosen = readModel(grid, { choices: { indicators: { sheet: "乙", range: { top: 0, left: 0, bottom: 19, right: 9 } } } });
    expect(chosen.findings).toEqual([]);
    expect(chosen.model.indicators?.sheet).toBe("乙");
    const wrong = readModel(grid, { choices: { indicators: { sheet: "丙", range: { top: 0, left: 0, bottom: 19, right: 9 } } } });
    expect(codes(wrong.findings)).toEqual(["error TABLE_CHOICE_INVALID 丙!A1"]);
  });

  test("the sheets this tool made are not read as input", () => {
    const report = sheet("绩效评价报告", [HEADER, ROW]);
    const e = evaluate(workbook(INFO(), SPENDING(), form("绩效指标"), report), { ownedSheets: ["绩效评价报告"] });
    expect(e.findings.filter((f) => f.code === "AMBIGUOUS_TABLE")).toEqual([]);
  });
});

describe("each task needs only its own data", () => {
  test("a workbook holding only a self-evaluation table is scored, with no error for the absent sheets", () => {
    const e = evaluate(workbook(form("自评表")));
    expect(e.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(e.scoring.total?.toString()).toBe("100");
    expect(e.writes.map((w) => w.cell)).toContain("I2");
    // The report carries placeholders where the absent data belongs.
    const placeholders = e.report.findings.filter((f) => f.code === "REPORT_PLACEHOLDER");
    expect(placeholders.map((f) => paramsOf(f, "REPORT_PLACEHOLDER").what)).toContain("部门名称");
  });

  test("an empty workbook still misses all three sheets", () => {
    const { findings } = readModel(workbook(sheet("问题与措施", [["我的内容"]])));
    expect(codes(findings.filter((f) => f.code === "MISSING_SHEET"))).toEqual([
      "error MISSING_SHEET 基本信息!A1",
      "error MISSING_SHEET 支出决算!A1",
      "error MISSING_SHEET 绩效指标!A1",
    ]);
  });
});

describe("title and metadata lines around the tables", () => {
  const formWith = (above: CellValue[][], below: CellValue[][] = []) => sheet("自评表", [...above, HEADER, ROW, ...below]);

  test("department, year and date from a form's own lines, each with its cell", () => {
    const s = formWith(
      [["2023年度部门整体支出绩效自评表"], ["部门（单位）名称：示例县农业农村局", null, null, null, null, null, null, "金额单位：万元"]],
      [[], ["填报人：张三", null, null, "填报日期：2024年3月20日"]],
    );
    const { model, findings } = readModel(workbook(s));
    expect(findings).toEqual([]);
    expect(model.info.department).toEqual({ sheet: "自评表", cell: "A2", text: "示例县农业农村局" });
    expect(model.info.year).toEqual({ sheet: "自评表", cell: "A1", value: 2023 });
    expect(model.info.reportDate).toEqual({ sheet: "自评表", cell: "D6", date: { year: 2024, month: 3, day: 20 } });
  });

  test("a label cell with its value in the next non-empty cell; （2023年度） in a title; 单位：万元 is no department", () => {
    const s = formWith([
      ["部门整体支出绩效自评表"],
      ["（2023年度）"],
      ["单位：万元"],
      [null, "部门名称", null, "示例市统计局", null, "单位：万元"],
    ]);
    const { model } = readModel(workbook(s));
    expect(model.info.department).toMatchObject({ cell: "D4", text: "示例市统计局" });
    expect(model.info.year).toMatchObject({ cell: "A2", value: 2023 });
  });

  test("a column headed 单位 is not a department; 基本信息's own values win over the title lines", () => {
    const header = HEADER.map((h) => (h === "计量单位" ? "单位" : h));
    const own = readModel(workbook(sheet("表", [["2019年度绩效自评表"], header, ROW])));
    expect(own.model.info.department).toBeUndefined();
    const both = readModel(workbook(INFO(), SPENDING(), sheet("表", [["2019年度绩效自评表"], header, ROW])));
    expect(both.model.info.year).toMatchObject({ sheet: "基本信息", value: 2020 });
  });

  test("a 基本信息 sheet without the year takes it from a title, with no MISSING_FIELD", () => {
    const info = sheet("基本信息", [["部门名称", "测试局"]]);
    const { model, findings } = readModel(workbook(info, SPENDING(), form("自评表", [["2022年度部门整体支出绩效自评表"]])));
    expect(findings).toEqual([]);
    expect(model.info.year).toMatchObject({ sheet: "自评表", cell: "A1", value: 2022 });
  });
});
