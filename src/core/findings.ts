/**
 * Findings: what validation and scoring have to say about a workbook, each tied to a sheet and an A1 cell.
 * The code is stable (tools may match on it); its parameters are typed per code and hold values and
 * language-neutral keys only. Words are the catalogue's job (src/i18n), in each language.
 */
import type { FundsLine, FundsStage } from "./model";
import type { PercentSide } from "./read/percent";
import type { Band, Unusable } from "./scoring";
import type { SheetKey } from "./schema";
import type { RateBasis, RateDenominator } from "./settings";

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
  "SUMMARY_MISMATCH",
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
  "SCORE_COLUMN_ADDED",
  "REPORT_PLACEHOLDER",
  "BUDGET_IDENTITY_MISMATCH",
  "EXECUTION_RATE_DIFFERS",
  "RATE_DENOMINATOR_FALLBACK",
  "QUALITATIVE_WORD_UNKNOWN",
  "QUALITATIVE_WORD_SCORE_KEPT",
  "COEFFICIENT_DIFFERS",
  "MANUAL_SCORE",
  "STANDARD_UNRECOGNISED",
  "SCORE_OUT_OF_RANGE",
  "CATEGORY_WEIGHT_MISMATCH",
  "AMBIGUOUS_TABLE",
  "HIDDEN_TABLE_IGNORED",
  "TABLE_ON_HIDDEN_SHEET",
  "TABLE_CHOICE_INVALID",
  "REPORT_DEFAULT_TEXT",
  "DIRECTION_UNSTATED",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** The identities that reconciliation checks; a rounding difference names the one it belongs to. */
export type ReconciledCode = "TOTAL_MISMATCH" | "BASIC_MISMATCH" | "PROJECT_SUM_MISMATCH" | "SUMMARY_MISMATCH";

/**
 * An identity of the budget picture (docs/scoring-rules.md §7a), by what adds up and where: 基本 + 项目 = 合计
 * or 财政拨款 (+ 上年结转资金) + 其他资金 = 合计 in a stage of the funds table; the 三公经费's vehicle parts or its total in a
 * column of its table; income; or a table's figure against the same figure's label (`label` as written).
 */
export type BudgetIdentity =
  | { kind: "basicProject" | "fiscalOther" | "fiscalCarryoverOther"; stage: FundsStage }
  | { kind: "vehicleParts" | "threeCosts"; column: "budget" | "final" }
  | { kind: "income" }
  | { kind: "labelled"; stage: FundsStage; line: FundsLine; label: string };

/** What a value that could not be recognised should have been, by kind. */
export type ExpectedValue =
  | "year"
  | "unit"
  | "date"
  | "problemOrMeasure"
  | "reverseFormula"
  | "percentage"
  | "share"
  | "qualitativeBand"
  | "completionTime"
  | "wordList"
  | "rateDenominator"
  | "rateBasis"
  | "yesNo"
  | "scoreDecimals";

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
  /** 收入支出决算总表's 本年支出合计 (`sum`, on `summarySheet`!`summaryCell`) against 决算支出合计 (`total`). */
  SUMMARY_MISMATCH: Difference & { summarySheet: string; summaryCell: string };
  ROUNDING_DIFF: Difference & ({ of: ReconciledCode } | { of: "BUDGET_IDENTITY_MISMATCH"; identity: BudgetIdentity });
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
  /** A form without a 得分 column: the tool's own columns were added right of it, from `column` (a letter). */
  SCORE_COLUMN_ADDED: { column: string };
  REPORT_PLACEHOLDER: { what: string };
  BUDGET_IDENTITY_MISMATCH: Difference & { identity: BudgetIdentity };
  /** The rate entered and the one computed by the rule in force (`basis`, `denominator`), in percent. */
  EXECUTION_RATE_DIFFERS: IndicatorRef & { entered: string; computed: string; basis: RateBasis; denominator: RateDenominator };
  /** The rule's budget (`wanted`) was not given, so `used` divided; `amount` is that budget. */
  RATE_DENOMINATOR_FALLBACK: IndicatorRef & { wanted: RateDenominator; used: RateDenominator; amount: string };
  QUALITATIVE_WORD_UNKNOWN: IndicatorRef & { text: string };
  /** `band`: the band the entered `score` falls in. */
  QUALITATIVE_WORD_SCORE_KEPT: IndicatorRef & { text: string; score: string; band: Band };
  /** 得分系数 entered and computed, in percent. */
  COEFFICIENT_DIFFERS: IndicatorRef & { entered: string; computed: string };
  /** `standard`: the row's 评分标准 as written; `why` it could not score the row; `score` kept as entered. */
  MANUAL_SCORE: IndicatorRef & { standard: string; why: Unusable; score: string };
  /** As MANUAL_SCORE, but no score was entered: `score` is the general rule's. */
  STANDARD_UNRECOGNISED: IndicatorRef & { standard: string; why: Unusable; score: string };
  SCORE_OUT_OF_RANGE: IndicatorRef & { old: string; weight: string };
  /** `category`: the 一级指标 as written, without its stated weight. */
  CATEGORY_WEIGHT_MISMATCH: IndicatorRef & { category: string; stated: string; sum: string };
  /** A kind of table found in several `places` (Sheet!A1:J20) and none read. */
  AMBIGUOUS_TABLE: { kind: SheetKey; places: readonly string[] };
  /** The visible table read (`chosen`), the same kind on hidden sheets (`others`) left. */
  HIDDEN_TABLE_IGNORED: { kind: SheetKey; chosen: string; others: readonly string[] };
  TABLE_ON_HIDDEN_SHEET: { kind: SheetKey; sheet: string };
  /** The place the user named (--table) is on a `sheet` the workbook does not have. */
  TABLE_CHOICE_INVALID: { kind: SheetKey; sheet: string };
  /** `what`: the report's text this tool drafted in place of the unit's own (自评工作开展情况, a measure's caption). */
  REPORT_DEFAULT_TEXT: { what: string };
  /** 指标性质 `text` ("" when blank, else 定量指标) and a target without ≥ or ≤: the entered `score` kept as 人工评分. */
  DIRECTION_UNSTATED: IndicatorRef & { text: string; score: string };
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
