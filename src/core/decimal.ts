/**
 * Exact decimal arithmetic for amounts, weights and scores. Binary floating point turns 0.1 + 0.2 into
 * 0.30000000000000004, which could create or hide a 0.01 reconciliation difference; big.js does not.
 */
import Big from "big.js";

export type Decimal = Big;

Big.DP = 20; // division precision (decimal places)
Big.RM = Big.roundHalfUp;

/** From a JavaScript number via its shortest round-trip text, so 2513.05 stays exactly 2513.05. */
export function dec(n: number | string): Decimal {
  return new Big(n);
}

export const ZERO = dec(0);
export const HUNDRED = dec(100);

export function sum(values: Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** Rounded half up to `dp` places, as a JavaScript number (for JSON and cells). */
export function toNumber(d: Decimal, dp?: number): number {
  return Number(dp === undefined ? d.toString() : d.round(dp, Big.roundHalfUp).toString());
}

/** Fixed-point text with `dp` places, rounded half up: fixed(dec(78.3125), 2) = "78.31". */
export function fixed(d: Decimal, dp = 2): string {
  return d.toFixed(dp, Big.roundHalfUp);
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.gt(b) ? a : b;
}
