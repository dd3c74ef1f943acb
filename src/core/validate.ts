/**
 * Reconciliation of the final-accounts figures (scoring-rules.md §7) and the weight total (§2), in exact
 * decimals. A difference of at most 0.01 of the workbook's unit is a rounding warning; more is an error.
 */
import { Decimal, ZERO, dec, fixed, sum } from "./decimal";
import { Finding, FindingCode } from "./findings";
import { WorkbookGrid } from "./grid";
import { Amount, BudgetModel } from "./model";
import { ReadResult, readWorkbook } from "./reader";

export const ROUNDING_TOLERANCE = dec("0.01");

const IDENTITY_NAMES: Record<string, { zh: string; en: string }> = {
  TOTAL_MISMATCH: { zh: "基本支出 + 项目支出 + 其他支出 = 决算支出合计", en: "basic + project + other = total" },
  BASIC_MISMATCH: { zh: "人员支出 + 公用经费 = 基本支出", en: "personnel + public = basic" },
  PROJECT_SUM_MISMATCH: { zh: "项目表各行之和", en: "sum of the project rows" },
};

/** Shows a decimal as the workbook would: at least two places, more only when the figure has them. */
export function showAmount(d: Decimal): string {
  const s = d.toString();
  const places = s.includes(".") ? s.split(".")[1].length : 0;
  return places <= 2 ? fixed(d, 2) : s;
}

function reconcile(findings: Finding[], code: FindingCode, parts: Decimal[], total: Amount, params: Record<string, string> = {}): void {
  const s = sum(parts);
  const diff = s.minus(total.value).abs();
  if (diff.eq(ZERO)) return;
  const base = { sum: showAmount(s), total: showAmount(total.value), diff: showAmount(diff), ...params };
  if (diff.lte(ROUNDING_TOLERANCE)) {
    findings.push({
      severity: "warning",
      code: "ROUNDING_DIFF",
      sheet: total.sheet,
      cell: total.cell,
      params: { ...base, identity: IDENTITY_NAMES[code].zh, identityEn: IDENTITY_NAMES[code].en, of: code },
    });
  } else {
    findings.push({ severity: "error", code, sheet: total.sheet, cell: total.cell, params: base });
  }
}

export function validateModel(model: BudgetModel): Finding[] {
  const findings: Finding[] = [];
  const f = model.spending.fields;
  if (f.total && f.basic && f.project) {
    reconcile(findings, "TOTAL_MISMATCH", [f.basic.value, f.project.value, f.other?.value ?? ZERO], f.total);
  }
  if (f.basic && f.personnel && f.public) {
    reconcile(findings, "BASIC_MISMATCH", [f.personnel.value, f.public.value], f.basic);
  }
  const projects = model.spending.projects;
  if (projects) {
    const actuals = projects.rows.map((r) => r.actual?.value ?? ZERO);
    const budgets = projects.rows.map((r) => r.budget?.value ?? ZERO);
    if (f.project && projects.columns.actual !== undefined) {
      reconcile(findings, "PROJECT_SUM_MISMATCH", actuals, f.project, {
        column: "全年执行数",
        against: "项目支出",
        againstEn: "project spending",
      });
    }
    const t = projects.totalRow;
    if (t?.actual) {
      reconcile(findings, "PROJECT_SUM_MISMATCH", actuals, t.actual, {
        column: "全年执行数",
        against: "合计行",
        againstEn: "the total row",
      });
    }
    if (t?.budget) {
      reconcile(findings, "PROJECT_SUM_MISMATCH", budgets, t.budget, {
        column: "全年预算数",
        against: "合计行",
        againstEn: "the total row",
      });
    }
  }
  const table = model.indicators;
  if (table && table.indicators.length > 0 && table.columns.weight !== undefined) {
    const weights = table.indicators.map((i) => i.weight ?? ZERO);
    const total = sum(weights);
    if (total.minus(100).abs().gt(ROUNDING_TOLERANCE)) {
      const headerCell = table.indicators[0].cells.weight!;
      findings.push({ severity: "error", code: "WEIGHT_SUM", sheet: table.sheet, cell: headerCell, params: { sum: showAmount(total) } });
    }
  }
  return findings;
}

/** Read and validate: the findings of both, in reading order. */
export function validateWorkbook(grid: WorkbookGrid): ReadResult {
  const read = readWorkbook(grid);
  return { model: read.model, findings: [...read.findings, ...validateModel(read.model)] };
}
