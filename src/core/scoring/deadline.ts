/**
 * 时效 indicators (docs/scoring-rules.md §3a): a target that is a point in time is a deadline. Done on or
 * before it → full marks; late → the weight less 时效逾期每月扣分比例 for each month begun after it (by
 * default 100 %: late scores 0), or less what the row's 评分标准 deducts per month or day late.
 */
import { TimePoint, formatTimePoint, lateness, timePointOf } from "../dates";
import { Indicator } from "../model";
import { Decimal, HUNDRED, ZERO, dec, fixed, maxDec, minDec } from "../numbers";
import { bandOf } from "../qualitativeWords";
import { ScoreContext } from "./context";
import { actualText } from "./qualitative";
import { IndicatorScore } from "./types";

/** A deduction per unit of lateness that a 评分标准 states (每延迟1个月扣1分). */
export interface LatePenalty {
  unit: "month" | "day";
  step: Decimal;
  points: Decimal;
  /** 最多扣N分. */
  cap?: Decimal;
}

/** Under a 时效 heading a bare month (12月) is a date; elsewhere it could be a duration. */
function isTimelinessGroup(i: Indicator): boolean {
  return /时效/.test(i.level2) || /时效/.test(i.level1);
}

/** The deadline of a 时效 row: its target as a point in time (never for ≥ >, which are not deadlines). */
export function deadlineOf(ctx: ScoreContext, i: Indicator): TimePoint | undefined {
  if (i.comparison === "≥" || i.comparison === ">") return undefined;
  return timePointOf(i.target, ctx.year, isTimelinessGroup(i), i.unit);
}

/** A word for the actual (按时完成, 未完成): its band decides, with a warning asking for the date. */
function wordActual(ctx: ScoreContext, i: Indicator, w: Decimal, deadline: TimePoint): IndicatorScore {
  const text = actualText(i);
  const band = bandOf(text, ctx.settings.qualitativeWords);
  const due = formatTimePoint(deadline);
  if (band === "achieved") {
    ctx.add("warning", "WORD_ACTUAL", i.cells.actual, i, { text });
    return ctx.score(i, w, `时效：实际“${text}”，按期限${due}前完成得满分${ctx.show(w)}（请填写完成时间）`, "deadline");
  }
  if (band === "notAchieved") {
    if (!i.reason) ctx.add("warning", "DEVIATION_REASON_MISSING", ctx.reasonCell(i), i, { actual: text, target: due });
    return ctx.score(i, ZERO, `时效：实际“${text}”，未在期限${due}前完成，得0分`, "deadline");
  }
  return ctx.unscored(
    i,
    "INVALID_VALUE",
    i.cells.actual,
    { field: `${i.name}·实际完成值`, text, expected: "completionTime" },
    "完成时间无法识别",
  );
}

/** The weight less the deduction for lateness; never below 0. */
function lateScore(
  ctx: ScoreContext,
  w: Decimal,
  months: number,
  days: number | undefined,
  penalty?: LatePenalty,
): { score: Decimal; rule: string } | undefined {
  if (!penalty) {
    const share = ctx.settings.lateMonthDeduction;
    const score = maxDec(w.times(dec(1).minus(share.times(months))), ZERO);
    return { score, rule: `逾期每月扣分值的${fixed(share.times(HUNDRED), 0)}%` };
  }
  const late = penalty.unit === "month" ? months : days;
  if (late === undefined) return undefined;
  let deduction = penalty.points.times(late).div(penalty.step);
  if (penalty.cap) deduction = minDec(deduction, penalty.cap);
  return {
    score: maxDec(w.minus(deduction), ZERO),
    rule: `每延迟${penalty.step}${penalty.unit === "month" ? "个月" : "天"}扣${penalty.points}分`,
  };
}

/** Scores a 时效 row against its deadline; undefined when a per-day penalty meets a date without a day. */
export function scoreDeadline(
  ctx: ScoreContext,
  i: Indicator,
  w: Decimal,
  deadline: TimePoint,
  penalty?: LatePenalty,
): IndicatorScore | undefined {
  if (i.actual.kind === "empty") return ctx.unscored(i, "MISSING_ACTUAL", i.cells.actual, {}, "缺少实际完成值");
  const done = timePointOf(i.actual, ctx.year, true, i.unit);
  if (!done) return wordActual(ctx, i, w, deadline);
  const due = formatTimePoint(deadline);
  const actual = formatTimePoint(done);
  const late = lateness(done, deadline);
  if (!late.late) return ctx.score(i, w, `时效：实际${actual}，不晚于期限${due}，得满分${ctx.show(w)}`, "deadline");
  const scored = lateScore(ctx, w, late.months, late.days, penalty);
  if (!scored) return undefined;
  if (!i.reason) ctx.add("warning", "DEVIATION_REASON_MISSING", ctx.reasonCell(i), i, { actual, target: due });
  const by = penalty?.unit === "day" ? `${late.days}天` : `${late.months}个月`;
  return ctx.score(
    i,
    scored.score,
    `时效：实际${actual}，晚于期限${due} ${by}，${scored.rule}，得${ctx.show(ctx.round(scored.score, w))}分`,
    "deadline",
  );
}
