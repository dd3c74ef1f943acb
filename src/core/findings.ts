/**
 * Findings: what validation and scoring have to say about a workbook, each tied to a sheet and an A1 cell.
 * The code is stable (tools may match on it); its parameters are typed per code and hold values and
 * language-neutral keys only. Words are the catalogue's job (src/i18n), in each language.
 */
import type { PercentSide } from "./read/percent";
import type { Band } from "./scoring";

export type Severity = "error" | "warning";

/** Every code a finding can have; tools may match on them, so they do not change. */
export const FINDING_CODES = [
  "MISSING_SHEET",
  "MISSING_FIELD",
  "MISSING_COLUMN",
  "NOT_A_NUMBER",
  "INVALID_VALUE",
  "PERCENT_AS_FRACTION",
  "TOTAL_MISMATCH",
  "BASIC_MISMATCH",
  "PROJECT_SUM_MISMATCH",
  "ROUNDING_DIFF",
  "WEIGHT_SUM",
  "DEVIATION_REASON_MISSING",
  "OVERACHIEVED_REASON_MISSING",
  "QUALITATIVE_DEFAULT_SCORE",
  "WORD_ACTUAL",
  "ENTERED_SCORE_DIFFERS",
  "EXECUTION_RATE_LOW",
  "MISSING_ACTUAL",
  "MISSING_WEIGHT",
  "UNKNOWN_COMPARISON",
  "QUALITATIVE_SCORE_OUT_OF_BAND",
  "FORMULA_CELL_KEPT",
  "REPORT_PLACEHOLDER",
  "REPORT_DEFAULT_TEXT",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** The identities that reconciliation checks; a rounding difference names the one it belongs to. */
export type ReconciledCode = "TOTAL_MISMATCH" | "BASIC_MISMATCH" | "PROJECT_SUM_MISMATCH";

/** What a value that could not be recognised should have been, by kind. */
export type ExpectedValue =
  | "year"
  | "unit"
  | "date"
  | "problemOrMeasure"
  | "reverseFormula"
  | "percentage"
  | "share"
  | "qualitativeBand";

/** Two sides of a reconciled identity as the workbook shows amounts, and their absolute difference. */
export interface Difference {
  sum: string;
  total: string;
  diff: string;
}

/** An indicator as a message names it: its 三级指标, or, when that is blank (""), its Excel row. */
export interface IndicatorRef {
  name: string;
  row: number;
}

/**
 * The parameters of each code. Amounts, scores and percentages are strings as the domain formats them;
 * `text` is a cell's content as written ("" when the cell is empty); `field`, `column` and `sheet` are
 * the workbook's own labels, which every language quotes as they are.
 */
export interface FindingParams {
  MISSING_SHEET: { sheet: string; aliases: readonly string[] };
  MISSING_FIELD: { field: string };
  MISSING_COLUMN: { column: string };
  NOT_A_NUMBER: { field: string; text: string };
  INVALID_VALUE: { field: string; text: string; expected: ExpectedValue };
  /** `points`: the fraction `text` read as percentage points. */
  PERCENT_AS_FRACTION: IndicatorRef & { side: PercentSide; text: string; points: string };
  TOTAL_MISMATCH: Difference;
  BASIC_MISMATCH: Difference;
  PROJECT_SUM_MISMATCH: Difference & { column: string; against: "project" | "totalRow" };
  ROUNDING_DIFF: Difference & { of: ReconciledCode };
  WEIGHT_SUM: { sum: string };
  DEVIATION_REASON_MISSING: IndicatorRef & { actual: string; target: string };
  OVERACHIEVED_REASON_MISSING: IndicatorRef & { actual: string; target: string; ratio: string; threshold: string };
  QUALITATIVE_DEFAULT_SCORE: IndicatorRef & { band: Band; score: string };
  WORD_ACTUAL: IndicatorRef & { text: string };
  ENTERED_SCORE_DIFFERS: IndicatorRef & { old: string; score: string };
  EXECUTION_RATE_LOW: IndicatorRef & { rate: string; threshold: string };
  MISSING_ACTUAL: IndicatorRef;
  MISSING_WEIGHT: IndicatorRef;
  UNKNOWN_COMPARISON: IndicatorRef & { text: string };
  QUALITATIVE_SCORE_OUT_OF_BAND: IndicatorRef & { band: Band; low: string; high: string; old: string };
  /** `wanted`: what the rules would have written; `shown`: what the user's formula shows ("" when nothing). */
  FORMULA_CELL_KEPT: { wanted: string; shown: string };
  REPORT_PLACEHOLDER: { what: string };
  /** `what`: the report's text this tool drafted in place of the unit's own (自评工作开展情况, a measure's caption). */
  REPORT_DEFAULT_TEXT: { what: string };
}

/** A finding of one code, or (the default) of any: a union on `code`, so `params` narrows with it. */
export type Finding<C extends FindingCode = FindingCode> = {
  [K in C]: { severity: Severity; code: K; sheet: string; cell: string; params: FindingParams[K] };
}[C];

/**
 * Makes a finding; the parameters must be those of its code, all of them. It returns the union `Finding`
 * (not `Finding<C>`), which callers generic over the code can collect: the compiler cannot match a generic
 * `C` to one member of the union, though the signature guarantees that `code` and `params` agree.
 */
export function finding<C extends FindingCode>(severity: Severity, code: C, sheet: string, cell: string, params: FindingParams[C]): Finding {
  return { severity, code, sheet, cell, params } as Finding;
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
