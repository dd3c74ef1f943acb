/** An indicator's values as the score views show them. */
import { fixed } from "../core/decimal";
import type { Parsed } from "../core/parse";
import type { IndicatorScore } from "../core/scoring";
import type { UiMessages } from "../i18n";

/** A target or actual value with its unit; a dash when empty. */
export const shownValue = (p: Parsed, unit: string) =>
  p.kind === "number"
    ? `${p.value.toString()}${p.percent && unit === "%" ? "%" : unit}`
    : p.kind === "text"
      ? p.text
      : p.kind === "error"
        ? p.error
        : "—";

export const shownScore = (s: IndicatorScore, S: UiMessages) => (s.score === null ? S.unscored : fixed(s.score, 2));

export const shownWeight = (s: IndicatorScore) => s.indicator.weight?.toString() ?? "—";

/** The share of the weight scored, 0 to 1, for the completion bar; 0 when unscored or without a weight. */
export function scoredShare(s: IndicatorScore): number {
  const w = s.indicator.weight;
  if (s.score === null || !w || w.lte(0)) return 0;
  return Math.min(1, Math.max(0, Number(s.score.div(w).toString())));
}
