/** The scoring methods' findings (#12) in words: Chinese as the scoring work wrote them, English of its own. */
import { BudgetIdentity, Finding, finding } from "../../src/core/findings";
import { renderMessage } from "../../src/i18n";

const A = { name: "数据共享", row: 10 };
const both = (f: Finding) => [renderMessage(f, "zh-CN"), renderMessage(f, "en")];

describe("the budget picture's identities", () => {
  const CASES: [BudgetIdentity, string, string][] = [
    [{ kind: "basicProject", stage: "initial" }, "年初预算数：基本支出 + 项目支出 = 合计", "initial budget: basic + project = total"],
    [
      { kind: "fiscalOther", stage: "adjusted" },
      "全年预算数：财政拨款 + 其他资金 = 合计",
      "full-year budget: fiscal + other funds = total",
    ],
    [
      { kind: "vehicleParts", column: "budget" },
      "三公经费预算数：购置费 + 运行费 = 公务用车购置及运行费",
      "official costs, budget: vehicle purchase + vehicle running = official vehicles",
    ],
    [
      { kind: "threeCosts", column: "final" },
      "三公经费决算数：因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 = 合计",
      "official costs, final accounts: travel abroad + official vehicles + official reception = total",
    ],
    [{ kind: "income" }, "财政拨款收入 + 其他收入 = 收入合计", "fiscal + other income = total income"],
    [
      { kind: "labelled", stage: "adjusted", line: "total", label: "全年预算数" },
      "全年预算数·合计 = 全年预算数",
      "funds table, full-year budget, total = “全年预算数”",
    ],
  ];
  test.each(CASES)("%j", (identity, zh, en) => {
    const sides = { sum: "2401.00", total: "2400.00", diff: "1.00" };
    expect(both(finding("error", "BUDGET_IDENTITY_MISMATCH", "支出决算", "B8", { ...sides, identity }))).toEqual([
      `${zh}：2401.00 与 2400.00 相差 1.00`,
      `${en}: 2401.00 and 2400.00 differ by 1.00`,
    ]);
    const rounding = finding("warning", "ROUNDING_DIFF", "支出决算", "B8", { ...sides, of: "BUDGET_IDENTITY_MISMATCH", identity });
    expect(both(rounding)).toEqual([
      `${zh}：2401.00 与 2400.00 相差 1.00，属于四舍五入误差，请核对`,
      `${en}: 2401.00 and 2400.00 differ by 1.00, a rounding difference; please check`,
    ]);
  });
});

describe("the execution rate", () => {
  test("an entered rate against the computed one, by the rule's formula", () => {
    const f = (basis: "all" | "fiscal", denominator: "adjusted" | "initial") =>
      finding("warning", "EXECUTION_RATE_DIFFERS", "绩效指标", "G2", { ...A, entered: "90", computed: "95.49", basis, denominator });
    expect(both(f("all", "adjusted"))).toEqual([
      "填报的预算执行率 90% 与按“决算支出合计 ÷ 全年预算数”计算的 95.49% 不一致，已按填报值计分，请核对",
      "The entered execution rate 90% differs from 95.49% computed as final accounts ÷ full-year budget; the entered rate was scored, please check",
    ]);
    expect(both(f("fiscal", "initial"))).toEqual([
      "填报的预算执行率 90% 与按“财政拨款决算数 ÷ 财政拨款年初预算数”计算的 95.49% 不一致，已按填报值计分，请核对",
      "The entered execution rate 90% differs from 95.49% computed as fiscal final accounts ÷ initial budget; the entered rate was scored, please check",
    ]);
  });
  test("the other budget divided by", () => {
    const f = finding("warning", "RATE_DENOMINATOR_FALLBACK", "支出决算", "B4", {
      ...A,
      wanted: "adjusted",
      used: "initial",
      amount: "1800.00",
    });
    expect(both(f)).toEqual([
      "未填全年预算数，预算执行率改以年初预算数 1800.00 为分母；如确应如此，请在评分设置中将“执行率分母”设为“年初预算数”",
      "No full-year budget was given, so the execution rate divides by the initial budget 1800.00; if that is meant, set “执行率分母” to “年初预算数” in “评分设置”",
    ]);
  });
});

describe("qualitative words, coefficients, standards and subtotals", () => {
  test("a word that names no band", () => {
    expect(both(finding("warning", "QUALITATIVE_WORD_UNKNOWN", "绩效指标", "G10", { ...A, text: "进行中" }))).toEqual([
      "定性指标“数据共享”的实际完成值“进行中”无法归入达成、部分达成或未达成，暂不计分；请填写得分，或在评分设置中补充定性用语",
      "Qualitative indicator “数据共享”: “进行中” is not a known achievement word, so it is left unscored; enter its score or add the word in “评分设置”",
    ]);
    const kept = finding("warning", "QUALITATIVE_WORD_SCORE_KEPT", "绩效指标", "G10", {
      ...A,
      text: "进行中",
      score: "7.00",
      band: "partial",
    });
    expect(both(kept)).toEqual([
      "定性指标“数据共享”的实际完成值“进行中”无法识别，按原填得分 7.00 归入“部分达成年度指标并具有一定效果”，请确认",
      "Qualitative indicator “数据共享”: “进行中” is not a known achievement word; the entered score 7.00 was kept, which falls in “partly achieved”; please confirm",
    ]);
  });
  test("得分系数, and a score outside 0 … weight", () => {
    expect(both(finding("warning", "COEFFICIENT_DIFFERS", "绩效指标", "J10", { ...A, entered: "80", computed: "90.00" }))).toEqual([
      "指标“数据共享”填报的得分系数 80% 与按规则计算的 90.00% 不一致，已按规则计分",
      "Indicator “数据共享” has the score coefficient 80% entered; the rules give 90.00%, which was scored",
    ]);
    expect(both(finding("error", "SCORE_OUT_OF_RANGE", "绩效指标", "I10", { ...A, old: "12", weight: "10" }))).toEqual([
      "指标“数据共享”原填得分 12 不在 0 至分值 10 之间",
      "Indicator “数据共享” has the score 12 entered, outside 0 to its weight 10",
    ]);
  });
  test("a 评分标准 that cannot score its row: each reason in each language", () => {
    const standard = "视进度酌情扣分";
    const why = { unrecognised: ["未能自动识别", "was not recognised"], uncovered: ["未涵盖该情形", "does not cover this case"] };
    for (const [key, [zh, en]] of Object.entries(why) as [keyof typeof why, string[]][]) {
      expect(both(finding("warning", "MANUAL_SCORE", "绩效指标", "L10", { ...A, standard, why: key, score: "6.00" }))).toEqual([
        `指标“数据共享”的评分标准“视进度酌情扣分”${zh}，保留原填得分 6.00（人工评分），请核对`,
        `Indicator “数据共享”: its scoring standard “视进度酌情扣分” ${en}; the entered score 6.00 was kept (scored by hand), please check`,
      ]);
    }
    const noDay = finding("warning", "STANDARD_UNRECOGNISED", "绩效指标", "L10", { ...A, standard, why: "noDay", score: "0.00" });
    expect(both(noDay)).toEqual([
      "指标“数据共享”的评分标准“视进度酌情扣分”按日扣分而完成时间未写到日，且未填得分，已按通用规则计 0.00 分，请核对",
      "Indicator “数据共享”: its scoring standard “视进度酌情扣分” deducts per day but the dates have no day and no score was entered; the general rule gave 0.00, please check",
    ]);
  });
  test("a 一级指标's stated weight", () => {
    const f = finding("warning", "CATEGORY_WEIGHT_MISMATCH", "绩效指标", "A3", { ...A, category: "产出指标", stated: "50", sum: "45" });
    expect(both(f)).toEqual([
      "一级指标“产出指标”标明 50 分，其下各指标分值合计为 45",
      "The level-1 indicator “产出指标” states 50 points, but its indicators' weights total 45",
    ]);
  });
});
