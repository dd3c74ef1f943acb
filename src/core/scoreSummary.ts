/** The execution rate and the subtotals of a scoring, as plain JSON for the CLI's document. */
import type { Amount } from "./model";
import { toNumber } from "./numbers";
import type { ScoreResult } from "./scoring";

const figure = (a: Amount | undefined) => (a ? { value: toNumber(a.value), sheet: a.sheet, cell: a.cell } : null);

export function scoringSummary(scoring: ScoreResult) {
  const r = scoring.executionRate;
  return {
    executionRate: r
      ? {
          value: toNumber(r.value, 2),
          source: r.source,
          basis: r.basis,
          denominator: r.denominator,
          ruleFrom: r.ruleFrom,
          numerator: figure(r.numerator),
          budget: figure(r.budget),
          computed: r.computed === undefined ? null : toNumber(r.computed, 2),
        }
      : null,
    subtotals: scoring.subtotals.map((s) => ({
      name: s.name,
      weight: toNumber(s.weight),
      statedWeight: s.statedWeight === undefined ? null : toNumber(s.statedWeight),
      score: s.score === null ? null : toNumber(s.score, scoring.decimals),
    })),
  };
}
