/** The scoring methods of issue #12, each on a small workbook: what is scored, explained and warned. */
import { evaluate } from "../../src/core/evaluate";
import { hasErrors } from "../../src/core/findings";
import { CellValue } from "../../src/core/grid";
import { renderMessage } from "../../src/i18n";
import { HEADER, INFO, SPENDING, sheet, workbook } from "../helpers/grid";

/** Columns: A 一级 … J 偏差原因, K 评分说明, L 评分标准, M 得分系数. */
const H = [...HEADER, "评分说明", "评分标准", "得分系数"];

interface Row {
  name?: string;
  level1?: string;
  level2?: string;
  cmp?: CellValue;
  target?: CellValue;
  unit?: CellValue;
  actual?: CellValue;
  weight?: number;
  score?: CellValue;
  reason?: CellValue;
  standard?: CellValue;
  coefficient?: CellValue;
}

interface Options {
  spending?: CellValue[][];
  settings?: CellValue[][];
  formats?: Record<string, string>;
}

/** Scores the rows, plus a filler row up to 100 points; the first row's result is returned. */
function run(rows: Row[], opts: Options = {}) {
  const total = rows.reduce((acc, r) => acc + (r.weight ?? 0), 0);
  const body = rows.map((r) => [
    r.level1 ?? "产出指标",
    r.level2 ?? "数量指标",
    r.name ?? "A",
    r.cmp ?? null,
    r.target ?? null,
    r.unit ?? null,
    r.actual ?? null,
    r.weight ?? null,
    r.score ?? null,
    r.reason ?? null,
    null,
    r.standard ?? null,
    r.coefficient ?? null,
  ]);
  if (total < 100) body.push(["效益指标", "社会效益指标", "filler", "≥", 1, "个", 1, 100 - total, null, null, null, null, null]);
  const sheets = [INFO(), opts.spending ? sheet("支出决算", opts.spending) : SPENDING(), sheet("绩效指标", [H, ...body], opts.formats)];
  if (opts.settings) sheets.push(sheet("评分设置", opts.settings));
  const e = evaluate(workbook(...sheets));
  const first = e.scoring.scores[0];
  return {
    e,
    score: first.score === null ? null : first.score.toString(),
    explanation: first.explanation,
    method: first.method,
    codes: e.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

describe("qualitative words (§4): an unknown word is a warning, never an error", () => {
  test.each(["高", "好", "是", "健全", "完成", "较好"])("%s is 达成: the default 100 %% of the weight", (word) => {
    const r = run([{ cmp: "定性", target: "健全", actual: word, weight: 10 }]);
    expect(r.score).toBe("10");
    expect(r.codes).toEqual(["QUALITATIVE_DEFAULT_SCORE@I2"]);
  });
  test("an unknown word with no score: left for the user, a warning, total and grade pending, no error", () => {
    const r = run([{ cmp: "定性", target: "建立", actual: "进行中", weight: 10 }]);
    expect(r.score).toBeNull();
    expect(r.codes).toEqual(["QUALITATIVE_WORD_UNKNOWN@G2"]);
    expect(r.explanation).toBe("待确认：定性完成情况“进行中”无法归档，请填写得分或补充定性用语");
    expect(hasErrors(r.e.findings)).toBe(false);
    expect(r.e.scoring.total).toBeNull();
    expect(r.e.scoring.grade).toBeNull();
    expect(r.e.scoring.scores[1].score?.toString()).toBe("90");
  });
  test("an unknown word with a score entered: the score kept, with the band it falls in", () => {
    const r = run([{ cmp: "定性", target: "建立", actual: "进行中", weight: 10, score: 7 }]);
    expect(r.score).toBe("7");
    expect(r.codes).toEqual(["QUALITATIVE_WORD_SCORE_KEPT@G2"]);
    expect(r.e.findings[0].params).toMatchObject({ text: "进行中", score: "7.00", band: "partial" });
    expect(renderMessage(r.e.findings[0], "zh-CN")).toContain("按原填得分 7.00 归入“部分达成年度指标并具有一定效果”");
  });
  test("words added in 评分设置 name their band", () => {
    const settings = [["定性部分达成用语", "进行中、推进中"]];
    const r = run([{ cmp: "定性", target: "建立", actual: "推进中", weight: 10, reason: "r" }], { settings });
    expect(r.score).toBe("7");
    expect(r.codes).toEqual(["QUALITATIVE_DEFAULT_SCORE@I2"]);
  });
});

describe("时效 indicators (§3a)", () => {
  const row = (actual: CellValue, extra: Row = {}): Row => ({
    level2: "时效指标",
    name: "完成时间",
    cmp: "≤",
    target: "2020年12月",
    actual,
    weight: 10,
    ...extra,
  });
  test("on or before the deadline: full marks", () => {
    const r = run([row("2020年11月")]);
    expect(r.score).toBe("10");
    expect(r.method).toBe("deadline");
    expect(r.explanation).toBe("时效：实际2020年11月，不晚于期限2020年12月，得满分10.00");
    expect(run([row("2020-12-31")]).score).toBe("10");
    expect(run([row("12月底")]).score).toBe("10");
  });
  test("late: the default deducts 100 % a month (late scores 0), with the reason warning", () => {
    const r = run([row("2021年2月")]);
    expect(r.score).toBe("0");
    expect(r.codes).toEqual(["DEVIATION_REASON_MISSING@J2"]);
    expect(r.explanation).toBe("时效：实际2021年2月，晚于期限2020年12月 2个月，逾期每月扣分值的100%，得0.00分");
  });
  test("the setting 时效逾期每月扣分比例 20 %: two months late keeps 60 %", () => {
    const settings = [["时效逾期每月扣分比例", "20%"]];
    expect(run([row("2021年2月", { reason: "r" })], { settings }).score).toBe("6");
  });
  test("a deadline written 年底前 with the evaluation year; a date cell as the actual", () => {
    expect(run([row("2020年10月", { cmp: null, target: "年底前" })]).score).toBe("10");
    // 44165 is 2020-11-30.
    expect(run([row(44165)], { formats: { G2: "yyyy-mm-dd" } }).score).toBe("10");
  });
  test("a word for the actual: 按时完成 full marks with a warning, 未完成 0", () => {
    const r = run([row("按时完成")]);
    expect(r.score).toBe("10");
    expect(r.codes).toEqual(["WORD_ACTUAL@G2"]);
    expect(run([row("未完成", { reason: "r" })]).score).toBe("0");
    expect(run([row("进行中")]).codes).toEqual(["INVALID_VALUE@G2"]);
  });
  test("a 评分标准 per month late wins over the setting", () => {
    const r = run([row("2021年2月", { reason: "r", standard: "按时完成得满分，每延迟1个月扣2分" })]);
    expect(r.score).toBe("6");
    expect(r.explanation).toBe("时效：实际2021年2月，晚于期限2020年12月 2个月，每延迟1个月扣2分，得6.00分");
  });
});

describe("时效 rows with a 评分标准 that cannot be applied", () => {
  const late: Row = { level2: "时效指标", name: "完成时间", cmp: "≤", target: "2020年12月", actual: "2021年1月", weight: 10, reason: "r" };
  test("not recognised: the entered score kept as 人工评分; none entered → the setting's rule, with a warning", () => {
    const kept = run([{ ...late, standard: "视进度酌情扣分", score: 6 }]);
    expect([kept.score, kept.method, kept.codes]).toEqual(["6", "manual", ["MANUAL_SCORE@L2"]]);
    const general = run([{ ...late, standard: "视进度酌情扣分" }]);
    expect([general.score, general.method, general.codes]).toEqual(["0", "deadline", ["STANDARD_UNRECOGNISED@L2"]]);
  });
  test("a per-day deduction against dates written without a day", () => {
    const r = run([{ ...late, standard: "每延迟1天扣0.5分", score: 8 }]);
    expect([r.score, r.method]).toEqual(["8", "manual"]);
    expect(r.e.findings[0].params).toMatchObject({ why: "noDay" });
    expect(renderMessage(r.e.findings[0], "zh-CN")).toContain("的评分标准“每延迟1天扣0.5分”按日扣分而完成时间未写到日，保留原填得分 8.00");
    const byDay = run([{ ...late, target: "2020年12月31日", actual: "2021年1月4日", standard: "每延迟1天扣0.5分" }]);
    expect(byDay.score).toBe("8");
  });
});

describe("评分标准 (§3b)", () => {
  const pct = (actual: CellValue, standard: string, extra: Row = {}): Row => ({
    name: "合格率",
    cmp: "≥",
    target: "95%",
    unit: "%",
    actual,
    weight: 10,
    reason: "r",
    standard,
    ...extra,
  });
  test("bands: ≥95%得满分，90%-95%得80%，低于90%不得分", () => {
    const s = "≥95%得满分，90%-95%得80%，低于90%不得分";
    expect(run([pct("96%", s)]).score).toBe("10");
    const r = run([pct("92%", s)]);
    expect(r.score).toBe("8");
    expect(r.method).toBe("standard");
    expect(r.explanation).toBe("按评分标准：实际92%，符合所列情形，得8.00分");
    expect(run([pct("89%", s)]).score).toBe("0");
  });
  test("每降低1个百分点扣1分 from the full-marks bound, never below 0", () => {
    const s = "达到95%得满分，每降低1个百分点扣1分，扣完为止";
    expect(run([pct("92.5%", s)]).score).toBe("7.5");
    expect(run([pct("80%", s)]).score).toBe("0");
  });
  test("not covered by the standard: the entered score kept as 人工评分, listed by a warning", () => {
    const r = run([pct("85%", "≥95%得满分，90%-95%得80%", { score: 5 })]);
    expect(r.score).toBe("5");
    expect(r.method).toBe("manual");
    expect(r.codes).toEqual(["MANUAL_SCORE@L2"]);
    expect(r.explanation).toBe("人工评分：评分标准未涵盖该情形，保留原填得分5.00");
  });
  test("not recognised: the entered score kept; none entered → the general rule with a warning", () => {
    const kept = run([pct("85%", "由评价小组综合评定", { score: 6 })]);
    expect(kept.score).toBe("6");
    expect(kept.explanation).toBe("人工评分：评分标准未能自动识别，保留原填得分6.00");
    const general = run([pct("85%", "由评价小组综合评定")]);
    expect(general.score).toBe("8.95");
    expect(general.codes).toEqual(["STANDARD_UNRECOGNISED@L2"]);
  });
  test("a manual score outside 0 … weight is an error", () => {
    const r = run([pct("85%", "由评价小组综合评定", { score: 12 })]);
    expect(r.score).toBeNull();
    expect(r.codes).toEqual(["SCORE_OUT_OF_RANGE@I2"]);
  });
  test("a qualitative row: 达成得满分，部分达成得60%，未达成不得分", () => {
    const s = "达成得满分，部分达成得60%，未达成不得分";
    expect(run([{ cmp: "定性", target: "健全", actual: "基本健全", weight: 10, reason: "r", standard: s }]).score).toBe("6");
    expect(run([{ cmp: "定性", target: "健全", actual: "否", weight: 10, reason: "r", standard: s }]).score).toBe("0");
  });
});

describe("得分系数 × 权重 (§3c)", () => {
  test("the coefficient is computed and compared with the entered one", () => {
    const r = run([{ cmp: "≥", target: 100, unit: "个", actual: 90, weight: 10, reason: "r", coefficient: 80 }]);
    expect(r.score).toBe("9");
    expect(r.codes).toEqual(["COEFFICIENT_DIFFERS@M2"]);
    expect(r.e.findings[0].params).toMatchObject({ entered: "80", computed: "90.00" });
    expect(run([{ cmp: "≥", target: 100, unit: "个", actual: 90, weight: 10, reason: "r", coefficient: "90%" }]).codes).toEqual([]);
    expect(run([{ cmp: "≥", target: 100, unit: "个", actual: 90, weight: 10, reason: "r", coefficient: 0.9 }]).codes).toEqual([]);
  });
  test("a qualitative row with only a coefficient: coefficient × weight is the entered score", () => {
    const r = run([{ cmp: "定性", target: "健全", actual: "达成", weight: 10, coefficient: "85%" }]);
    expect(r.score).toBe("8.5");
    expect(r.codes).toEqual([]);
  });
});

describe("偏离度调减 (§9, off by default)", () => {
  const over: Row = { cmp: "≥", target: 120, unit: "个", actual: 160, weight: 20, reason: "r" };
  test("off: full marks; on: w × 偏离度 × rate taken off", () => {
    expect(run([over]).score).toBe("20");
    const settings = [
      ["偏离度调减", "是"],
      ["偏离度调减比例", "10%"],
    ];
    const r = run([over], { settings });
    expect(r.score).toBe("19.33");
    expect(r.explanation).toBe("实际160个 ≥ 目标120个，得满分20.00；偏离度33.33%（≥30%），调减 20 × 33.33% × 10% = 0.67，得19.33");
    expect(run([{ ...over, actual: 150 }], { settings }).score).toBe("20");
  });
});

describe("subtotals by 一级指标, the total from them, one-decimal scores", () => {
  test("groups in the order they appear, a stated weight checked, the total their sum", () => {
    const r = run([
      { level1: "产出指标（50分）", cmp: "≥", target: 3, unit: "个", actual: 2, weight: 50, reason: "r" },
      { level1: "效益指标（40分）", cmp: "≥", target: 1, unit: "个", actual: 1, weight: 30 },
      { level1: "满意度指标", cmp: "≥", target: 90, unit: "%", actual: 95, weight: 20 },
    ]);
    expect(r.e.scoring.subtotals.map((s) => [s.name, s.weight.toString(), s.statedWeight?.toString(), s.score?.toString()])).toEqual([
      ["产出指标", "50", "50", "33.33"],
      ["效益指标", "30", "40", "30"],
      ["满意度指标", "20", undefined, "20"],
    ]);
    expect(r.codes).toEqual(["CATEGORY_WEIGHT_MISMATCH@A3"]);
    expect(r.e.scoring.total?.toString()).toBe("83.33");
  });
  test("得分小数位数 1: 97.6分 as the reports write it", () => {
    const settings = [["得分小数位数", 1]];
    const r = run([{ cmp: "≥", target: 3, unit: "个", actual: 2, weight: 10, reason: "r" }], { settings });
    expect(r.score).toBe("6.7");
    expect(r.explanation).toBe("实际2个 < 目标3个，按比例得分 10 × 2 ÷ 3 = 6.7");
    expect(r.e.scoring.decimals).toBe(1);
  });
});

describe("a score never exceeds its weight (defects found by the property test)", () => {
  test("the ratio formula with a target of 0 or below scores 0 above it, as the linear one does (was 2 × w)", () => {
    const settings = [["反向指标计分方式", "比例"]];
    expect(run([{ cmp: "≤", target: -4, unit: "个", actual: -2, weight: 10, reason: "r" }], { settings }).score).toBe("0");
    expect(run([{ cmp: "≤", target: -4, unit: "个", actual: 0, weight: 10, reason: "r" }], { settings }).score).toBe("0");
    expect(run([{ cmp: "≤", target: -4, unit: "个", actual: -5, weight: 10 }], { settings }).score).toBe("10");
  });
  test("a full 18.65 rounded to one decimal is 18.6, not 18.7", () => {
    const settings = [["得分小数位数", 1]];
    expect(run([{ cmp: "≥", target: 1, unit: "个", actual: 1, weight: 18.65 }], { settings }).score).toBe("18.6");
  });
});

test("a 定性 row whose actual is a number is read by its standard's bands", () => {
  const r = run([{ cmp: "定性", target: "95%", unit: "%", actual: "96%", weight: 10, standard: "≥95%得满分，否则不得分" }]);
  expect([r.score, r.method]).toEqual(["10", "standard"]);
});

describe("a target without ≥ or ≤ and no direction in 指标性质 (published Chongqing and Sichuan tables)", () => {
  test("定量指标, a number target and an entered 得分系数: kept as 人工评分, with a warning that names the row", () => {
    const r = run([{ cmp: "定量指标", target: "100%", unit: "%", actual: "72.74%", weight: 2, coefficient: "100%" }]);
    expect([r.score, r.method, r.codes]).toEqual(["2", "manual", ["DIRECTION_UNSTATED@D2"]]);
    expect(r.explanation).toBe("人工评分：未写明指标方向（≥ 或 ≤），保留原填得分2.00");
    expect(renderMessage(r.e.findings[0], "zh-CN")).toBe(
      "指标“A”的指标性质为“定量指标”，年度指标值未写明 ≥ 或 ≤，无法判断正向或反向：保留原填得分 2.00（人工评分），请在指标值前写明 ≥ 或 ≤",
    );
  });
  test("a blank 指标性质 and an entered 得分: the same", () => {
    const r = run([{ target: "20万元", actual: "20万元", weight: 10, score: 10 }]);
    expect([r.score, r.method, r.codes]).toEqual(["10", "manual", ["DIRECTION_UNSTATED@D2"]]);
  });
  test("定量指标 with a sign in front of the target: scored by it", () => {
    const r = run([{ cmp: "定量指标", target: "≤100%", unit: "%", actual: "97%", weight: 2, score: 2 }]);
    expect([r.score, r.method, r.codes]).toEqual(["2", "reverse", []]);
  });
  test("定性指标 is 定性", () => {
    const r = run([{ cmp: "定性指标", target: "高", actual: "高", weight: 3, score: 3 }]);
    expect([r.score, r.method, r.codes]).toEqual(["3", "qualitative", []]);
  });
  test("nothing entered, or a word that is no comparison: still an error that leaves the row unscored", () => {
    expect(run([{ cmp: "定量指标", target: "100%", unit: "%", actual: "97%", weight: 2 }]).codes).toEqual(["UNKNOWN_COMPARISON@D2"]);
    expect(run([{ cmp: "大约", target: 10, unit: "个", actual: 10, weight: 10, score: 10 }]).codes).toEqual(["UNKNOWN_COMPARISON@D2"]);
  });
  test("an entered score outside 0 … weight is an error", () => {
    const r = run([{ cmp: "定量指标", target: 100, unit: "%", actual: 97, weight: 2, score: 3 }]);
    expect([r.score, r.codes]).toEqual([null, ["SCORE_OUT_OF_RANGE@I2"]]);
  });
});
