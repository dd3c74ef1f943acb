/**
 * Scoring a row by its own 评分标准 (docs/scoring-rules.md §3b), read by standardText.ts. A standard that is
 * not recognised, or that does not cover the row's case, keeps the entered score as 人工评分 (listed with a
 * MANUAL_SCORE warning); with no score entered the general rule scores the row, with a warning.
 */
import { Indicator } from "../model";
import { Decimal, HUNDRED, ZERO, maxDec, minDec } from "../numbers";
import { Band, bandOf } from "../qualitativeWords";
import { ScoreContext } from "./context";
import { enteredScoreOf, keptAsManual } from "./entered";
import { actualText } from "./qualitative";
import { isReverse } from "./quantitative";
import { Clause, Condition, Outcome, Standard, StepRule } from "./standardText";
import { IndicatorScore } from "./types";

/** What a standard's conditions look at in a row. */
export interface Observation {
  /** The row met its target by its comparison (or its word is of the 达成 band). */
  achieved?: boolean;
  band?: Band;
  actual?: Decimal;
  target?: Decimal;
  /** Values in percentage points (unit %), where 95% in a standard is the value itself, not a completion rate. */
  percentRow: boolean;
}

/** The row as a standard sees it; undefined when the actual is missing or unreadable. */
export function observe(ctx: ScoreContext, i: Indicator): Observation | undefined {
  const a = i.actual;
  const t = i.target;
  const percentRow = i.unit.trim() === "%" || (a.kind === "number" && a.percent) || (t.kind === "number" && t.percent);
  if (a.kind === "text") {
    const band = bandOf(actualText(i), ctx.settings.qualitativeWords);
    return band ? { band, achieved: band === "achieved", percentRow } : undefined;
  }
  if (a.kind !== "number") return undefined;
  const target = t.kind === "number" ? t.value : undefined;
  const cmp = i.comparison ?? "≥";
  const achieved = target === undefined ? undefined : isReverse(cmp) ? a.value.lte(target) : a.value.gte(target);
  return { actual: a.value, target, achieved, percentRow };
}

/** The value a range condition compares: the actual, or the completion rate a ÷ t × 100. */
function rangeValue(c: Extract<Condition, { kind: "range" }>, o: Observation): Decimal | undefined {
  if (o.actual === undefined) return undefined;
  const asRate = c.of === "rate" || (c.percent && !o.percentRow);
  if (!asRate) return o.actual;
  return o.target !== undefined && o.target.gt(0) ? o.actual.times(HUNDRED).div(o.target) : undefined;
}

function matches(c: Condition, o: Observation): boolean {
  if (c.kind === "achieved") return o.achieved === true;
  if (c.kind === "band") return o.band !== undefined ? o.band === c.band : c.band === "notAchieved" && o.achieved === false;
  const v = rangeValue(c, o);
  if (v === undefined) return false;
  const aboveLo = c.lo === undefined || (c.loIn ? v.gte(c.lo) : v.gt(c.lo));
  const belowHi = c.hi === undefined || (c.hiIn ? v.lte(c.hi) : v.lt(c.hi));
  return aboveLo && belowHi;
}

/** An outcome as a score; undefined when it would exceed the weight (the text does not fit this row). */
function outcomeScore(then: Outcome, w: Decimal): Decimal | undefined {
  switch (then.kind) {
    case "full":
      return w;
    case "zero":
      return ZERO;
    case "points":
      return then.points.lte(w) ? then.points : undefined;
    case "share":
      return then.percent.lte(HUNDRED) ? w.times(then.percent).div(HUNDRED) : undefined;
    case "deduct":
      return maxDec(w.minus(then.points), ZERO);
  }
}

/** Where deductions start: the bound of the full-marks band (达到95%得满分 → 95), else the target. */
function reference(std: Standard, step: StepRule, o: Observation): Decimal | undefined {
  const full = std.clauses.find((c: Clause) => c.then.kind === "full" && c.when.kind === "range");
  const bound = full?.when.kind === "range" ? (step.direction === "below" ? full.when.lo : full.when.hi) : undefined;
  return bound ?? o.target;
}

/** 每降低 X 扣 Y 分: the weight less Y per X below (or above) the reference, never below 0. */
function stepScore(std: Standard, step: StepRule, o: Observation, w: Decimal): { score: Decimal; note: string } | undefined {
  const ref = reference(std, step, o);
  if (o.actual === undefined || ref === undefined || step.direction === "late") return undefined;
  let distance = step.direction === "below" ? ref.minus(o.actual) : o.actual.minus(ref);
  if (distance.lte(0)) return { score: w, note: "达到标准" };
  // Percentage points of a row in %, else percent of the reference (a completion rate).
  const relative = (step.unit === "point" || step.unit === "percent") && !o.percentRow;
  if (relative) {
    if (ref.lte(0)) return undefined;
    distance = distance.times(HUNDRED).div(ref);
  }
  let deduction = step.points.times(distance).div(step.step);
  if (std.cap) deduction = minDec(deduction, std.cap);
  const side = step.direction === "below" ? "低于" : "超过";
  const by = o.percentRow ? `${ref}%达${distance.round(2)}个百分点` : `${ref}达${distance.round(2)}${relative ? "%" : ""}`;
  return { score: maxDec(w.minus(deduction), ZERO), note: `${side}${by}，扣${deduction.round(2)}分` };
}

export type Applied = { score: Decimal; note: string } | "general" | undefined;

/** The score a standard gives the row: its first matching clause, else its per-step rule, else 否则不得分. */
export function applyStandard(std: Standard, o: Observation, w: Decimal): Applied {
  const clause = std.clauses.find((c) => matches(c.when, o));
  if (clause) {
    const score = outcomeScore(clause.then, w);
    return score === undefined ? undefined : { score, note: "符合所列情形" };
  }
  const stepped = std.step ? stepScore(std, std.step, o, w) : undefined;
  if (stepped) return stepped;
  if (std.proportional) return "general";
  if (std.otherwiseZero) return { score: ZERO, note: "不符合得分情形" };
  return undefined;
}

/** Why a standard could not score a row, for the explanation and the warnings. */
export type Unusable = "unrecognised" | "uncovered" | "noDay";

/** Why, as the 评分说明 cell writes it (the catalogue words the warnings). */
const WHY: Record<Unusable, string> = {
  unrecognised: "未能自动识别",
  uncovered: "未涵盖该情形",
  noDay: "按日扣分而完成时间未写到日",
};

/**
 * A row its standard cannot score: the entered score kept as 人工评分 (listed with a MANUAL_SCORE warning,
 * an error outside 0 … w), or with none entered the general rule, with a STANDARD_UNRECOGNISED warning.
 */
export function notByStandard(ctx: ScoreContext, i: Indicator, w: Decimal, why: Unusable, general: () => IndicatorScore): IndicatorScore {
  const standard = i.standard ?? "";
  const entered = enteredScoreOf(i, w);
  if (entered === undefined) {
    const r = general();
    if (r.score !== null) ctx.add("warning", "STANDARD_UNRECOGNISED", i.cells.standard, i, { standard, why, score: ctx.show(r.score) });
    return r;
  }
  return keptAsManual(ctx, i, w, entered, `评分标准${WHY[why]}`, (score) =>
    ctx.add("warning", "MANUAL_SCORE", i.cells.standard, i, { standard, why, score }),
  );
}
