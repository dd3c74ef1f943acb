/**
 * Scores the indicator table by docs/scoring-rules.md §3–§6: each row by its method — the 预算执行率 row,
 * a 时效 deadline, the row's own 评分标准, a qualitative band, or the quantitative rules — then the subtotals by
 * 一级指标, the total and the grade. Pure and exact (decimals). One file per method in this folder.
 */
import { TimePoint } from "../dates";
import { BudgetModel, Indicator } from "../model";
import { Comparison, isQuantitativeWord } from "../parse";
import { Decimal, ZERO, dec, round2, sum, withinTolerance } from "../numbers";
import { ScoringSettings } from "../settings";
import { ScoreContext } from "./context";
import { LatePenalty, deadlineOf, scoreDeadline } from "./deadline";
import { checkCoefficient, checkEnteredScore, enteredScoreOf, keptAsManual } from "./entered";
import { scoreExecutionRate } from "./executionRate";
import { actualText, scoreQualitative } from "./qualitative";
import { scoreQuantitative, shownFor } from "./quantitative";
import { Observation, applyStandard, notByStandard, observe } from "./standard";
import { Standard, parseStandard } from "./standardText";
import { gradeOf, subtotalsOf } from "./totals";
import { ExecutionRateDetails, IndicatorScore, ScoreResult } from "./types";

export type { ExecutionRateDetails, Grade, IndicatorScore, ScoreMethod, ScoreResult, Subtotal } from "./types";
export { gradeOf } from "./totals";
export { UNCONFIRMED } from "./qualitative";
export { bandOf } from "../qualitativeWords";
export type { Band } from "../qualitativeWords";
export type { Unusable } from "./standard";
export { round2 };

/** The general rule of a comparison: qualitative bands, or the quantitative formulas. */
function general(ctx: ScoreContext, i: Indicator, w: Decimal, cmp: Comparison): IndicatorScore {
  return cmp === "定性" ? scoreQualitative(ctx, i, w) : scoreQuantitative(ctx, i, w, cmp);
}

/** What a standard deducts for lateness: its per-month or per-day step, or all for 否则不得分. */
function latePenalty(std: Standard | undefined, w: Decimal): LatePenalty | undefined {
  const step = std?.step;
  if (step?.direction === "late")
    return { unit: step.unit === "day" ? "day" : "month", step: step.step, points: step.points, cap: std!.cap };
  return std?.otherwiseZero ? { unit: "month", step: dec(1), points: w } : undefined;
}

/** The row's actual and target as a standard's explanation shows them. */
function shownValues(ctx: ScoreContext, i: Indicator, seen: Observation): { actual: string; target: string } {
  if (seen.actual === undefined || seen.target === undefined) return { actual: `“${actualText(i)}”`, target: "—" };
  const s = shownFor(ctx, i, seen.actual, seen.target);
  return { actual: s.A, target: s.T };
}

/** A row with a 评分标准 text: scored by it, else kept as entered (人工评分), else by the general rule with a warning. */
function byStandard(ctx: ScoreContext, i: Indicator, w: Decimal, cmp: Comparison, std: Standard | undefined): IndicatorScore {
  if (i.actual.kind === "empty") return ctx.unscored(i, "MISSING_ACTUAL", i.cells.actual, {}, "缺少实际完成值");
  const seen = observe(ctx, i);
  const applied = std && seen ? applyStandard(std, seen, w) : undefined;
  if (applied === "general") return general(ctx, i, w, cmp);
  if (!applied || !seen) return notByStandard(ctx, i, w, std ? "uncovered" : "unrecognised", () => general(ctx, i, w, cmp));
  const shown = shownValues(ctx, i, seen);
  if (seen.achieved === false && !i.reason) ctx.add("warning", "DEVIATION_REASON_MISSING", ctx.reasonCell(i), i, shown);
  const score = ctx.round(applied.score, w);
  return ctx.score(i, score, `按评分标准：实际${shown.actual}，${applied.note}，得${ctx.show(score)}分`, "standard");
}

/** A 时效 row: its deadline, with the lateness rule of its standard (or of 评分设置). */
function byDeadline(ctx: ScoreContext, i: Indicator, w: Decimal, deadline: TimePoint, std: Standard | undefined): IndicatorScore {
  const bySettings = () => scoreDeadline(ctx, i, w, deadline)!;
  if (i.standard && !std) return notByStandard(ctx, i, w, "unrecognised", bySettings);
  // A per-day standard against a month written without a day cannot be applied.
  return scoreDeadline(ctx, i, w, deadline, latePenalty(std, w)) ?? notByStandard(ctx, i, w, "noDay", bySettings);
}

/**
 * A row without a comparison. A number target without ≥ or ≤ under a blank or 定量 指标性质 states no direction
 * (Chongqing's form: the accountant enters the 得分系数): an entered score is kept as 人工评分. Else an error.
 */
function withoutComparison(ctx: ScoreContext, i: Indicator, w: Decimal): IndicatorScore {
  const text = i.comparisonText;
  const entered = enteredScoreOf(i, w);
  if (entered !== undefined && i.target.kind === "number" && (text === "" || isQuantitativeWord(text))) {
    return keptAsManual(ctx, i, w, entered, "未写明指标方向（≥ 或 ≤）", (score) =>
      ctx.add("warning", "DIRECTION_UNSTATED", i.cells.comparison ?? i.cells.target, i, { text, score }),
    );
  }
  return ctx.unscored(i, "UNKNOWN_COMPARISON", i.cells.comparison ?? i.cells.target, { text }, "指标性质无法识别");
}

function byMethod(ctx: ScoreContext, i: Indicator, w: Decimal): { result: IndicatorScore; rate?: ExecutionRateDetails } {
  if (i.isExecutionRate) {
    const { result, details } = scoreExecutionRate(ctx, i, w);
    return { result, rate: details };
  }
  const std = i.standard ? parseStandard(i.standard) : undefined;
  const deadline = deadlineOf(ctx, i);
  if (deadline) return { result: byDeadline(ctx, i, w, deadline, std) };
  if (i.comparison === undefined) return { result: withoutComparison(ctx, i, w) };
  if (i.standard) return { result: byStandard(ctx, i, w, i.comparison, std) };
  return { result: general(ctx, i, w, i.comparison) };
}

class Scorer {
  rate?: ExecutionRateDetails;

  constructor(readonly ctx: ScoreContext) {}

  score(i: Indicator): IndicatorScore {
    const ctx = this.ctx;
    if (i.weight === undefined) {
      // A non-numeric weight was already reported as NOT_A_NUMBER by the reader.
      if (i.weightInvalid) return { indicator: i, score: null, explanation: "未计分：分值不是数字", method: "unscored" };
      return ctx.unscored(i, "MISSING_WEIGHT", i.cells.weight, {}, "缺少分值");
    }
    const { result, rate } = byMethod(ctx, i, i.weight);
    this.rate ??= rate;
    if (result.score !== null && result.method !== "manual") {
      // A kept qualitative score is the entered one; the others are checked against what was entered.
      if (result.method !== "qualitative") checkEnteredScore(ctx, i, result.score);
      checkCoefficient(ctx, i, result.score, i.weight);
    }
    return result;
  }
}

export function scoreModel(model: BudgetModel, settings: ScoringSettings): ScoreResult {
  const decimals = settings.scoreDecimals;
  const table = model.indicators;
  if (!table) return { scores: [], total: null, grade: null, findings: [], subtotals: [], decimals };
  const ctx = new ScoreContext(model, table, settings);
  const scorer = new Scorer(ctx);
  const scores = table.indicators.map((i) => scorer.score(i));
  const subtotals = subtotalsOf(ctx, scores);
  const complete = scores.length > 0 && subtotals.every((s) => s.score !== null);
  const total = complete ? sum(subtotals.map((s) => s.score!)) : null;
  const weightsOk = withinTolerance(sum(table.indicators.map((i) => i.weight ?? ZERO)), 100);
  const grade = total !== null && weightsOk ? gradeOf(total) : null;
  return { scores, total, grade, findings: ctx.findings, subtotals, executionRate: scorer.rate, decimals };
}
