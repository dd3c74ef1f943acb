/**
 * Whether parts add up to a total, in exact decimals: a difference of at most 0.01 of the workbook's unit
 * is a rounding warning (published figures are rounded to 0.01), more is an error on the total's cell
 * (docs/scoring-rules.md §7). Shared by the spending identities and the budget picture's.
 */
import { Decimal, ROUNDING_TOLERANCE, ZERO, fixed, sum } from "./numbers";
import { Finding, FindingCode } from "./findings";
import { Amount } from "./model";

/** What an identity is called in a rounding warning. */
export interface IdentityName {
  zh: string;
  en: string;
}

/** Shows a decimal as the workbook would: at least two places, more only when the figure has them. */
export function showAmount(d: Decimal): string {
  const s = d.toString();
  const places = s.includes(".") ? s.split(".")[1].length : 0;
  return places <= 2 ? fixed(d, 2) : s;
}

/** A finding when the parts do not add up to the total: a rounding warning within the tolerance, else an error. */
export function reconcile(
  code: FindingCode,
  parts: Decimal[],
  total: Amount,
  identity: IdentityName,
  params: Record<string, string> = {},
): Finding[] {
  const s = sum(parts);
  const diff = s.minus(total.value).abs();
  if (diff.eq(ZERO)) return [];
  const base = { sum: showAmount(s), total: showAmount(total.value), diff: showAmount(diff), ...params };
  if (diff.gt(ROUNDING_TOLERANCE)) return [{ severity: "error", code, sheet: total.sheet, cell: total.cell, params: base }];
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
