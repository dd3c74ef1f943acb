/**
 * Exact decimal arithmetic for amounts, weights and scores. Binary floating point turns 0.1 + 0.2 into
 * 0.30000000000000004, which could create or hide a 0.01 reconciliation difference; big.js does not.
 * The rules for showing, rounding and comparing numbers live in numbers.ts, which re-exports this module.
 */
import Big from "big.js";

export type Decimal = Big;

/**
 * A big.js constructor of our own: its settings are separate from the global Big's, so importing the core
 * changes nothing for other users of big.js, and their settings change nothing here. Every Decimal is made
 * by it, and an operation follows the settings of the number it is called on.
 */
const D = Big();
D.DP = 20; // division precision (decimal places)
D.RM = D.roundHalfUp;

/** big.js rounding modes by name. */
export const ROUND_DOWN: Big.RoundingMode = 0;
export const ROUND_HALF_UP: Big.RoundingMode = 1;

/** From a JavaScript number via its shortest round-trip text, so 2513.05 stays exactly 2513.05. */
export function dec(n: number | string): Decimal {
  return new D(n);
}

/**
 * The numbers a budget can hold: below 10^15 (15 digits before the decimal point, a thousand trillion
 * yuan) and, when written as text, at most 20 decimals (the division precision above) and an exponent
 * (1.5e3) of at most ±20. Anything beyond is read as text, so it becomes a NOT_A_NUMBER finding on its cell
 * instead of a number whose digits would have to be written out: 1e999999999 as text with 2 decimals is a
 * billion characters, which is where V8 gave up (issue #14). A number cell (a double) is at most 17
 * significant digits, so only its size is bounded.
 */
export const MAX_INTEGER_DIGITS = 15;
export const MAX_DECIMALS = 20;
export const MAX_EXPONENT = 20;

/** True when |d| < 10^15. big.js keeps d as digits c × 10^(e − c.length + 1): |d| < 10^(e + 1). */
export function fitsBudget(d: Decimal): boolean {
  return d.e < MAX_INTEGER_DIGITS;
}

/** As fitsBudget, and with at most MAX_DECIMALS decimals (c.length − 1 − e of them): for numbers written as text. */
export function fitsBudgetExactly(d: Decimal): boolean {
  return fitsBudget(d) && d.c.length - 1 - d.e <= MAX_DECIMALS;
}

export const ZERO = dec(0);
export const HUNDRED = dec(100);

export function sum(values: Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

export function roundHalfUp(d: Decimal, dp: number): Decimal {
  return d.round(dp, ROUND_HALF_UP);
}

/** Rounded towards zero: keeps 7.999 at 7.99 where rounding up would cross a band's upper bound. */
export function roundDown(d: Decimal, dp: number): Decimal {
  return d.round(dp, ROUND_DOWN);
}

/** As a JavaScript number (for JSON and cells): exact without `dp`, else rounded half up to `dp` places. */
export function toNumber(d: Decimal, dp?: number): number {
  return Number(dp === undefined ? d.toString() : roundHalfUp(d, dp).toString());
}

/** Fixed-point text with `dp` places, rounded half up: fixed(dec(78.3125), 2) = "78.31". */
export function fixed(d: Decimal, dp = 2): string {
  return d.toFixed(dp, ROUND_HALF_UP);
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.gt(b) ? a : b;
}
