import { ExpectedValue, FINDING_CODES, FindingCode, FindingParams, ReconciledCode, finding } from "../../src/core/findings";
import type { Band } from "../../src/core/scoring";
import { readModel } from "../../src/core/reader";
import { Lang, messages, renderFinding, renderMessage } from "../../src/i18n";
import { INFO, SPENDING, workbook } from "../helpers/grid";

const LANGS: Lang[] = ["zh-CN", "en"];
const indicatorA = { name: "A", row: 3 };

/** One parameter set per code, as the domain makes them; the type makes it cover every code. */
const SAMPLES: { [C in FindingCode]: FindingParams[C] } = {
  MISSING_SHEET: { sheet: "Indicators", aliases: ["Scores", "Self-evaluation"] },
  MISSING_FIELD: { field: "Year" },
  MISSING_COLUMN: { column: "Weight" },
  NOT_A_NUMBER: { field: "Other", text: "tbd" },
  INVALID_VALUE: { field: "Unit", text: "USD", expected: "unit" },
  PERCENT_AS_FRACTION: { ...indicatorA, side: "actual", text: "0.96", points: "96" },
  TOTAL_MISMATCH: { sum: "1050.00", total: "1000.00", diff: "50.00" },
  BASIC_MISMATCH: { sum: "500.00", total: "518.31", diff: "18.31" },
  PROJECT_SUM_MISMATCH: { sum: "10.00", total: "12.00", diff: "2.00", column: "Actual", against: "project" },
  SUMMARY_MISMATCH: { sum: "2523.05", total: "2513.05", diff: "10.00", summarySheet: "Summary", summaryCell: "F9" },
  ROUNDING_DIFF: { sum: "2513.05", total: "2513.06", diff: "0.01", of: "TOTAL_MISMATCH" },
  WEIGHT_SUM: { sum: "99.98" },
  DEVIATION_REASON_MISSING: { ...indicatorA, actual: "90", target: "100" },
  OVERACHIEVED_REASON_MISSING: { ...indicatorA, actual: "160", target: "120", ratio: "133.33", threshold: "130" },
  QUALITATIVE_DEFAULT_SCORE: { ...indicatorA, band: "partial", score: "14.00" },
  WORD_ACTUAL: { ...indicatorA, text: "done" },
  ENTERED_SCORE_DIFFERS: { ...indicatorA, old: "8", score: "10.00" },
  EXECUTION_RATE_LOW: { ...indicatorA, rate: "85.00", threshold: "90" },
  MISSING_ACTUAL: indicatorA,
  MISSING_WEIGHT: indicatorA,
  UNKNOWN_COMPARISON: { ...indicatorA, text: "about" },
  QUALITATIVE_SCORE_OUT_OF_BAND: { ...indicatorA, band: "achieved", low: "8.00", high: "10.00", old: "7" },
  FORMULA_CELL_KEPT: { wanted: "93.38", shown: "90" },
  SCORE_COLUMN_ADDED: { column: "K" },
  REPORT_PLACEHOLDER: { what: "Report date" },
  BUDGET_IDENTITY_MISMATCH: { sum: "2401.00", total: "2400.00", diff: "1.00", identity: { kind: "basicProject", stage: "initial" } },
  EXECUTION_RATE_DIFFERS: { ...indicatorA, entered: "90", computed: "95.49", basis: "all", denominator: "adjusted" },
  RATE_DENOMINATOR_FALLBACK: { ...indicatorA, wanted: "adjusted", used: "initial", amount: "1800.00" },
  QUALITATIVE_WORD_UNKNOWN: { ...indicatorA, text: "ongoing" },
  QUALITATIVE_WORD_SCORE_KEPT: { ...indicatorA, text: "ongoing", score: "7.00", band: "partial" },
  COEFFICIENT_DIFFERS: { ...indicatorA, entered: "80", computed: "90.00" },
  MANUAL_SCORE: { ...indicatorA, standard: "by the committee", why: "unrecognised", score: "8.00" },
  STANDARD_UNRECOGNISED: { ...indicatorA, standard: "by the committee", why: "uncovered", score: "8.00" },
  SCORE_OUT_OF_RANGE: { ...indicatorA, old: "12", weight: "10" },
  CATEGORY_WEIGHT_MISMATCH: { ...indicatorA, category: "Output", stated: "50", sum: "45" },
  AMBIGUOUS_TABLE: { kind: "indicators", places: ["A!A1:J2", "B!A2:J3"] },
  HIDDEN_TABLE_IGNORED: { kind: "spending", chosen: "A!A1:B5", others: ["Old!A1:B1"] },
  TABLE_ON_HIDDEN_SHEET: { kind: "funds", sheet: "Old" },
  TABLE_CHOICE_INVALID: { kind: "expenditure", sheet: "C" },
  REPORT_DEFAULT_TEXT: { what: "Self-evaluation work" },
  DIRECTION_UNSTATED: { ...indicatorA, text: "quantitative", score: "2.00" },
};

/** Codes whose English text cites the workbook's Chinese vocabulary outside quotes, on purpose. */
const CITES_WORKBOOK_WORDS = new Set<FindingCode>(["UNKNOWN_COMPARISON", "REPORT_PLACEHOLDER"]);
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

const sample = (code: FindingCode) => finding("warning", code, "Sheet", "B2", SAMPLES[code]);

describe("every finding code has a message in both languages", () => {
  test.each([...FINDING_CODES])("%s", (code) => {
    const [zh, en] = LANGS.map((lang) => renderMessage(sample(code), lang));
    for (const m of [zh, en]) {
      expect(m).not.toMatch(/[{}]|undefined|NaN|\[object /);
      expect(m.length).toBeGreaterThan(5);
    }
    expect(zh).toMatch(CJK);
    expect(en).not.toBe(zh);
    // English words outside the quoted workbook labels: no Chinese passed off as English.
    if (!CITES_WORKBOOK_WORDS.has(code)) expect(en.replace(/“[^”]*”/g, "")).not.toMatch(CJK);
  });

  test("the catalogue holds every code and no other, in both languages", () => {
    for (const lang of LANGS) expect(Object.keys(messages(lang).findings).sort()).toEqual([...FINDING_CODES].sort());
  });

  test("renderFinding keeps the finding's place and severity", () => {
    const f = finding("error", "WEIGHT_SUM", "绩效指标", "H2", { sum: "99.98" });
    expect(renderFinding(f, "en")).toEqual({
      severity: "error",
      code: "WEIGHT_SUM",
      message: "The indicator weights total 99.98; they should total 100",
      sheet: "绩效指标",
      cell: "H2",
    });
  });

  test("a missing sheet, from the workbook to the message", () => {
    const f = readModel(workbook(INFO(), SPENDING())).findings[0];
    expect(renderMessage(f, "zh-CN")).toBe("缺少工作表“绩效指标”（也可命名为：绩效自评表）");
    expect(renderMessage(f, "en")).toBe("Missing sheet “绩效指标” (also accepted: 绩效自评表)");
  });
});

describe("the domain's keys become words in each language", () => {
  const EXPECTED: Record<ExpectedValue, string> = {
    year: "四位年份，如 2020 或 2020年",
    unit: "“万元”或“元”",
    date: "日期，如 2021年4月15日",
    problemOrMeasure: "“问题”或“措施”",
    reverseFormula: "“线性”或“比例”",
    percentage: "百分比，如 90%",
    share: "0% 至 100% 之间的比例",
    qualitativeBand: "达成 / 部分达成 / 未达成（年度指标）",
    completionTime: "完成时间，如 2023年11月",
    wordList: "以顿号或逗号分隔的用语，如 高、好、较好",
    rateDenominator: "“全年预算数”“调整后预算数”或“年初预算数”",
    rateBasis: "“全部资金”或“财政拨款”",
    yesNo: "“是”或“否”",
    scoreDecimals: "1 或 2",
  };
  test("what a value should have been: Chinese as before, English in English, each its own", () => {
    const english = new Set<string>();
    for (const [expected, zh] of Object.entries(EXPECTED) as [ExpectedValue, string][]) {
      const f = finding("error", "INVALID_VALUE", "基本信息", "B3", { field: "评价年度", text: "x", expected });
      expect(renderMessage(f, "zh-CN")).toBe(`“评价年度”的值“x”无法识别，应为${zh}`);
      english.add(renderMessage(f, "en"));
    }
    expect(english.size).toBe(Object.keys(EXPECTED).length);
    const year = finding("error", "INVALID_VALUE", "基本信息", "B3", { field: "评价年度", text: "x", expected: "year" });
    expect(renderMessage(year, "en")).toBe("“评价年度” has an unrecognised value “x”; expected a four-digit year, such as 2020 or 2020年");
  });

  test("the identity a rounding difference belongs to", () => {
    const zh: Record<ReconciledCode, string> = {
      TOTAL_MISMATCH: "基本支出 + 项目支出 + 其他支出 = 决算支出合计",
      BASIC_MISMATCH: "人员支出 + 公用经费 = 基本支出",
      PROJECT_SUM_MISMATCH: "项目表各行之和",
      SUMMARY_MISMATCH: "收入支出决算总表的本年支出合计 = 决算支出合计",
    };
    const en: Record<ReconciledCode, string> = {
      TOTAL_MISMATCH: "basic + project + other = total",
      BASIC_MISMATCH: "personnel + public = basic",
      PROJECT_SUM_MISMATCH: "sum of the project rows",
      SUMMARY_MISMATCH: "the summary table's total = total spending",
    };
    for (const of of Object.keys(zh) as ReconciledCode[]) {
      const f = finding("warning", "ROUNDING_DIFF", "支出决算", "B2", { sum: "1.00", total: "1.01", diff: "0.01", of });
      expect(renderMessage(f, "zh-CN")).toBe(`${zh[of]}：1.00 与 1.01 相差 0.01，属于四舍五入误差，请核对`);
      expect(renderMessage(f, "en")).toBe(`${en[of]}: 1.00 and 1.01 differ by 0.01, a rounding difference; please check`);
    }
  });

  test("what the project rows are checked against", () => {
    const f = (against: "project" | "totalRow") =>
      finding("error", "PROJECT_SUM_MISMATCH", "支出决算", "C12", { sum: "10.00", total: "12.00", diff: "2.00", column: "全年执行数", against });
    expect(renderMessage(f("project"), "zh-CN")).toBe("项目表“全年执行数”列各行之和 10.00，与项目支出 12.00 相差 2.00");
    expect(renderMessage(f("totalRow"), "zh-CN")).toBe("项目表“全年执行数”列各行之和 10.00，与合计行 12.00 相差 2.00");
    expect(renderMessage(f("project"), "en")).toBe(
      "The project rows' “全年执行数” add up to 10.00, which differs from project spending 12.00 by 2.00",
    );
    expect(renderMessage(f("totalRow"), "en")).toBe("The project rows' “全年执行数” add up to 10.00, which differs from the total row 12.00 by 2.00");
  });

  test("qualitative bands", () => {
    const zh: Record<Band, string> = {
      achieved: "达成年度指标",
      partial: "部分达成年度指标并具有一定效果",
      notAchieved: "未达成年度指标且效果较差",
    };
    const en: Record<Band, string> = { achieved: "achieved", partial: "partly achieved", notAchieved: "not achieved" };
    for (const band of Object.keys(zh) as Band[]) {
      const f = finding("warning", "QUALITATIVE_DEFAULT_SCORE", "绩效指标", "I10", { name: "数据共享", row: 10, band, score: "10.00" });
      expect(renderMessage(f, "zh-CN")).toBe(`定性指标“数据共享”（${zh[band]}）未填得分，已按默认给 10.00 分，请确认`);
      expect(renderMessage(f, "en")).toBe(
        `Qualitative indicator “数据共享” (${en[band]}) had no score; the default 10.00 was given, please confirm`,
      );
    }
  });

  test("an indicator without a name is named by its row; an empty cell says so", () => {
    const weight = finding("error", "MISSING_WEIGHT", "绩效指标", "H5", { name: "", row: 5 });
    expect(renderMessage(weight, "zh-CN")).toBe("指标“第5行”缺少分值");
    expect(renderMessage(weight, "en")).toBe("Indicator “row 5” has no weight");
    const comparison = finding("error", "UNKNOWN_COMPARISON", "绩效指标", "D5", { name: "A", row: 5, text: "" });
    expect(renderMessage(comparison, "zh-CN")).toBe("指标“A”的指标性质“（空）”无法识别，应为 ≥ > ≤ < = 或 定性");
    expect(renderMessage(comparison, "en")).toBe("Indicator “A” has an unknown comparison “(empty)”; use ≥ > ≤ < = or 定性");
    const formula = finding("warning", "FORMULA_CELL_KEPT", "绩效指标", "I2", { wanted: "50.00", shown: "" });
    expect(renderMessage(formula, "zh-CN")).toBe("此单元格含公式，未改写：按规则应为“50.00”，公式结果为“（空）”");
    expect(renderMessage(formula, "en")).toBe(
      "This cell holds a formula and was left as it is: the rules give “50.00”, the formula shows “(empty)”",
    );
  });

  test("sheet aliases joined per language, a dash when there are none", () => {
    const f = (aliases: string[]) => finding("error", "MISSING_SHEET", "支出决算", "A1", { sheet: "支出决算", aliases });
    expect(renderMessage(f(["决算表", "支出表"]), "zh-CN")).toBe("缺少工作表“支出决算”（也可命名为：决算表、支出表）");
    expect(renderMessage(f(["决算表", "支出表"]), "en")).toBe("Missing sheet “支出决算” (also accepted: 决算表, 支出表)");
    expect(renderMessage(f([]), "zh-CN")).toBe("缺少工作表“支出决算”（也可命名为：—）");
    expect(renderMessage(f([]), "en")).toBe("Missing sheet “支出决算” (also accepted: —)");
  });
});
