/**
 * Quantitative indicators (docs/scoring-rules.md §3): ≥ > = in proportion below the target, ≤ < by the
 * setting's reverse formula, a word for an achieved actual, the 130 % reason warning and the optional
 * 偏离度调减 for a target set too low.
 */
import { Comparison } from "../parse";
import { Indicator } from "../model";
import { Decimal, HUNDRED, ZERO, dec, fixed, maxDec } from "../numbers";
import { ScoringSettings } from "../settings";
import { normalizeLabel } from "../text";
import { ScoreContext } from "./context";
import { IndicatorScore } from "./types";

/** Words accepted as the actual of a quantitative row, counted as achieved with a warning (§3). */
export const ACHIEVED_WORDS = ["完成", "已完成", "全部完成", "达成", "已达成", "实现", "已实现"];

export interface RuleResult {
  score: Decimal;
  explanation: string;
  achieved: boolean;
}

/** How a rule shows its figures: a value with its unit, and a score with the settings' decimals. */
export interface Shown {
  A: string;
  T: string;
  score: (d: Decimal) => string;
}

/** ≤ and < (a ceiling): full marks at or below the target; above it the setting's formula (§3). */
export function reverseScore(av: Decimal, tv: Decimal, w: Decimal, s: Shown, settings: ScoringSettings): RuleResult {
  const { A, T } = s;
  if (av.lte(tv)) return { score: w, achieved: true, explanation: `实际${A} ≤ 目标${T}，得满分${s.score(w)}` };
  if (settings.reverseFormula === "ratio") {
    // Above a ceiling of 0 or below, t ÷ a is no share (−4 ÷ −2 = 2): 0, as the linear formula gives.
    if (tv.lte(0)) return { score: ZERO, achieved: false, explanation: `实际${A}超过目标${T}（目标不大于0），得0分` };
    const score = w.times(tv).div(av);
    return {
      score,
      achieved: false,
      explanation: `实际${A}超过目标${T}，按比例得分 ${w} × ${tv} ÷ ${av} = ${s.score(score)}`,
    };
  }
  if (tv.lte(0) || av.gte(tv.times(2))) return { score: ZERO, achieved: false, explanation: `实际${A}达到或超过目标${T}的2倍，得0分` };
  const over = av.minus(tv).div(tv);
  const score = w.times(dec(1).minus(over));
  const pct = fixed(over.times(HUNDRED), 2);
  return { score, achieved: false, explanation: `实际${A}超过目标${T} ${pct}%，得分 ${w} × (1 − ${pct}%) = ${s.score(score)}` };
}

/** ≥, > and = : full marks at or above the target (or with a target of 0); below it in proportion (§3). */
export function positiveScore(av: Decimal, tv: Decimal, w: Decimal, s: Shown, equal: boolean): RuleResult {
  const { A, T } = s;
  const a0 = av.lt(0) ? ZERO : av;
  if (a0.gte(tv) || tv.lte(0))
    return { score: w, achieved: true, explanation: `实际${A} ${equal ? "达到" : "≥"} 目标${T}，得满分${s.score(w)}` };
  const score = w.times(a0).div(tv);
  return {
    score,
    achieved: false,
    explanation: `实际${A} < 目标${T}，按比例得分 ${w} × ${a0} ÷ ${tv} = ${s.score(score)}`,
  };
}

export const isReverse = (cmp: Comparison) => cmp === "≤" || cmp === "<";

/** The default rule of a comparison: the reverse formula for ≤ <, proportional otherwise. */
export function defaultRule(av: Decimal, tv: Decimal, w: Decimal, s: Shown, cmp: Comparison, settings: ScoringSettings): RuleResult {
  return isReverse(cmp) ? reverseScore(av, tv, w, s, settings) : positiveScore(av, tv, w, s, cmp === "=");
}

/** A row's number with its unit, or "%" for a percentage row without one. */
export function shownFor(ctx: ScoreContext, i: Indicator, av: Decimal, tv: Decimal): Shown {
  const t = i.target;
  const a = i.actual;
  const percent = (t.kind === "number" && t.percent) || (a.kind === "number" && a.percent);
  const unit = i.unit || (percent ? "%" : "");
  return { A: `${av}${unit}`, T: `${tv}${unit}`, score: (d) => ctx.show(d) };
}

/**
 * 偏离度调减 (opt-in, §9): a positive indicator at or above the threshold share of its target loses
 * w × 偏离度 × rate, where 偏离度 = (a − t) ÷ t; never below 0.
 */
export function deviationCut(ctx: ScoreContext, r: RuleResult, av: Decimal, tv: Decimal, w: Decimal): RuleResult {
  const cut = ctx.settings.deviationCut;
  if (!cut.enabled || tv.lte(0) || av.times(HUNDRED).lt(tv.times(cut.thresholdPercent))) return r;
  const deviation = av.minus(tv).div(tv);
  const amount = w.times(deviation).times(cut.rate);
  const score = maxDec(r.score.minus(amount), ZERO);
  const dev = fixed(deviation.times(HUNDRED), 2);
  return {
    ...r,
    score,
    explanation: `${r.explanation}；偏离度${dev}%（≥${cut.thresholdPercent.minus(HUNDRED)}%），调减 ${w} × ${dev}% × ${fixed(cut.rate.times(HUNDRED), 0)}% = ${ctx.show(amount)}，得${ctx.show(score)}`,
  };
}

/** The two warnings of a scored quantitative row: a reason for over-achievement (≥ 130 %) and for a shortfall. */
export function quantitativeWarnings(
  ctx: ScoreContext,
  i: Indicator,
  cmp: Comparison,
  av: Decimal,
  tv: Decimal,
  s: Shown,
  achieved: boolean,
): void {
  const threshold = ctx.settings.overachievementPercent;
  if (!isReverse(cmp) && tv.gt(0) && av.times(HUNDRED).gte(tv.times(threshold)) && !i.reason) {
    ctx.add("warning", "OVERACHIEVED_REASON_MISSING", ctx.reasonCell(i), i, {
      actual: s.A,
      target: s.T,
      ratio: fixed(av.times(HUNDRED).div(tv), 2),
      threshold: threshold.toString(),
    });
  }
  if (!achieved && !i.reason) ctx.add("warning", "DEVIATION_REASON_MISSING", ctx.reasonCell(i), i, { actual: s.A, target: s.T });
}

/** The target and actual as numbers, or the finding that leaves the row unscored. */
function numbersOf(ctx: ScoreContext, i: Indicator, w: Decimal): { av: Decimal; tv: Decimal } | IndicatorScore {
  const a = i.actual;
  const t = i.target;
  if (a.kind === "empty") return ctx.unscored(i, "MISSING_ACTUAL", i.cells.actual, {}, "缺少实际完成值");
  if (t.kind !== "number") {
    const text = t.kind === "empty" ? "" : t.kind === "error" ? t.error : t.text;
    return ctx.unscored(i, "NOT_A_NUMBER", i.cells.target, { field: `${i.name}·年度指标值`, text }, "年度指标值不是数字");
  }
  if (a.kind === "error") {
    return ctx.unscored(i, "NOT_A_NUMBER", i.cells.actual, { field: `${i.name}·实际完成值`, text: a.error }, "实际完成值为错误值");
  }
  if (a.kind === "text") {
    if (ACHIEVED_WORDS.includes(normalizeLabel(a.text))) {
      ctx.add("warning", "WORD_ACTUAL", i.cells.actual, i, { text: a.text });
      return ctx.score(i, w, `实际“${a.text}”，按已完成得满分${ctx.show(w)}（请补充具体数值）`, "proportional");
    }
    return ctx.unscored(i, "NOT_A_NUMBER", i.cells.actual, { field: `${i.name}·实际完成值`, text: a.text }, "实际完成值不是数字");
  }
  // A fraction typed in a % row (0.96 for 96 %) was already read as points: read/percent.ts.
  return { av: a.value, tv: t.value };
}

/** A ≥ > = ≤ < row by the default rules of §3. */
export function scoreQuantitative(ctx: ScoreContext, i: Indicator, w: Decimal, cmp: Exclude<Comparison, "定性">): IndicatorScore {
  const values = numbersOf(ctx, i, w);
  if ("indicator" in values) return values;
  const { av, tv } = values;
  const s = shownFor(ctx, i, av, tv);
  let r = defaultRule(av, tv, w, s, cmp, ctx.settings);
  if (!isReverse(cmp)) r = deviationCut(ctx, r, av, tv, w);
  quantitativeWarnings(ctx, i, cmp, av, tv, s, r.achieved);
  return ctx.score(i, r.score, r.explanation, isReverse(cmp) ? "reverse" : "proportional");
}
