import { readModel } from "../../src/core/reader";
import { TABLE_READERS } from "../../src/core/read/registry";
import { SPENDING_READER } from "../../src/core/read/spending";
import { SHEETS, SheetKey } from "../../src/core/schema";
import { HEADER, INDICATORS, INFO, SPENDING, sheet, validWorkbook, workbook } from "../helpers/grid";

describe("sheets and labels", () => {
  test("sheets are found by alias and labels match after trimming spaces, full-width spaces and colons", () => {
    const { model, findings } = readModel(
      workbook(
        sheet("部门信息", [
          ["  部门名称：", "测试局"],
          ["\u3000评价 年度:", "2021年"],
          ["金额单位", "元"],
        ]),
        sheet("整体支出", [
          ["决算支出合计", 100],
          ["基本支出", 60],
          ["人员经费", 50],
          ["公用经费支出", 10],
          ["项目支出", 40],
          ["调整后预算数", 120],
        ]),
        sheet("绩效自评表", [HEADER, ["产出指标", "数量指标", "x", "≥", 1, "个", 1, 100, null, null]]),
      ),
    );
    expect(findings).toEqual([]);
    expect(model.info.department?.text).toBe("测试局");
    expect(model.info.year).toMatchObject({ value: 2021, sheet: "部门信息", cell: "B2" });
    expect(model.info.unit).toBe("元");
    expect(model.spending.fields.personnel?.value.toString()).toBe("50");
    expect(model.spending.fields.public?.cell).toBe("B4");
    expect(model.spending.fields.budget?.value.toString()).toBe("120");
    expect(model.sheetNames).toMatchObject({ info: "部门信息", spending: "整体支出", indicators: "绩效自评表" });
  });

  test("a value may sit beyond a merged label; a label to the right means the value is missing", () => {
    const { model, findings } = readModel(
      validWorkbook({
        info: sheet("基本信息", [
          ["部门名称", null, "测试局"],
          ["评价年度", "评价依据", "文件"],
        ]),
      }),
    );
    expect(model.info.department).toMatchObject({ text: "测试局", cell: "C1" });
    expect(findings).toEqual([
      expect.objectContaining({ code: "MISSING_FIELD", sheet: "基本信息", cell: "B2", params: { field: "评价年度" } }),
    ]);
    expect(model.info.basis?.text).toBe("文件");
  });

  test("report date from a date cell or from text", () => {
    const fromCell = readModel(
      validWorkbook({
        info: sheet(
          "基本信息",
          [
            ["部门名称", "a"],
            ["评价年度", 2020],
            ["报告日期", 44301],
          ],
          { B3: "yyyy-mm-dd" },
        ),
      }),
    );
    expect(fromCell.model.info.reportDate?.date).toEqual({ year: 2021, month: 4, day: 15 });
    const fromText = readModel(
      validWorkbook({
        info: sheet("基本信息", [
          ["部门名称", "a"],
          ["评价年度", 2020],
          ["报告日期", "2021年4月15日"],
        ]),
      }),
    );
    expect(fromText.model.info.reportDate?.date).toEqual({ year: 2021, month: 4, day: 15 });
    const bad = readModel(
      validWorkbook({
        info: sheet("基本信息", [
          ["部门名称", "a"],
          ["评价年度", 2020],
          ["报告日期", "下个月"],
        ]),
      }),
    );
    expect(bad.findings).toEqual([expect.objectContaining({ code: "INVALID_VALUE", severity: "warning", cell: "B3" })]);
  });

  test("amounts written with another unit are converted to the workbook's unit", () => {
    const { model } = readModel(
      validWorkbook({
        spending: sheet("支出决算", [
          ["决算支出合计", "25,130,500元"],
          ["基本支出", 518.31],
          ["项目支出", "1994.74万元"],
        ]),
      }),
    );
    expect(model.spending.fields.total?.value.toString()).toBe("2513.05");
    expect(model.spending.fields.project?.value.toString()).toBe("1994.74");
  });
});

describe("the indicator table", () => {
  test("header below title rows, columns in any order, extra columns ignored, merged 一级/二级 continue", () => {
    const s = sheet("绩效指标", [
      ["某局2020年度绩效自评表"],
      ["单位：万元"],
      ["备注", "三级指标", "一级指标", "二级指标", "分值", "得分", "指标性质", "指标值", "单位", "完成值", "偏差原因"],
      ["x", "A", "产出指标", "数量指标", 50, null, "≥", 120, "个", "160个", ""],
      [null, "B", null, null, 40, 36, "≤", "≤40", "万元", 44, "原因"],
      [null, "预算执行率", "预算执行率", null, 10, null, null, "100%", "%", null, null],
      ["合计", null, null, null, 100, null, null, null, null, null, null],
      [null, "not an indicator", null, null, 1, null, null, null, null, null, null],
    ]);
    const { model, findings } = readModel(validWorkbook({ indicators: s }));
    expect(findings).toEqual([]);
    const t = model.indicators!;
    expect(t.headerRow).toBe(2);
    expect(t.totalRow).toBe(6);
    expect(t.endRow).toBe(6);
    expect(t.indicators.map((i) => [i.level1, i.level2, i.name, i.comparison])).toEqual([
      ["产出指标", "数量指标", "A", "≥"],
      ["产出指标", "数量指标", "B", "≤"],
      ["预算执行率", "", "预算执行率", "≥"],
    ]);
    const [a, b, rate] = t.indicators;
    expect(a.unit).toBe("个");
    expect(a.cells).toMatchObject({ name: "B4", weight: "E4", score: "F4", actual: "J4" });
    expect(b.enteredScore.kind === "number" && b.enteredScore.value.toString()).toBe("36");
    expect(b.reason).toBe("原因");
    expect(rate.isExecutionRate).toBe(true);
    expect(rate.actual.kind).toBe("empty");
  });

  test("the table ends at the first blank row", () => {
    const s = INDICATORS([
      ["产出指标", "数量指标", "A", "≥", 1, "个", 1, 100, null, null],
      [],
      ["产出指标", "数量指标", "B", "≥", 1, "个", 1, 100, null, null],
    ]);
    const { model } = readModel(validWorkbook({ indicators: s }));
    expect(model.indicators!.indicators.map((i) => i.name)).toEqual(["A"]);
    expect(model.indicators!.endRow).toBe(2);
    expect(model.indicators!.totalRow).toBeUndefined();
  });

  test("a two-row header with vertically merged cells", () => {
    const s = sheet("绩效指标", [
      ["绩效指标", null, null, "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "得分"],
      ["一级指标", "二级指标", "三级指标", null, null, null, null, null, null],
      ["产出指标", "数量指标", "A", "≥", 1, "个", 1, 100, null],
    ]);
    const { model, findings } = readModel(validWorkbook({ indicators: s }));
    expect(findings).toEqual([]);
    expect(model.indicators!.columns).toMatchObject({ level1: 0, name: 2, comparison: 3, weight: 7, score: 8 });
  });

  test("comparison words and signs", () => {
    const s = INDICATORS([
      ["产出指标", "数量指标", "A", ">=", 1, "个", 1, 20, null, null],
      ["产出指标", "数量指标", "B", "<=", 1, "个", 1, 20, null, null],
      ["产出指标", "数量指标", "C", "定性", "达成", "", "达成", 20, null, null],
      ["产出指标", "数量指标", "D", null, "≤5", "天", 4, 20, null, null],
      ["产出指标", "数量指标", "E", "大约", 1, "个", 1, 20, null, null],
    ]);
    const { model } = readModel(validWorkbook({ indicators: s }));
    expect(model.indicators!.indicators.map((i) => i.comparison)).toEqual(["≥", "≤", "定性", "≤", undefined]);
  });
  test("published forms' headers: the 10号 form's column tags (A)/(B), 全年实际值, and Chongqing's 年初指标值, 指标权重(分), 指标得分(分)", () => {
    const tagged = sheet("绩效指标", [
      ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值（A）", "全年实际值（B）", "分值", "得分"],
      ["产出指标", "数量指标", "A", "≥", 1, 1, 100, null],
    ]);
    const chongqing = sheet("绩效指标", [
      ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)"],
      ["A", "个", "≥", 1, null, 1, "100%", 100, 100],
    ]);
    for (const s of [tagged, chongqing]) {
      const { model, findings } = readModel(validWorkbook({ indicators: s }));
      expect(findings).toEqual([]);
      const i = model.indicators!.indicators[0];
      expect([i.target.kind, i.actual.kind, i.weight?.toString(), i.enteredScore.kind]).toEqual([
        "number",
        "number",
        "100",
        s === tagged ? "empty" : "number",
      ]);
    }
  });
  test("the 10号 funds block: 全年预算数（A） | 全年执行数（B）, and the 本年财政拨款 row", () => {
    const spending = sheet("支出决算", [
      ["决算支出合计", 20],
      ["基本支出", 0],
      ["项目支出", 20],
      [],
      ["资金情况（万元）", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
      ["年度资金总额：", 20, 20, 10, "100.00%", 10],
      ["其中：本年财政拨款", 20, 20],
    ]);
    const { model } = readModel(validWorkbook({ spending }));
    const funds = model.budgetPicture!.funds;
    expect([funds.adjusted?.total?.cell, funds.adjusted?.fiscal?.cell, funds.final?.fiscal?.value.toString()]).toEqual(["B6", "B7", "20"]);
  });
});

describe("problems and measures", () => {
  test("rows by category, in order", () => {
    const p = sheet("问题与措施", [
      ["类别", "内容"],
      ["问题", "一"],
      ["措施", "甲"],
      ["问题", "二"],
      ["其他", "丙"],
    ]);
    const { model, findings } = readModel(workbook(INFO(), SPENDING(), INDICATORS(), p));
    expect(model.problems.map((x) => x.text)).toEqual(["一", "二"]);
    expect(model.measures).toEqual([{ sheet: "问题与措施", cell: "B3", text: "甲" }]);
    expect(findings).toEqual([expect.objectContaining({ code: "INVALID_VALUE", sheet: "问题与措施", cell: "A5" })]);
  });
});

describe("the table readers", () => {
  test("each is listed under its own key and finds its sheet by any of its names", () => {
    for (const [key, reader] of Object.entries(TABLE_READERS)) {
      expect(reader.key).toBe(key);
      for (const name of SHEETS[key as SheetKey]) {
        expect(reader.find(workbook(sheet("其他", []), sheet(` ${name}`, [])))[0]?.sheet.name).toBe(` ${name}`);
      }
      expect(reader.find(workbook(sheet("其他", [])))[0]).toBeUndefined();
    }
  });

  test("the spending reader reads amounts in the unit it is given, and readModel gives it 基本信息's", () => {
    const s = sheet("支出决算", [
      ["决算支出合计", "25万元"],
      ["基本支出", 5],
      ["项目支出", "200000元"],
    ]);
    const fields = (unit: "元" | "万元") => SPENDING_READER.read(s, { unit }).part.spending.fields;
    expect([fields("万元").total?.value.toString(), fields("万元").project?.value.toString()]).toEqual(["25", "20"]);
    expect([fields("元").total?.value.toString(), fields("元").project?.value.toString()]).toEqual(["250000", "200000"]);
    const info = sheet("基本信息", [
      ["部门名称", "a"],
      ["评价年度", 2020],
      ["金额单位", "元"],
    ]);
    expect(readModel(validWorkbook({ info, spending: s })).model.spending.fields.total?.value.toString()).toBe("250000");
  });

  test("readModel also reads the 评分设置 sheet, and records the name of every sheet it found", () => {
    const settings = sheet("评分设置", [["反向指标计分方式", "比例"]]);
    const read = readModel(workbook(...validWorkbook().sheets, settings));
    expect(read.settings.reverseFormula).toBe("ratio");
    expect(read.model.sheetNames).toEqual({ info: "基本信息", spending: "支出决算", indicators: "绩效指标", settings: "评分设置" });
    expect(readModel(validWorkbook()).settings.reverseFormula).toBe("linear");
  });
});
