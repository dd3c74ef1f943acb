/**
 * What the charts show, as numbers: the spending structure (基本/项目, 人员/公用, 全年预算数 against 决算数) and
 * each indicator's completion (the share of its weight scored). The pane draws them; the Office adapter makes
 * the same charts in Excel. Words are the hosts' (src/i18n): a point is labelled by a key or by the workbook's
 * own text (an indicator's name).
 */
import type { BudgetModel } from "./model";
import type { ScoreResult } from "./scoring";

export type ChartKind = "basicProject" | "personnelPublic" | "budgetFinal" | "completion";
export type ChartLabelKey = "basic" | "project" | "personnel" | "public" | "budget" | "final";

export interface ChartPoint {
  /** A key the host puts in words, or (for an indicator) its name as the workbook writes it. */
  label: { key: ChartLabelKey } | { text: string };
  value: number;
}

export interface ChartSpec {
  kind: ChartKind;
  /** A share of a whole (a pie), or values side by side (bars). */
  shape: "pie" | "bar";
  points: ChartPoint[];
}

/** Indicators in the completion chart: the least complete first, a pane's worth. */
export const COMPLETION_POINTS = 12;

const amount = (model: BudgetModel, field: "basic" | "project" | "personnel" | "public" | "budget" | "total") => {
  const v = model.spending.fields[field]?.value;
  return v === undefined ? undefined : Number(v.toString());
};

/** A chart of the keyed amounts, when each is there and their sum is above zero. */
function keyed(kind: ChartKind, shape: ChartSpec["shape"], pairs: [ChartLabelKey, number | undefined][]): ChartSpec[] {
  if (pairs.some(([, v]) => v === undefined || v < 0) || pairs.reduce((n, [, v]) => n + (v ?? 0), 0) <= 0) return [];
  return [{ kind, shape, points: pairs.map(([key, value]) => ({ label: { key }, value: value! })) }];
}

/** The completion of the scored indicators with a weight, in percent of the weight, the least complete first. */
function completion(scoring: ScoreResult): ChartSpec[] {
  const points = scoring.scores
    .filter((s) => s.score !== null && s.indicator.weight !== undefined && s.indicator.weight.gt(0))
    .map((s) => ({ label: { text: s.indicator.name }, value: Number(s.score!.div(s.indicator.weight!).times(100).round(2).toString()) }))
    .sort((a, b) => a.value - b.value)
    .slice(0, COMPLETION_POINTS);
  return points.length > 0 ? [{ kind: "completion", shape: "bar", points }] : [];
}

/** The charts the workbook has the figures for, in the order the report discusses them. */
export function chartSpecs(model: BudgetModel, scoring: ScoreResult): ChartSpec[] {
  return [
    ...keyed("basicProject", "pie", [
      ["basic", amount(model, "basic")],
      ["project", amount(model, "project")],
    ]),
    ...keyed("personnelPublic", "pie", [
      ["personnel", amount(model, "personnel")],
      ["public", amount(model, "public")],
    ]),
    ...keyed("budgetFinal", "bar", [
      ["budget", amount(model, "budget")],
      ["final", amount(model, "total")],
    ]),
    ...completion(scoring),
  ];
}
