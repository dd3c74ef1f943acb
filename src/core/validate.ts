/**
 * Reconciliation of the final-accounts figures (docs/scoring-rules.md §7) and the weight total (§2), in exact
 * decimals, over the model the reader made. A difference of at most 0.01 of the workbook's unit is a
 * rounding warning; more is an error.
 */
import { Decimal, ROUNDING_TOLERANCE, ZERO, fixed, sum } from "./numbers";
import { Finding, FindingCode } from "./findings";
import { Amount, BudgetModel, IndicatorTable, ProjectTable, Spending } from "./model";

const IDENTITY_NAMES: Record<string, { zh: string; en: string }> = {
  TOTAL_MISMATCH: { zh: "基本支出 + 项目支出 + 其他支出 = 决算支出合计", en: "basic + project + other = total" },
  BASIC_MISMATCH: { zh: "人员支出 + 公用经费 = 基本支出", en: "personnel + public = basic" },
  PROJECT_SUM_MISMATCH: { zh: "项目表各行之和", en: "sum of the project rows" },
  SUMMARY_MISMATCH: { zh: "收入支出决算总表的本年支出合计 = 决算支出合计", en: "the summary table's total = total spending" },
};

/** Shows a decimal as the workbook would: at least two places, more only when the figure has them. */
export function showAmount(d: Decimal): string {
  const s = d.toString();
  const places = s.includes(".") ? s.split(".")[1].length : 0;
  return places <= 2 ? fixed(d, 2) : s;
}

/** A finding when the parts do not add up to the total: a rounding warning within the tolerance, else an error. */
function reconcile(code: FindingCode, parts: Decimal[], total: Amount, params: Record<string, string> = {}): Finding[] {
  const s = sum(parts);
  const diff = s.minus(total.value).abs();
  if (diff.eq(ZERO)) return [];
  const base = { sum: showAmount(s), total: showAmount(total.value), diff: showAmount(diff), ...params };
  if (diff.gt(ROUNDING_TOLERANCE)) return [{ severity: "error", code, sheet: total.sheet, cell: total.cell, params: base }];
  const identity = IDENTITY_NAMES[code];
  return [
    {
      severity: "warning",
      code: "ROUNDING_DIFF",
      sheet: total.sheet,
      cell: total.cell,
      params: { ...base, identity: identity.zh, identityEn: identity.en, of: code },
    },
  ];
}

/** 基本支出 + 项目支出 + 其他支出 = 决算支出合计, and 人员支出 + 公用经费 = 基本支出. */
function reconcileSpending(f: Spending["fields"]): Finding[] {
  return [
    ...(f.total && f.basic && f.project
      ? reconcile("TOTAL_MISMATCH", [f.basic.value, f.project.value, f.other?.value ?? ZERO], f.total)
      : []),
    ...(f.basic && f.personnel && f.public && sameScope(f.basic, f.personnel, f.public)
      ? reconcile("BASIC_MISMATCH", [f.personnel.value, f.public.value], f.basic)
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
  return reconcile("SUMMARY_MISMATCH", [summary.value], total, { sheetOf: summary.sheet, cellOf: summary.cell });
}

/** The project rows against 项目支出 and against the table's own 合计 row. */
function reconcileProjects(projects: ProjectTable | undefined, project: Amount | undefined): Finding[] {
  if (!projects) return [];
  const actuals = projects.rows.map((r) => r.actual?.value ?? ZERO);
  const budgets = projects.rows.map((r) => r.budget?.value ?? ZERO);
  const toTotalRow = { against: "合计行", againstEn: "the total row" };
  const t = projects.totalRow;
  return [
    ...(project && projects.columns.actual !== undefined
      ? reconcile("PROJECT_SUM_MISMATCH", actuals, project, { column: "全年执行数", against: "项目支出", againstEn: "project spending" })
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
  return [{ severity: "error", code: "WEIGHT_SUM", sheet: table.sheet, cell, params: { sum: showAmount(total) } }];
}

/** Validation over the model the reader made: pure, in the order the figures appear. */
export function validateModel(model: BudgetModel): Finding[] {
  const f = model.spending.fields;
  return [
    ...reconcileSpending(f),
    ...crossCheckSummary(model),
    ...reconcileProjects(model.spending.projects, f.project),
    ...checkWeights(model.indicators),
  ];
}
