/**
 * One home for the rules about numbers: how a cell's value is shown, how amounts, percentages and scores are
 * rounded and written, the 0.01 tolerance, and the shares the report and the summary cite, the budget
 * execution rate among them. The arithmetic itself is decimal.ts, re-exported here.
 */
import { Decimal, HUNDRED, dec, fixed, roundHalfUp, toNumber } from "./decimal";
import type { Amount, BudgetModel } from "./model";
import type { Parsed } from "./parse";
import { toHalfWidth } from "./text";

export type { Decimal } from "./decimal";
export {
  HUNDRED,
  ROUND_DOWN,
  ROUND_HALF_UP,
  ZERO,
  dec,
  fixed,
  maxDec,
  minDec,
  roundDown,
  roundHalfUp,
  sum,
  toNumber,
} from "./decimal";

/** Amounts, weight totals and scores that differ by at most 0.01 (of the workbook's unit) differ only by rounding. */
export const ROUNDING_TOLERANCE = dec("0.01");

export function withinTolerance(a: Decimal, b: Decimal | number): boolean {
  return a.minus(b).abs().lte(ROUNDING_TOLERANCE);
}

/** Scores are kept to 2 decimals, rounded half up (docs/scoring-rules.md). */
export function round2(d: Decimal): Decimal {
  return roundHalfUp(d, 2);
}

/** An amount with 2 decimals and its unit: 2513.05万元. */
export function formatAmount(d: Decimal, unit: string): string {
  return `${fixed(d, 2)}${unit}`;
}

/** A percentage in points with 2 decimals: 78.31%. */
export function formatPercent(points: Decimal): string {
  return `${fixed(points, 2)}%`;
}

/** Units whose values are amounts of money, written like the spending figures (2 decimals). */
const AMOUNT_UNITS = new Set(["万元", "元"]);

/**
 * A measured value for the report, the number the score used: a percentage in points (95%, never 0.95%), an
 * amount in 万元 or 元 with 2 decimals (40.00万元), anything else exactly as entered, so a whole count has no
 * decimals (160个).
 */
export function formatMeasured(value: Decimal, unit: string, percent = false): string {
  const u = toHalfWidth(unit).trim();
  if (percent || u === "%") return `${value.toString()}%`;
  if (AMOUNT_UNITS.has(u)) return formatAmount(value, u);
  return `${value.toString()}${u}`;
}

/**
 * A parsed cell as text: a number as exact as entered with `unit`, or "%" for a percentage when there is no
 * unit; text as written; undefined when the cell is empty or an error value, which have nothing to show.
 */
export function parsedText(p: Parsed, unit = ""): string | undefined {
  if (p.kind === "number") return `${p.value.toString()}${unit || (p.percent ? "%" : "")}`;
  if (p.kind === "text") return p.text;
  return undefined;
}

/** A parsed cell for JSON: a number as a number (a percentage in points), text or an error value as its text, nothing as null. */
export function parsedValue(p: Parsed): number | string | null {
  switch (p.kind) {
    case "empty":
      return null;
    case "number":
      return toNumber(p.value);
    case "text":
      return p.text;
    case "error":
      return p.error;
  }
}

/** part ÷ whole × 100, exact until the final rounding; undefined when either is missing or whole is 0. */
export function share(part: Amount | undefined, whole: Amount | undefined): Decimal | undefined {
  if (!part || !whole || whole.value.eq(0)) return undefined;
  return part.value.times(HUNDRED).div(whole.value);
}

/** The budget execution rate in percent, 决算支出合计 ÷ 全年预算数 × 100; undefined when either is missing or the budget is 0. */
export function executionRate(model: BudgetModel): Decimal | undefined {
  const f = model.spending.fields;
  return share(f.total, f.budget);
}
