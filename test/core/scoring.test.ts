import { dec } from "../../src/core/decimal";
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { bandOf, gradeOf } from "../../src/core/scoring";
import { HEADER, INFO, sheet, validWorkbook, workbook } from "../helpers/grid";

const H = [...HEADER, "评分说明"];

/** Scores indicator rows [name, comparison, target, unit, actual, weight, score?, reason?] plus a filler to 100. */
function run(rows: CellValue[][], opts: { spending?: CellValue[][]; settings?: CellValue[][]; formats?: Record<string, string> } = {}) {
  const total = rows.reduce((acc, r) => acc + (typeof r[5] === "number" ? (r[5] as number) : 0), 0);
  const body = rows.map((r) => ["产出指标", "数量指标", r[0], r[1], r[2], r[3], r[4], r[5], r[6] ?? null, r[7] ?? null, null]);
  if (total < 100) body.push(["产出指标", "数量指标", "filler", "≥", 1, "个", 1, 100 - total, null, null, null]);
  const sheets = [
    ...validWorkbook({
      indicators: sheet("绩效指标", [H, ...body], opts.formats),
      ...(opts.spending ? { spending: sheet("支出决算", opts.spending) } : {}),
    }).sheets,
  ];
  if (opts.settings) sheets.push(sheet("评分设置", opts.settings));
  const e = evaluate(workbook(...sheets));
  const first = e.scoring.scores[0];
  return {
    e,
    score: first.score === null ? null : first.score.toFixed(2),
    explanation: first.explanation,
    codes: e.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

describe("positive (≥ >) and equal (=) indicators", () => {
  test("exactly at the target: full marks, no warning", () => {
    const r = run([["A", "≥", 120, "个", 120, 20]]);
    expect(r.score).toBe("20.00");
    expect(r.codes).toEqual([]);
    expect(r.explanation).toBe("实际120个 ≥ 目标120个，得满分20.00");
  });
  test("above the target: full marks; the seed's 160 against 120", () => {
    expect(run([["A", "≥", 120, "个", 160, 20, null, "reason"]]).score).toBe("20.00");
  });
  test("below: proportional, rounded half up to 2 decimals, with a warning when no reason is given", () => {
    const r = run([["A", "≥", 120, "个", 96, 10]]);
    expect(r.score).toBe("8.00");
    expect(r.codes).toEqual(["DEVIATION_REASON_MISSING@J2"]);
    expect(run([["A", "≥", 3, "个", 2, 10, null, "原因"]]).score).toBe("6.67");
    expect(run([["A", ">", 3, "个", 2, 10, null, "原因"]]).score).toBe("6.67");
    expect(run([["A", "=", 8, "个", 1, 10, null, "原因"]]).score).toBe("1.25");
  });
  test("= is not penalised for going over", () => {
    expect(run([["A", "=", "100%", "%", "100%", 5]]).score).toBe("5.00");
    expect(run([["A", "=", 10, "个", 12, 5]]).score).toBe("5.00");
  });
  test("a negative actual counts as 0; a zero target gives full marks for any actual ≥ 0", () => {
    expect(run([["A", "≥", 10, "个", -5, 10, null, "r"]]).score).toBe("0.00");
    expect(run([["A", "≥", 0, "个", 0, 10]]).score).toBe("10.00");
  });
  test("over-achievement at 130% of the target needs a reason; 129.99% does not", () => {
    expect(run([["A", "≥", 100, "个", 130, 10]]).codes).toEqual(["OVERACHIEVED_REASON_MISSING@J2"]);
    expect(run([["A", "≥", 100, "个", 129.99, 10]]).codes).toEqual([]);
    expect(run([["A", "≥", 100, "个", 130, 10, null, "说明"]]).codes).toEqual([]);
  });
});

describe("reverse (≤ <) indicators", () => {
  test("linear by default: full at t, proportional between, zero at 2t", () => {
    expect(run([["C", "≤", 40, "万元", 40, 10]]).score).toBe("10.00");
    expect(run([["C", "≤", 40, "万元", 30, 10]]).score).toBe("10.00");
    expect(run([["C", "≤", 40, "万元", 44, 10, null, "r"]]).score).toBe("9.00");
    expect(run([["C", "<", 40, "万元", 79.99, 10, null, "r"]]).score).toBe("0.00");
    expect(run([["C", "≤", 40, "万元", 70, 10, null, "r"]]).score).toBe("2.50");
    expect(run([["C", "≤", 40, "万元", 80, 10, null, "r"]]).score).toBe("0.00");
    expect(run([["C", "≤", 40, "万元", 120, 10, null, "r"]]).score).toBe("0.00");
    expect(run([["C", "≤", 40, "万元", 44, 10]]).codes).toEqual(["DEVIATION_REASON_MISSING@J2"]);
  });
  test("the ratio formula w × t / a as a setting", () => {
    const settings = [["反向指标计分方式", "比例"]];
    expect(run([["C", "≤", 40, "万元", 44, 10, null, "r"]], { settings }).score).toBe("9.09");
    expect(run([["C", "≤", 40, "万元", 80, 10, null, "r"]], { settings }).score).toBe("5.00");
    expect(run([["C", "≤", 40, "万元", 40, 10]], { settings }).score).toBe("10.00");
  });
});

describe("percentages are compared as the same quantity", () => {
  test("'95%' text, a %-formatted 0.95, and 95 with unit % agree", () => {
    expect(run([["P", "≥", "95%", "%", 95, 10]]).score).toBe("10.00");
    expect(run([["P", "≥", 0.95, "%", "95%", 10]], { formats: { E2: "0%" } }).score).toBe("10.00");
    expect(run([["P", "≥", 95, "%", 0.9, 10, null, "r"]], { formats: { G2: "0%" } }).score).toBe("9.47");
    expect(run([["P", "≥", "95%", "%", 0.9, 10, null, "r"]]).score).toBe("9.47");
  });
});

describe("word actuals on quantitative rows", () => {
  test.each(["完成", "已完成", "达成"])("%s counts as achieved, with a warning", (word) => {
    const r = run([["A", "≥", 10, "个", word, 10]]);
    expect(r.score).toBe("10.00");
    expect(r.codes).toEqual(["WORD_ACTUAL@G2"]);
  });
  test("other words are not a number: an error, unscored", () => {
    const r = run([["A", "≥", 10, "个", "很多", 10]]);
    expect(r.score).toBeNull();
    expect(r.codes).toEqual(["NOT_A_NUMBER@G2"]);
  });
});

describe("qualitative (定性) bands", () => {
  test("bands from full and short forms", () => {
    expect(bandOf("达成年度指标")).toBe("achieved");
    expect(bandOf("达成")).toBe("achieved");
    expect(bandOf("部分达成年度指标并具有一定效果")).toBe("partial");
    expect(bandOf("部分达成")).toBe("partial");
    expect(bandOf("未达成年度指标且效果较差")).toBe("notAchieved");
    expect(bandOf("未达成")).toBe("notAchieved");
    expect(bandOf("不知道")).toBeUndefined();
  });
  test("a score entered inside the band is kept; 79.99% is outside 达成, 80% inside", () => {
    expect(run([["Q", "定性", "建立", null, "达成", 10, 8]]).score).toBe("8.00");
    expect(run([["Q", "定性", "建立", null, "达成", 10, 10]]).score).toBe("10.00");
    const out = run([["Q", "定性", "建立", null, "达成", 10, 7.999]]);
    expect(out.score).toBeNull();
    expect(out.codes).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND@I2"]);
    expect(run([["Q", "定性", "建立", null, "达成", 10, 10.01]]).codes).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND@I2"]);
  });
  test("部分达成: 60% inclusive to 80% exclusive", () => {
    expect(run([["Q", "定性", "x", null, "部分达成", 10, 6, "r"]]).score).toBe("6.00");
    // Kept; rounded to 2 decimals without leaving the band (half up would give 8.00, outside it).
    expect(run([["Q", "定性", "x", null, "部分达成", 10, 7.999, "r"]]).score).toBe("7.99");
    expect(run([["Q", "定性", "x", null, "部分达成", 10, 8, "r"]]).codes).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND@I2"]);
    expect(run([["Q", "定性", "x", null, "部分达成", 10, 5.99, "r"]]).codes).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND@I2"]);
  });
  test("未达成: 0 to 60% exclusive", () => {
    expect(run([["Q", "定性", "x", null, "未达成", 10, 0, "r"]]).score).toBe("0.00");
    expect(run([["Q", "定性", "x", null, "未达成", 10, 6, "r"]]).codes).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND@I2"]);
  });
  test("no score entered: the default share of the weight, with a warning", () => {
    const a = run([["Q", "定性", "x", null, "达成", 10]]);
    expect(a.score).toBe("10.00");
    expect(a.codes).toEqual(["QUALITATIVE_DEFAULT_SCORE@I2"]);
    expect(run([["Q", "定性", "x", null, "部分达成", 10, null, "r"]]).score).toBe("7.00");
    expect(run([["Q", "定性", "x", null, "未达成", 10, null, "r"]]).score).toBe("3.00");
    const settings = [["定性部分达成默认得分比例", "75%"]];
    expect(run([["Q", "定性", "x", null, "部分达成", 10, null, "r"]], { settings }).score).toBe("7.50");
  });
});

describe("预算执行率", () => {
  const spending = (total: number, budget: number) => [
    ["决算支出合计", total],
    ["基本支出", total / 2],
    ["项目支出", total / 2],
    ["全年预算数", budget],
  ];
  test("blank actual: rate = 决算支出合计 / 全年预算数, score = weight × min(rate, 100%)", () => {
    const r = run([["预算执行率", "≥", "100%", "%", null, 10]], { spending: spending(1500, 1600) });
    expect(r.score).toBe("9.38");
    expect(r.explanation).toBe("预算执行率 = 决算支出合计1500.00 ÷ 全年预算数1600.00 = 93.75%，得分 10 × 93.75% = 9.38");
    expect(run([["预算执行率", "≥", "100%", "%", null, 10]], { spending: spending(1700, 1600) }).score).toBe("10.00");
  });
  test("an entered rate is used; 76% with weight 10 scores 7.6", () => {
    expect(run([["预算执行率", "≥", "100%", "%", "76%", 10, null, "疫情"]]).score).toBe("7.60");
    expect(run([["预算执行率", "≥", "100%", "%", 0.76, 10, null, "疫情"]]).score).toBe("7.60");
  });
  test("below 90% without a reason warns; 90% does not", () => {
    expect(run([["预算执行率", "≥", "100%", "%", "89.99%", 10]]).codes).toEqual(["EXECUTION_RATE_LOW@J2"]);
    expect(run([["预算执行率", "≥", "100%", "%", "90%", 10]]).codes).toEqual([]);
    const settings = [["预算执行率说明阈值", "95%"]];
    expect(run([["预算执行率", "≥", "100%", "%", "92%", 10]], { settings }).codes).toEqual(["EXECUTION_RATE_LOW@J2"]);
  });
  test("blank actual and no budget: MISSING_ACTUAL", () => {
    const r = run([["预算执行率", "≥", "100%", "%", null, 10]]);
    expect(r.score).toBeNull();
    expect(r.codes).toEqual(["MISSING_ACTUAL@G2"]);
  });
});

describe("errors leave an indicator unscored and withhold the grade", () => {
  test("MISSING_ACTUAL, MISSING_WEIGHT, UNKNOWN_COMPARISON", () => {
    expect(run([["A", "≥", 10, "个", null, 10]]).codes).toEqual(["MISSING_ACTUAL@G2"]);
    const w = run([["A", "≥", 10, "个", 10, null]]);
    expect(w.codes).toEqual(["MISSING_WEIGHT@H2"]);
    const c = run([["A", "大约", 10, "个", 10, 10]]);
    expect(c.codes).toEqual(["UNKNOWN_COMPARISON@D2"]);
    expect(c.e.scoring.grade).toBeNull();
    expect(c.e.scoring.total).toBeNull();
    // The other indicators are still scored.
    expect(c.e.scoring.scores[1].score?.toFixed(2)).toBe("90.00");
  });
  test("ENTERED_SCORE_DIFFERS keeps the old score in the message and the rule's score is used", () => {
    const r = run([["A", "≥", 10, "个", 10, 10, 8]]);
    expect(r.score).toBe("10.00");
    expect(r.codes).toEqual(["ENTERED_SCORE_DIFFERS@I2"]);
    expect(r.e.findings[0].params).toMatchObject({ old: "8", score: "10.00" });
    expect(run([["A", "≥", 10, "个", 10, 10, 9.995]]).codes).toEqual([]);
  });
});

describe("total and grade", () => {
  test.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
  ])("%s is %s", (t, g) => expect(gradeOf(dec(t))).toBe(g));

  test("the total is the sum of the rounded scores", () => {
    const r = run([
      ["A", "≥", 3, "个", 2, 50, null, "r"], // 33.333… → 33.33
      ["B", "≥", 3, "个", 2, 50, null, "r"], // 33.33
    ]);
    expect(r.e.scoring.total?.toFixed(2)).toBe("66.66");
    expect(r.e.scoring.grade).toBe("中");
  });
  test("the grade is withheld when the weights do not total 100", () => {
    const e = evaluate(
      validWorkbook({ indicators: sheet("绩效指标", [H, ["产出指标", "数量指标", "A", "≥", 1, "个", 1, 90, null, null, null]]) }),
    );
    expect(e.scoring.total?.toFixed(2)).toBe("90.00");
    expect(e.scoring.grade).toBeNull();
  });
});

describe("settings sheet", () => {
  test("bad values are findings on their cell and keep the default", () => {
    const e = evaluate(
      workbook(
        INFO(),
        ...validWorkbook().sheets.slice(1),
        sheet("评分设置", [
          ["反向指标计分方式", "随便"],
          ["超额完成说明阈值", "abc"],
        ]),
      ),
    );
    const onSettings = e.findings.filter((f) => f.sheet === "评分设置");
    expect(onSettings.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual(["INVALID_VALUE@评分设置!B1", "INVALID_VALUE@评分设置!B2"]);
    expect(e.settings.reverseFormula).toBe("linear");
    expect(e.settings.overachievementPercent.toString()).toBe("130");
  });
});
