/**
 * Qualitative (定性) indicators (docs/scoring-rules.md §4): the band of the word written as the actual
 * (qualitativeWords.ts), a score entered inside the band kept, none entered given the setting's default.
 * A word that names no band is a warning, never an error: an entered score is kept with its band, or the
 * row waits for the accountant.
 */
import { Indicator } from "../model";
import { Decimal, HUNDRED, ZERO, dec, fixed, roundDown } from "../numbers";
import { BAND_NAMES, Band, bandOf } from "../qualitativeWords";
import { ScoreContext } from "./context";
import { enteredScoreOf } from "./entered";
import { IndicatorScore } from "./types";

/** Ends the explanation of a qualitative default score until the accountant confirms or changes it. */
export const UNCONFIRMED = "（请确认）";

/** Lower (inclusive) and upper bounds of each band as shares of the weight; the top band includes 100 %. */
export const BANDS: Record<Band, [Decimal, Decimal]> = {
  achieved: [dec("0.8"), dec(1)],
  partial: [dec("0.6"), dec("0.8")],
  notAchieved: [ZERO, dec("0.6")],
};

function inBand(score: Decimal, w: Decimal, band: Band): boolean {
  const [lo, hi] = BANDS[band];
  return score.gte(w.times(lo)) && (band === "achieved" ? score.lte(w.times(hi)) : score.lt(w.times(hi)));
}

/** The band a score falls in, for a word that names none. */
function bandOfScore(score: Decimal, w: Decimal): Band {
  return (["achieved", "partial", "notAchieved"] as Band[]).find((b) => inBand(score, w, b)) ?? "notAchieved";
}

function rangeText(band: Band): string {
  const [lo, hi] = BANDS[band];
  return `${fixed(lo.times(HUNDRED), 0)}%（含）–${fixed(hi.times(HUNDRED), 0)}%${band === "achieved" ? "（含）" : "（不含）"}`;
}

/** The text of a qualitative actual, whatever the cell held. */
export function actualText(i: Indicator): string {
  const a = i.actual;
  return a.kind === "text" || a.kind === "number" ? a.text : a.kind === "error" ? a.error : "";
}

/** A score entered inside its band is kept; rounding must not lift it out (7.999 in 60–80 % of 10 stays 7.99). */
function kept(ctx: ScoreContext, i: Indicator, w: Decimal, band: Band, entered: Decimal): IndicatorScore {
  const [lo, hi] = BANDS[band];
  if (!inBand(entered, w, band)) {
    return ctx.unscored(
      i,
      "QUALITATIVE_SCORE_OUT_OF_BAND",
      i.cells.score,
      { band, low: ctx.show(ctx.round(w.times(lo))), high: ctx.show(ctx.round(w.times(hi))), old: entered.toString() },
      `原填得分${entered}不在${BAND_NAMES[band]}的区间${rangeText(band)}内`,
    );
  }
  let score = ctx.round(entered, w);
  if (band !== "achieved" && score.gte(w.times(hi))) score = roundDown(entered, ctx.decimals);
  return {
    indicator: i,
    score,
    explanation: `定性：${BAND_NAMES[band]}，得分${ctx.show(score)}在分值的${rangeText(band)}区间内`,
    method: "qualitative",
  };
}

/** A word that names no band: keep an entered score with the band it falls in, or wait for one. */
function unknownWord(ctx: ScoreContext, i: Indicator, w: Decimal, text: string, entered: Decimal | undefined): IndicatorScore {
  if (entered === undefined || entered.lt(0) || entered.gt(w)) {
    return ctx.pending(i, "QUALITATIVE_WORD_UNKNOWN", i.cells.actual, { text }, `定性完成情况“${text}”无法归档，请填写得分或补充定性用语`);
  }
  const band = bandOfScore(entered, w);
  const score = ctx.round(entered, w);
  ctx.add("warning", "QUALITATIVE_WORD_SCORE_KEPT", i.cells.actual, i, { text, score: ctx.show(score), band });
  return {
    indicator: i,
    score,
    explanation: `定性：“${text}”无法识别，按原填得分${ctx.show(score)}归入${BAND_NAMES[band]}`,
    method: "qualitative",
  };
}

export function scoreQualitative(ctx: ScoreContext, i: Indicator, w: Decimal): IndicatorScore {
  if (i.actual.kind === "empty") return ctx.unscored(i, "MISSING_ACTUAL", i.cells.actual, {}, "缺少实际完成值");
  const text = actualText(i);
  const band = bandOf(text, ctx.settings.qualitativeWords);
  const entered = enteredScoreOf(i, w);
  if (!band) return unknownWord(ctx, i, w, text, entered);
  const share = ctx.settings.qualitativeDefaults[band];
  const defaultScore = ctx.round(w.times(share), w);
  // A default this tool wrote on an earlier run is still unconfirmed: its explanation says so.
  const ownDefault = entered !== undefined && entered.eq(defaultScore) && i.explanationText.endsWith(UNCONFIRMED);
  if (entered !== undefined && !ownDefault) return kept(ctx, i, w, band, entered);
  ctx.add("warning", "QUALITATIVE_DEFAULT_SCORE", i.cells.score, i, { band, score: ctx.show(defaultScore) });
  if (band !== "achieved" && !i.reason) {
    ctx.add("warning", "DEVIATION_REASON_MISSING", ctx.reasonCell(i), i, {
      actual: text,
      target: i.target.kind === "text" ? i.target.text : "—",
    });
  }
  return {
    indicator: i,
    score: defaultScore,
    explanation: `定性：${BAND_NAMES[band]}，默认按分值的${fixed(share.times(HUNDRED), 0)}%得${ctx.show(defaultScore)}分${UNCONFIRMED}`,
    method: "qualitative",
  };
}
