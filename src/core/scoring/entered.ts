/**
 * What the accountant already entered for a row: the 得分 cell, or in forms with a 得分系数 column the
 * coefficient × weight; and the two warnings when the rules give something else.
 */
import { Indicator } from "../model";
import { Decimal, HUNDRED, fixed, roundHalfUp, withinTolerance } from "../numbers";
import { Parsed } from "../parse";
import { ScoreContext } from "./context";
import { IndicatorScore } from "./types";

/** A coefficient in percent: 85%, 85 or a bare fraction 0.85 (a coefficient is never above 100 %). */
export function coefficientPoints(p: Parsed | undefined): Decimal | undefined {
  if (p?.kind !== "number") return undefined;
  return p.percent || p.value.gt(1) ? p.value : p.value.times(HUNDRED);
}

/** The entered score, else the entered coefficient × weight. */
export function enteredScoreOf(i: Indicator, w: Decimal): Decimal | undefined {
  if (i.enteredScore.kind === "number") return i.enteredScore.value;
  const c = coefficientPoints(i.coefficient);
  return c === undefined ? undefined : w.times(c).div(HUNDRED);
}

/**
 * An entered score kept as 人工评分, because no rule can score the row (`why`, for the explanation): an error
 * when it lies outside 0 … w, else kept, with the warning `warn` adds (given the score as shown).
 */
export function keptAsManual(
  ctx: ScoreContext,
  i: Indicator,
  w: Decimal,
  entered: Decimal,
  why: string,
  warn: (score: string) => void,
): IndicatorScore {
  if (entered.lt(0) || entered.gt(w)) {
    const params = { old: entered.toString(), weight: w.toString() };
    return ctx.unscored(i, "SCORE_OUT_OF_RANGE", i.cells.score ?? i.cells.coefficient, params, `原填得分${entered}不在0至${w}之间`);
  }
  const score = ctx.round(entered, w);
  warn(ctx.show(score));
  return { indicator: i, score, explanation: `人工评分：${why}，保留原填得分${ctx.show(score)}`, method: "manual" };
}

/** Places after the decimal point of an entered figure (93.8 → 1), so a figure entered rounded still agrees. */
function placesOf(d: Decimal): number {
  const m = /\.(\d+)$/.exec(d.toString());
  return m ? m[1].length : 0;
}

/**
 * Whether an entered figure agrees with the computed one: within the tolerance (0.01), or equal once the
 * computed one is rounded to the entry's places (93.8% for 93.75%).
 */
export function agrees(entered: Decimal, computed: Decimal): boolean {
  return withinTolerance(entered, computed) || roundHalfUp(computed, placesOf(entered)).eq(entered);
}

/**
 * ENTERED_SCORE_DIFFERS: 得分 held a number more than 0.01 from the rule's. A score the user typed is
 * overwritten, so say so; a formula's is kept and the write plan reports it (FORMULA_CELL_KEPT).
 */
export function checkEnteredScore(ctx: ScoreContext, i: Indicator, score: Decimal): void {
  const e = i.enteredScore;
  if (!i.scoreIsFormula && e.kind === "number" && !withinTolerance(e.value, score)) {
    ctx.add("warning", "ENTERED_SCORE_DIFFERS", i.cells.score, i, { old: e.value.toString(), score: ctx.show(score) });
  }
}

/** COEFFICIENT_DIFFERS: the entered 得分系数 against score ÷ weight. */
export function checkCoefficient(ctx: ScoreContext, i: Indicator, score: Decimal, w: Decimal): void {
  const entered = coefficientPoints(i.coefficient);
  if (entered === undefined || w.eq(0)) return;
  const computed = score.times(HUNDRED).div(w);
  if (agrees(entered, computed)) return;
  ctx.add("warning", "COEFFICIENT_DIFFERS", i.cells.coefficient, i, { entered: entered.toString(), computed: fixed(computed, 2) });
}
