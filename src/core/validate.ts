/**
 * Reconciliation of the final-accounts figures (docs/scoring-rules.md §7) and the weight total (§2), in exact
 * decimals, over the model the reader made. A difference of at most 0.01 of the workbook's unit is a
 * rounding warning; more is an error.
 */
import { Decimal, ROUNDING_TOLERANCE, ZERO, sum } from "./numbers";
import { Difference, Finding, FindingParams, ReconciledCode, finding } from "./findings";
import { Amount, BudgetModel, IndicatorTable, ProjectTable, Spending } from "./model";
import { checkBudgetPicture } from "./budgetChecks";
import { differenceOf, showAmount } from "./reconcile";

export { showAmount } from "./reconcile";

/**
 * A finding when the parts do not add up to the total: a rounding warning within the tolerance, else an error.
 * `params`: what the code says besides the two sides and their difference.
 */
function reconcile<C extends ReconciledCode>(
  code: C,
  parts: Decimal[],
  total: Amount,
  params: Omit<FindingParams[C], keyof Difference>,
): Finding[] {
  const d = differenceOf(parts, total);
  if (!d) return [];
  if (d.rounding) return [finding("warning", "ROUNDING_DIFF", total.sheet, total.cell, { ...d.sides, of: code })];
  // The compiler cannot add Difference back to Omit<…, keyof Difference> for a generic code; it is that.
  return [finding("error", code, total.sheet, total.cell, { ...d.sides, ...params } as FindingParams[C])];
}

/** 基本支出 + 项目支出 + 其他支出 = 决算支出合计, and 人员支出 + 公用经费 = 基本支出. */
function reconcileSpending(f: Spending["fields"]): Finding[] {
  return [
    ...(f.total && f.basic && f.project
      ? reconcile("TOTAL_MISMATCH", [f.basic.value, f.project.value, f.other?.value ?? ZERO], f.total, {})
      : []),
    ...(f.basic && f.personnel && f.public && sameScope(f.basic, f.personnel, f.public)
      ? reconcile("BASIC_MISMATCH", [f.personnel.value, f.public.value], f.basic, {})
      : []),
  ];
}

/** 财政拨款-only figures (基本支出决算表) and figures of all funds (支出决算表) are not parts of one another. */
function sameScope(...amounts: Amount[]): boolean {
  return amounts.every((a) => a.scope === amounts[0].scope);
}

/** 收入支出决算总表's 本年支出合计 against the total another table gave (when it gave the total itself, nothing to check). */
function crossCheckSummary(model: BudgetModel): Finding[] {
  const summary = model.incomeSummary?.figures.total;
  const total = model.spending.fields.total;
  if (!summary || !total || summary === total) return [];
  return reconcile("SUMMARY_MISMATCH", [summary.value], total, { summarySheet: summary.sheet, summaryCell: summary.cell });
}

/** The project rows against 项目支出 and against the table's own 合计 row. */
function reconcileProjects(projects: ProjectTable | undefined, project: Amount | undefined): Finding[] {
  if (!projects) return [];
  const actuals = projects.rows.map((r) => r.actual?.value ?? ZERO);
  const budgets = projects.rows.map((r) => r.budget?.value ?? ZERO);
  const toTotalRow = { against: "totalRow" } as const;
  const t = projects.totalRow;
  return [
    ...(project && projects.columns.actual !== undefined
      ? reconcile("PROJECT_SUM_MISMATCH", actuals, project, { column: "全年执行数", against: "project" })
      : []),
    ...(t?.actual ? reconcile("PROJECT_SUM_MISMATCH", actuals, t.actual, { column: "全年执行数", ...toTotalRow }) : []),
    ...(t?.budget ? reconcile("PROJECT_SUM_MISMATCH", budgets, t.budget, { column: "全年预算数", ...toTotalRow }) : []),
  ];
}

/** The weights total 100 (within the tolerance). */
function checkWeights(table: IndicatorTable | undefined): Finding[] {
  if (!table || table.indicators.length === 0 || table.columns.weight === undefined) return [];
  const total = sum(table.indicators.map((i) => i.weight ?? ZERO));
  if (total.minus(100).abs().lte(ROUNDING_TOLERANCE)) return [];
  const cell = table.indicators[0].cells.weight!;
  return [finding("error", "WEIGHT_SUM", table.sheet, cell, { sum: showAmount(total) })];
}

/** Validation over the model the reader made: pure, in the order the figures appear. */
export function validateModel(model: BudgetModel): Finding[] {
  const f = model.spending.fields;
  return [
    ...reconcileSpending(f),
    ...crossCheckSummary(model),
    ...reconcileProjects(model.spending.projects, f.project),
    ...checkBudgetPicture(model),
    ...checkWeights(model.indicators),
  ];
}
