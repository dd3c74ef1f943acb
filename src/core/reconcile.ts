/**
 * Whether parts add up to a total, in exact decimals: a difference of at most 0.01 of the workbook's unit
 * is a rounding warning (published figures are rounded to 0.01), more is an error on the total's cell
 * (docs/scoring-rules.md §7). Shared by the spending identities (validate.ts) and the budget picture's.
 */
import { Decimal, ROUNDING_TOLERANCE, ZERO, fixed, sum } from "./numbers";
import { BudgetIdentity, Difference, Finding, finding } from "./findings";
import { Amount } from "./model";

/** Shows a decimal as the workbook would: at least two places, more only when the figure has them. */
export function showAmount(d: Decimal): string {
  const s = d.toString();
  const places = s.includes(".") ? s.split(".")[1].length : 0;
  return places <= 2 ? fixed(d, 2) : s;
}

/** How far the parts are from the total, as shown; undefined when they add up exactly. */
export function differenceOf(parts: Decimal[], total: Amount): { sides: Difference; rounding: boolean } | undefined {
  const s = sum(parts);
  const diff = s.minus(total.value).abs();
  if (diff.eq(ZERO)) return undefined;
  const sides: Difference = { sum: showAmount(s), total: showAmount(total.value), diff: showAmount(diff) };
  return { sides, rounding: diff.lte(ROUNDING_TOLERANCE) };
}

/** A budget-picture identity: BUDGET_IDENTITY_MISMATCH on the total's cell, or a rounding warning there. */
export function reconcileIdentity(identity: BudgetIdentity, parts: Decimal[], total: Amount): Finding[] {
  const d = differenceOf(parts, total);
  if (!d) return [];
  if (d.rounding) {
    return [finding("warning", "ROUNDING_DIFF", total.sheet, total.cell, { ...d.sides, of: "BUDGET_IDENTITY_MISMATCH", identity })];
  }
  return [finding("error", "BUDGET_IDENTITY_MISMATCH", total.sheet, total.cell, { ...d.sides, identity })];
}
