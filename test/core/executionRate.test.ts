/** The 预算执行率 row as the forms define it (scoring-rules.md §5). */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { readModel } from "../../src/core/reader";
import { rateRuleFromText } from "../../src/core/budgetPicture";
import { scoreModel } from "../../src/core/scoring";
import { renderMessage } from "../../src/i18n";
import { HEADER, INFO, sheet, workbook } from "../helpers/grid";

const LABELS: CellValue[][] = [
  ["决算支出合计", 1623.3],
  ["基本支出", 600],
  ["项目支出", 1023.3],
];

function grid(spending: CellValue[][], actual: CellValue = null, settings?: CellValue[][], reason: CellValue = "r") {
  const rows = [
    HEADER,
    ["预算执行率", null, "预算执行率", "≥", "100%", "%", actual, 10, null, reason],
    ["产出指标", "数量指标", "A", "≥", 1, "个", 1, 90, null, null],
  ];
  const sheets = [INFO(), sheet("支出决算", spending), sheet("绩效指标", rows)];
  if (settings) sheets.push(sheet("评分设置", settings));
  return workbook(...sheets);
}

function run(spending: CellValue[][], actual: CellValue = null, settings?: CellValue[][]) {
  const e = evaluate(grid(spending, actual, settings));
  const s = e.scoring.scores[0];
  return {
    e,
    score: s.score?.toString() ?? null,
    explanation: s.explanation,
    rate: e.scoring.executionRate,
    codes: e.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

describe("the denominator, the basis and the cap", () => {
  const both = [...LABELS, ["全年预算数", 1500], ["年初预算数", 1600]];
  test("over 100 %: the score is capped and the rate still shown (108.22%)", () => {
    const r = run(both);
    expect(r.score).toBe("10");
    expect(r.explanation).toBe(
      "预算执行率 = 决算支出合计1623.30 ÷ 全年预算数1500.00 = 108.22%，超过100%按100%计，得分 10 × 100.00% = 10.00",
    );
    expect(r.rate).toMatchObject({ source: "computed", basis: "all", denominator: "adjusted", ruleFrom: "settings" });
    expect(r.rate?.value.toFixed(2)).toBe("108.22");
    expect(r.rate?.budget?.cell).toBe("B4");
  });
  test("执行率分母 年初预算数", () => {
    const r = run(both, null, [["执行率分母", "年初预算数"]]);
    expect(r.explanation).toBe(
      "预算执行率 = 决算支出合计1623.30 ÷ 年初预算数1600.00 = 101.46%，超过100%按100%计，得分 10 × 100.00% = 10.00",
    );
    expect(r.rate).toMatchObject({ denominator: "initial" });
  });
  test("the chosen budget absent: the other one, with a warning on its cell (the town's 年初预算数 table)", () => {
    const r = run([...LABELS, ["年初预算数", 1800]]);
    expect(r.score).toBe("9.02");
    expect(r.codes).toEqual(["RATE_DENOMINATOR_FALLBACK@B4"]);
    expect(r.e.findings[0]).toMatchObject({ sheet: "支出决算", params: { wanted: "adjusted", used: "initial", amount: "1800.00" } });
    expect(renderMessage(r.e.findings[0], "zh-CN")).toBe(
      "未填全年预算数，预算执行率改以年初预算数 1800.00 为分母；如确应如此，请在评分设置中将“执行率分母”设为“年初预算数”",
    );
    expect(r.rate).toMatchObject({ denominator: "initial" });
  });
  test("neither budget: MISSING_ACTUAL, as before", () => {
    const r = run(LABELS);
    expect(r.score).toBeNull();
    expect(r.codes).toEqual(["MISSING_ACTUAL@G2"]);
  });
  test("执行率口径 财政拨款: the funds table's 财政拨款 row", () => {
    const spending = [
      ...LABELS,
      [],
      ["预算执行情况", "年初预算数", "全年预算数", "决算数"],
      ["合计", 1600, 1700, 1623.3],
      ["财政拨款", 1500, 1600, 1488],
      ["其他资金", 100, 100, 135.3],
    ];
    const r = run(spending, null, [["执行率口径", "财政拨款"]]);
    expect(r.explanation).toBe(
      "预算执行率（财政拨款） = 财政拨款决算数1488.00 ÷ 财政拨款全年预算数1600.00 = 93.00%，得分 10 × 93.00% = 9.30",
    );
    expect(r.rate).toMatchObject({ basis: "fiscal" });
    expect(r.rate?.numerator?.cell).toBe("D7");
  });
});

describe("an entered rate", () => {
  const budget = [...LABELS, ["全年预算数", 1700]];
  test("is scored as entered; one differing from the computed by more than the tolerance is a warning naming both", () => {
    const r = run(budget, "90%");
    expect(r.score).toBe("9");
    expect(r.codes).toEqual(["EXECUTION_RATE_DIFFERS@G2"]);
    expect(r.e.findings[0].params).toMatchObject({ entered: "90", computed: "95.49", basis: "all", denominator: "adjusted" });
    expect(renderMessage(r.e.findings[0], "zh-CN")).toBe(
      "填报的预算执行率 90% 与按“决算支出合计 ÷ 全年预算数”计算的 95.49% 不一致，已按填报值计分，请核对",
    );
    expect(r.rate).toMatchObject({ source: "entered" });
    expect(r.rate?.computed?.toFixed(2)).toBe("95.49");
  });
  test("agrees within 0.01, or as rounded where it was written with fewer places", () => {
    expect(run(budget, "95.49%").codes).toEqual([]);
    expect(run(budget, "95.5%").codes).toEqual([]);
    expect(run(budget, "95%").codes).toEqual([]);
    expect(run(budget, "95.4%").codes).toEqual(["EXECUTION_RATE_DIFFERS@G2"]);
  });
});

describe("a form's own formula wins over 评分设置", () => {
  test("rateRuleFromText reads the denominator and the basis", () => {
    expect(rateRuleFromText("预算执行率=预算执行数/调整后预算数")).toEqual({ denominator: "adjusted" });
    expect(rateRuleFromText("执行率=全年执行数（B）÷年初预算数（A）")).toEqual({ denominator: "initial" });
    expect(rateRuleFromText("财政拨款执行数/财政拨款年初预算数")).toEqual({ denominator: "initial", basis: "fiscal" });
    expect(rateRuleFromText("执行率*该指标分值，最高不得超过分值上限")).toEqual({});
  });
  test("a rateRule in the budget picture (as a form reader sets it) decides the denominator", () => {
    const { model, settings } = readModel(grid([...LABELS, ["全年预算数", 1500], ["年初预算数", 1800]]));
    model.budgetPicture!.rateRule = { sheet: "支出决算", cell: "A9", text: "执行率=全年执行数÷年初预算数", denominator: "initial" };
    const r = scoreModel(model, settings);
    expect(r.scores[0].score?.toString()).toBe("9.02");
    expect(r.executionRate).toMatchObject({ denominator: "initial", ruleFrom: "form" });
  });
});
