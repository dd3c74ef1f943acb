/**
 * Scores the indicator table by docs/scoring-rules.md §3–§6: positive, equal and reverse quantitative rules,
 * qualitative bands, the budget execution rate, the total and the grade. Pure and exact (decimals).
 */
import { Decimal, HUNDRED, ZERO, dec, executionRate, fixed, minDec, round2, roundDown, sum, withinTolerance } from "./numbers";
import { Finding, FindingCode } from "./findings";
import { BudgetModel, Indicator, IndicatorTable } from "./model";
import { Comparison } from "./parse";
import { ScoringSettings } from "./settings";
import { normalizeLabel } from "./text";

export type Grade = "优" | "良" | "中" | "差";

export interface IndicatorScore {
  indicator: Indicator;
  /** Rounded to 2 decimals; null when an error leaves the indicator unscored. */
  score: Decimal | null;
  /** One line for the 评分说明 cell. */
  explanation: string;
  /** The execution rate in percent, for the 预算执行率 row. */
  rate?: Decimal;
}

export interface ScoreResult {
  scores: IndicatorScore[];
  /** Sum of the scores; null when any indicator is unscored. */
  total: Decimal | null;
  /** Withheld (null) when any indicator is unscored or the weights do not total 100. */
  grade: Grade | null;
  findings: Finding[];
}

/** ≥90 优, ≥80 良, ≥60 中, else 差 (so 89.99 is 良). */
export function gradeOf(total: Decimal): Grade {
  if (total.gte(90)) return "优";
  if (total.gte(80)) return "良";
  if (total.gte(60)) return "中";
  return "差";
}

export { round2 };

/** Ends the explanation of a qualitative default score until the accountant confirms or changes it. */
export const UNCONFIRMED = "（请确认）";

const ACHIEVED_WORDS = ["完成", "已完成", "全部完成", "达成", "已达成", "实现", "已实现"];

export type Band = "achieved" | "partial" | "notAchieved";

const BAND_NAMES: Record<Band, string> = {
  achieved: "达成年度指标",
  partial: "部分达成年度指标并具有一定效果",
  notAchieved: "未达成年度指标且效果较差",
};

/** Lower (inclusive) and upper bounds of each band as shares of the weight; the top band includes 100 %. */
const BANDS: Record<Band, [Decimal, Decimal]> = {
  achieved: [dec("0.8"), dec(1)],
  partial: [dec("0.6"), dec("0.8")],
  notAchieved: [ZERO, dec("0.6")],
};

/** The qualitative band of an actual text; 未达成 and 部分达成 are tested before 达成, which both contain. */
export function bandOf(text: string): Band | undefined {
  const t = normalizeLabel(text);
  if (!t) return undefined;
  if (t.startsWith("未达成") || t.startsWith("未完成")) return "notAchieved";
  if (t.startsWith("部分达成") || t.startsWith("部分完成") || t.startsWith("基本达成")) return "partial";
  if (t.startsWith("达成") || t.startsWith("已达成") || ACHIEVED_WORDS.includes(t)) return "achieved";
  return undefined;
}

function show(d: Decimal): string {
  return d.toString();
}

function withUnit(d: Decimal, unit: string): string {
  return `${show(d)}${unit}`;
}

class Scorer {
  readonly findings: Finding[] = [];

  constructor(
    private readonly model: BudgetModel,
    private readonly table: IndicatorTable,
    private readonly settings: ScoringSettings,
  ) {}

  private add(severity: Finding["severity"], code: FindingCode, cell: string | undefined, i: Indicator, params: Finding["params"] = {}) {
    this.findings.push({
      severity,
      code,
      sheet: i.sheet ?? this.table.sheet,
      cell: cell ?? i.cells.name ?? i.cells.weight!,
      params: { name: i.name || `第${i.row + 1}行`, ...params },
    });
  }

  private unscored(i: Indicator, code: FindingCode, cell: string | undefined, params: Finding["params"], reason: string): IndicatorScore {
    this.add("error", code, cell, i, params);
    return { indicator: i, score: null, explanation: `未计分：${reason}` };
  }

  score(i: Indicator): IndicatorScore {
    if (i.weight === undefined) {
      // A non-numeric weight was already reported as NOT_A_NUMBER by the reader.
      if (i.weightInvalid) return { indicator: i, score: null, explanation: "未计分：分值不是数字" };
      return this.unscored(i, "MISSING_WEIGHT", i.cells.weight, {}, "缺少分值");
    }
    const w = i.weight;
    let result: IndicatorScore;
    if (i.isExecutionRate) result = this.executionRate(i, w);
    else if (i.comparison === undefined) {
      return this.unscored(
        i,
        "UNKNOWN_COMPARISON",
        i.cells.comparison ?? i.cells.target,
        { text: i.comparisonText || "（空）" },
        "指标性质无法识别",
      );
    } else if (i.comparison === "定性") return this.qualitative(i, w);
    else result = this.quantitative(i, w, i.comparison);
    if (result.score !== null) this.checkEntered(i, result.score);
    return result;
  }

  private checkEntered(i: Indicator, score: Decimal): void {
    const e = i.enteredScore;
    if (e.kind === "number" && !withinTolerance(e.value, score)) {
      this.add("warning", "ENTERED_SCORE_DIFFERS", i.cells.score, i, { old: show(e.value), score: fixed(score, 2) });
    }
  }

  private reasonCell(i: Indicator): string | undefined {
    return i.cells.reason ?? i.cells.actual;
  }

  private quantitative(i: Indicator, w: Decimal, cmp: Exclude<Comparison, "定性">): IndicatorScore {
    const a = i.actual;
    const t = i.target;
    if (a.kind === "empty") return this.unscored(i, "MISSING_ACTUAL", i.cells.actual, {}, "缺少实际完成值");
    if (t.kind !== "number") {
      const text = t.kind === "empty" ? "（空）" : t.kind === "error" ? t.error : t.text;
      return this.unscored(i, "NOT_A_NUMBER", i.cells.target, { field: `${i.name}·年度指标值`, text }, "年度指标值不是数字");
    }
    if (a.kind === "error") {
      return this.unscored(i, "NOT_A_NUMBER", i.cells.actual, { field: `${i.name}·实际完成值`, text: a.error }, "实际完成值为错误值");
    }
    if (a.kind === "text") {
      if (ACHIEVED_WORDS.includes(normalizeLabel(a.text))) {
        this.add("warning", "WORD_ACTUAL", i.cells.actual, i, { text: a.text });
        return { indicator: i, score: round2(w), explanation: `实际“${a.text}”，按已完成得满分${fixed(w, 2)}（请补充具体数值）` };
      }
      return this.unscored(i, "NOT_A_NUMBER", i.cells.actual, { field: `${i.name}·实际完成值`, text: a.text }, "实际完成值不是数字");
    }
    // A fraction typed in a % row (0.96 for 96 %) was already read as points: read/percent.ts.
    const tv = t.value;
    const av = a.value;
    const unit = i.unit || (t.percent || a.percent ? "%" : "");
    const A = withUnit(av, unit);
    const T = withUnit(tv, unit);
    const { score, explanation, achieved } =
      cmp === "≤" || cmp === "<" ? reverseScore(av, tv, w, A, T, this.settings) : positiveScore(av, tv, w, A, T, cmp === "=");
    const threshold = this.settings.overachievementPercent;
    if (cmp !== "≤" && cmp !== "<" && tv.gt(0) && av.times(HUNDRED).gte(tv.times(threshold)) && !i.reason) {
      this.add("warning", "OVERACHIEVED_REASON_MISSING", this.reasonCell(i), i, {
        actual: A,
        target: T,
        ratio: fixed(av.times(HUNDRED).div(tv), 2),
        threshold: show(threshold),
      });
    }
    if (!achieved && !i.reason) this.add("warning", "DEVIATION_REASON_MISSING", this.reasonCell(i), i, { actual: A, target: T });
    return { indicator: i, score: round2(score), explanation };
  }

  private qualitative(i: Indicator, w: Decimal): IndicatorScore {
    const a = i.actual;
    if (a.kind === "empty") return this.unscored(i, "MISSING_ACTUAL", i.cells.actual, {}, "缺少实际完成值");
    const text = a.kind === "text" ? a.text : a.kind === "number" ? a.text : a.error;
    const band = bandOf(text);
    if (!band) {
      return this.unscored(
        i,
        "INVALID_VALUE",
        i.cells.actual,
        { field: `${i.name}·实际完成值`, text, expected: "达成 / 部分达成 / 未达成（年度指标）" },
        "定性完成情况无法识别",
      );
    }
    const [lo, hi] = BANDS[band];
    const low = round2(w.times(lo));
    const high = round2(w.times(hi));
    const range = `${fixed(lo.times(HUNDRED), 0)}%（含）–${fixed(hi.times(HUNDRED), 0)}%${band === "achieved" ? "（含）" : "（不含）"}`;
    const e = i.enteredScore;
    const share = this.settings.qualitativeDefaults[band];
    const defaultScore = round2(w.times(share));
    // A default this tool wrote on an earlier run is still unconfirmed: its explanation says so.
    const ownDefault = e.kind === "number" && e.value.eq(defaultScore) && i.explanationText.endsWith(UNCONFIRMED);
    if (e.kind === "number" && !ownDefault) {
      const inBand = e.value.gte(w.times(lo)) && (band === "achieved" ? e.value.lte(w.times(hi)) : e.value.lt(w.times(hi)));
      if (!inBand) {
        return this.unscored(
          i,
          "QUALITATIVE_SCORE_OUT_OF_BAND",
          i.cells.score,
          { band: BAND_NAMES[band], low: fixed(low, 2), high: fixed(high, 2), old: show(e.value) },
          `原填得分${show(e.value)}不在${BAND_NAMES[band]}的区间${range}内`,
        );
      }
      // Rounding half up must not lift a kept score out of its band (7.999 in 60–80 % of 10 stays 7.99).
      let score = round2(e.value);
      if (band !== "achieved" && score.gte(w.times(hi))) score = roundDown(e.value, 2);
      return { indicator: i, score, explanation: `定性：${BAND_NAMES[band]}，得分${fixed(score, 2)}在分值的${range}区间内` };
    }
    const score = defaultScore;
    this.add("warning", "QUALITATIVE_DEFAULT_SCORE", i.cells.score, i, { band: BAND_NAMES[band], score: fixed(score, 2) });
    if (band !== "achieved" && !i.reason) {
      this.add("warning", "DEVIATION_REASON_MISSING", this.reasonCell(i), i, {
        actual: text,
        target: i.target.kind === "text" ? i.target.text : "—",
      });
    }
    return {
      indicator: i,
      score,
      explanation: `定性：${BAND_NAMES[band]}，默认按分值的${fixed(share.times(HUNDRED), 0)}%得${fixed(score, 2)}分${UNCONFIRMED}`,
    };
  }

  private executionRate(i: Indicator, w: Decimal): IndicatorScore {
    const a = i.actual;
    let rate: Decimal;
    let how: string;
    if (a.kind === "number") {
      // In percentage points: a fraction such as 0.96 was read as 96 by read/percent.ts.
      rate = a.value;
      how = `预算执行率${fixed(rate, 2)}%`;
    } else if (a.kind === "empty") {
      const f = this.model.spending.fields;
      const computed = executionRate(this.model);
      if (computed === undefined || !f.total || !f.budget) {
        return this.unscored(i, "MISSING_ACTUAL", i.cells.actual, {}, "实际完成值为空，且支出决算中缺少决算支出合计或全年预算数");
      }
      rate = computed;
      how = `预算执行率 = 决算支出合计${fixed(f.total.value, 2)} ÷ 全年预算数${fixed(f.budget.value, 2)} = ${fixed(rate, 2)}%`;
    } else {
      const text = a.kind === "text" ? a.text : a.error;
      return this.unscored(i, "NOT_A_NUMBER", i.cells.actual, { field: `${i.name}·实际完成值`, text }, "实际完成值不是数字");
    }
    const capped = minDec(rate.lt(0) ? ZERO : rate, HUNDRED);
    const score = round2(w.times(capped).div(HUNDRED));
    if (rate.lt(this.settings.executionRatePercent) && !i.reason) {
      this.add("warning", "EXECUTION_RATE_LOW", this.reasonCell(i), i, {
        rate: fixed(rate, 2),
        threshold: show(this.settings.executionRatePercent),
      });
    }
    return {
      indicator: i,
      score,
      rate,
      explanation: `${how}，得分 ${show(w)} × ${fixed(capped, 2)}% = ${fixed(score, 2)}`,
    };
  }
}

interface RuleResult {
  score: Decimal;
  explanation: string;
  achieved: boolean;
}

/** ≤ and < (a ceiling): full marks at or below the target; above it the setting's formula (§3). */
function reverseScore(av: Decimal, tv: Decimal, w: Decimal, A: string, T: string, settings: ScoringSettings): RuleResult {
  if (av.lte(tv)) return { score: w, achieved: true, explanation: `实际${A} ≤ 目标${T}，得满分${fixed(w, 2)}` };
  if (settings.reverseFormula === "ratio") {
    let score = av.eq(0) ? w : w.times(tv).div(av);
    if (score.lt(0)) score = ZERO;
    return {
      score,
      achieved: false,
      explanation: `实际${A}超过目标${T}，按比例得分 ${show(w)} × ${show(tv)} ÷ ${show(av)} = ${fixed(score, 2)}`,
    };
  }
  if (tv.lte(0) || av.gte(tv.times(2))) return { score: ZERO, achieved: false, explanation: `实际${A}达到或超过目标${T}的2倍，得0分` };
  const over = av.minus(tv).div(tv);
  const score = w.times(dec(1).minus(over));
  const pct = fixed(over.times(HUNDRED), 2);
  return { score, achieved: false, explanation: `实际${A}超过目标${T} ${pct}%，得分 ${show(w)} × (1 − ${pct}%) = ${fixed(score, 2)}` };
}

/** ≥, > and = : full marks at or above the target (or with a target of 0); below it in proportion (§3). */
function positiveScore(av: Decimal, tv: Decimal, w: Decimal, A: string, T: string, equal: boolean): RuleResult {
  const a0 = av.lt(0) ? ZERO : av;
  if (a0.gte(tv) || tv.lte(0))
    return { score: w, achieved: true, explanation: `实际${A} ${equal ? "达到" : "≥"} 目标${T}，得满分${fixed(w, 2)}` };
  const score = w.times(a0).div(tv);
  return {
    score,
    achieved: false,
    explanation: `实际${A} < 目标${T}，按比例得分 ${show(w)} × ${show(a0)} ÷ ${show(tv)} = ${fixed(score, 2)}`,
  };
}

export function scoreModel(model: BudgetModel, settings: ScoringSettings): ScoreResult {
  const table = model.indicators;
  if (!table) return { scores: [], total: null, grade: null, findings: [] };
  const scorer = new Scorer(model, table, settings);
  const scores = table.indicators.map((i) => scorer.score(i));
  const complete = scores.length > 0 && scores.every((s) => s.score !== null);
  const total = complete ? sum(scores.map((s) => s.score!)) : null;
  const weights = sum(table.indicators.map((i) => i.weight ?? ZERO));
  const weightsOk = withinTolerance(weights, 100);
  return { scores, total, grade: total !== null && weightsOk ? gradeOf(total) : null, findings: scorer.findings };
}
