/**
 * Percentages in an indicator row, settled once at reading so that the score, its explanation and the
 * report all see the same number (docs/workbook-format.md, "How values are read").
 *
 * In a percentage row (unit %, a value written with % or %-formatted, or the 预算执行率 row) values are
 * percentage points. A %-formatted cell already is (parse.ts reads 0.96 shown as 96% as 96). A plain
 * number of at most 1.5 compared with a value above 1.5 is a fraction typed for a percentage (0.96 against
 * 95 means 96 %) and is read ×100; the 预算执行率 row is always compared with 100 %. The reader warns
 * each time, since "0.96%" written with its sign is how to mean 0.96 %.
 */
import { Decimal, HUNDRED, dec } from "../decimal";
import { Parsed } from "../parse";
import { toHalfWidth } from "../text";

/** 1.5 rather than 1 so that an over-achieved 1.2 still reads as 120 %, as it always has. */
const FRACTION_LIMIT = dec("1.5");

export type PercentSide = "target" | "actual";

export interface PercentRow {
  target: Parsed;
  actual: Parsed;
  unit: string;
  isExecutionRate: boolean;
}

const isPercentNumber = (p: Parsed) => p.kind === "number" && p.percent;

function isPercentRow(row: PercentRow): boolean {
  return row.isExecutionRate || toHalfWidth(row.unit).trim() === "%" || isPercentNumber(row.target) || isPercentNumber(row.actual);
}

/** A plain number small enough to be a fraction, compared with a value large enough to be points. */
function isFraction(p: Parsed, reference: Decimal | undefined): boolean {
  return p.kind === "number" && !p.percent && p.value.abs().lte(FRACTION_LIMIT) && reference !== undefined && reference.gt(FRACTION_LIMIT);
}

/** The row's target and actual in percentage points, and which of them were plain fractions read ×100. */
export function inPercentPoints(row: PercentRow): { target: Parsed; actual: Parsed; fractions: PercentSide[] } {
  const { target, actual } = row;
  if (!isPercentRow(row)) return { target, actual, fractions: [] };
  const valueOf = (p: Parsed) => (p.kind === "number" ? p.value : undefined);
  const reference = (other: Parsed) => (row.isExecutionRate ? HUNDRED : valueOf(other));
  const fractions: PercentSide[] = [];
  const points = (p: Parsed, other: Parsed, side: PercentSide): Parsed => {
    if (p.kind !== "number" || !isFraction(p, reference(other))) return p;
    // A zero is 0 % either way: nothing was reinterpreted, so nothing to warn about.
    if (!p.value.eq(0)) fractions.push(side);
    return { ...p, value: p.value.times(HUNDRED), unit: "%", percent: true };
  };
  return { target: points(target, actual, "target"), actual: points(actual, target, "actual"), fractions };
}
