/**
 * Reconciliation of the final-accounts figures (docs/scoring-rules.md §7) and the weight total (§2), in exact
 * decimals, over the model the reader made. A difference of at most 0.01 of the workbook's unit is a
 * rounding warning; more is an error.
 */
import { Decimal, ROUNDING_TOLERANCE, ZERO, sum } from "./numbers";
import { Finding } from "./findings";
import { Amount, BudgetModel, IndicatorTable, ProjectTable, Spending } from "./model";
import { checkBudgetPicture } from "./budgetChecks";
import { IdentityName, reconcile, showAmount } from "./reconcile";

export { showAmount } from "./reconcile";

type SpendingIdentity = "TOTAL_MISMATCH" | "BASIC_MISMATCH" | "PROJECT_SUM_MISMATCH";

const IDENTITY_NAMES: Record<SpendingIdentity, IdentityName> = {
  TOTAL_MISMATCH: { zh: "基本支出 + 项目支出 + 其他支出 = 决算支出合计", en: "basic + project + other = total" },
  BASIC_MISMATCH: { zh: "人员支出 + 公用经费 = 基本支出", en: "personnel + public = basic" },
  PROJECT_SUM_MISMATCH: { zh: "项目表各行之和", en: "sum of the project rows" },
};

/** The reconciliation of one of the identities above. */
function reconcileIdentity(code: SpendingIdentity, parts: Decimal[], total: Amount, params: Record<string, string> = {}): Finding[] {
  return reconcile(code, parts, total, IDENTITY_NAMES[code], params);
}

/** 基本支出 + 项目支出 + 其他支出 = 决算支出合计, and 人员支出 + 公用经费 = 基本支出. */
function reconcileSpending(f: Spending["fields"]): Finding[] {
  return [
    ...(f.total && f.basic && f.project
      ? reconcileIdentity("TOTAL_MISMATCH", [f.basic.value, f.project.value, f.other?.value ?? ZERO], f.total)
      : []),
    ...(f.basic && f.personnel && f.public ? reconcileIdentity("BASIC_MISMATCH", [f.personnel.value, f.public.value], f.basic) : []),
  ];
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
      ? reconcileIdentity("PROJECT_SUM_MISMATCH", actuals, project, {
          column: "全年执行数",
          against: "项目支出",
          againstEn: "project spending",
        })
      : []),
    ...(t?.actual ? reconcileIdentity("PROJECT_SUM_MISMATCH", actuals, t.actual, { column: "全年执行数", ...toTotalRow }) : []),
    ...(t?.budget ? reconcileIdentity("PROJECT_SUM_MISMATCH", budgets, t.budget, { column: "全年预算数", ...toTotalRow }) : []),
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
    ...reconcileProjects(model.spending.projects, f.project),
    ...checkBudgetPicture(model),
    ...checkWeights(model.indicators),
  ];
}
