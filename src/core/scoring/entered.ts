/**
 * What the accountant already entered for a row: the 得分 cell, or in forms with a 得分系数 column the
 * coefficient × weight; and the two warnings when the rules give something else.
 */
import { Indicator } from "../model";
import { Decimal, HUNDRED, fixed, roundHalfUp, withinTolerance } from "../numbers";
import { Parsed } from "../parse";
import { ScoreContext } from "./context";

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
