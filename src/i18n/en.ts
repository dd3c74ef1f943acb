/** English. The workbook's own labels (sheet, column and field names) stay Chinese, quoted as they are. */
import { EN_BATCH } from "./batch.en";
import { EN_PANE } from "./pane.en";
import type { BudgetIdentity, ExpectedValue, FindingParams, IndicatorRef, ReconciledCode } from "../core/findings";
import type { FundsLine, FundsStage } from "../core/model";
import type { PercentSide } from "../core/read/percent";
import type { Band, Unusable } from "../core/scoring";
import type { SheetKey } from "../core/schema";
import type { RateBasis, RateDenominator } from "../core/settings";
import type { WriteKind } from "../app/journal";
import { plural } from "./plural";
import type { Messages } from "./types";

const EXPECTED: Record<ExpectedValue, string> = {
  year: "a four-digit year, such as 2020 or 2020年",
  unit: "“万元” or “元”",
  date: "a date, such as 2021年4月15日",
  problemOrMeasure: "“问题” (problem) or “措施” (measure)",
  reverseFormula: "“线性” (linear) or “比例” (ratio)",
  percentage: "a percentage, such as 90%",
  share: "a share from 0% to 100%",
  qualitativeBand: "达成, 部分达成 or 未达成 (achieved, partly achieved, not achieved)",
  completionTime: "a completion date, such as 2023年11月",
  wordList: "words separated by 、 or commas, such as 高、好、较好",
  rateDenominator: "“全年预算数” or “调整后预算数” (full-year budget), or “年初预算数” (initial budget)",
  rateBasis: "“全部资金” (all funds) or “财政拨款” (fiscal funds only)",
  yesNo: "“是” (yes) or “否” (no)",
  scoreDecimals: "1 or 2",
};

const BAND: Record<Band, string> = {
  achieved: "achieved",
  partial: "partly achieved",
  notAchieved: "not achieved",
};

const IDENTITY: Record<ReconciledCode, string> = {
  TOTAL_MISMATCH: "basic + project + other = total",
  BASIC_MISMATCH: "personnel + public = basic",
  PROJECT_SUM_MISMATCH: "sum of the project rows",
  SUMMARY_MISMATCH: "the summary table's total = total spending",
};

const TABLES: Record<SheetKey, string> = {
  info: "basic information",
  spending: "final-accounts spending",
  indicators: "indicator table",
  problems: "problems and measures",
  settings: "scoring settings",
  funds: "budget execution (funds block)",
  expenditure: "expenditure table (final accounts)",
  basicExpenditure: "basic expenditure table (final accounts)",
  incomeSummary: "income and expenditure summary (final accounts)",
};

const AGAINST = { project: "project spending", totalRow: "the total row" };

const STAGE: Record<FundsStage, string> = { initial: "initial budget", adjusted: "full-year budget", final: "final accounts" };
const LINE: Record<FundsLine, string> = {
  total: "total",
  basic: "basic spending",
  project: "project spending",
  fiscal: "fiscal funds",
  carryover: "carry-over from the previous year",
  otherFunds: "other funds",
};
const THREE_COSTS = { budget: "budget", final: "final accounts" };

/** An identity of the budget picture (scoring-rules.md §7a). */
function budgetIdentity(i: BudgetIdentity): string {
  switch (i.kind) {
    case "basicProject":
      return `${STAGE[i.stage]}: basic + project = total`;
    case "fiscalOther":
      return `${STAGE[i.stage]}: fiscal + other funds = total`;
    case "fiscalCarryoverOther":
      return `${STAGE[i.stage]}: fiscal + carry-over + other funds = total`;
    case "vehicleParts":
      return `official costs, ${THREE_COSTS[i.column]}: vehicle purchase + vehicle running = official vehicles`;
    case "threeCosts":
      return `official costs, ${THREE_COSTS[i.column]}: travel abroad + official vehicles + official reception = total`;
    case "income":
      return "fiscal + other income = total income";
    case "labelled":
      return `funds table, ${STAGE[i.stage]}, ${LINE[i.line]} = “${i.label}”`;
  }
}

const identityOf = (p: FindingParams["ROUNDING_DIFF"]) =>
  p.of === "BUDGET_IDENTITY_MISMATCH" ? budgetIdentity(p.identity) : IDENTITY[p.of];

const DENOMINATOR: Record<RateDenominator, string> = { adjusted: "full-year budget", initial: "initial budget" };
/** The budgets' names in the workbook, which 评分设置 takes. */
const DENOMINATOR_LABEL: Record<RateDenominator, string> = { adjusted: "全年预算数", initial: "年初预算数" };
const rateFormula = (basis: RateBasis, d: RateDenominator) => `${basis === "fiscal" ? "fiscal " : ""}final accounts ÷ ${DENOMINATOR[d]}`;

/** Why a 评分标准 could not score its row. */
const WHY: Record<Unusable, string> = {
  unrecognised: "was not recognised",
  uncovered: "does not cover this case",
  noDay: "deducts per day but the dates have no day",
};
const SIDE: Record<PercentSide, string> = { target: "target", actual: "actual value" };

/** What a write wrote: the pane's 上次写入 and the command line's --undo name it alike. */
const WRITE_KIND: Record<WriteKind, string> = { scores: "scores", report: "report", scoresAndReport: "scores and report" };

const indicator = (p: IndicatorRef) => p.name || `row ${p.row}`;
/** A cell's text as quoted in a message; an empty cell says so. */
const shown = (text: string) => text || "(empty)";
const errors = (n: number) => plural("en", n, { one: "error", other: "errors" });
const warnings = (n: number) => plural("en", n, { one: "warning", other: "warnings" });

export const en: Messages = {
  findings: {
    MISSING_SHEET: (p) => `Missing sheet “${p.sheet}” (also accepted: ${p.aliases.join(", ") || "—"})`,
    MISSING_FIELD: (p) => `Required field “${p.field}” is missing`,
    MISSING_COLUMN: (p) => `Column “${p.column}” not found in the header row`,
    NOT_A_NUMBER: (p) => `“${p.field}” should be a number but is “${shown(p.text)}”`,
    INVALID_VALUE: (p) => `“${p.field}” has an unrecognised value “${shown(p.text)}”; expected ${EXPECTED[p.expected]}`,
    PERCENT_AS_FRACTION: (p) =>
      `Indicator “${indicator(p)}”: the ${SIDE[p.side]} “${p.text}” was read as a fraction, ${p.points}%; if ${p.text}% is meant, write “${p.text}%”`,
    TOTAL_MISMATCH: (p) => `Basic + project + other spending = ${p.sum}, which differs from the total ${p.total} by ${p.diff}`,
    BASIC_MISMATCH: (p) => `Personnel + public spending = ${p.sum}, which differs from basic spending ${p.total} by ${p.diff}`,
    PROJECT_SUM_MISMATCH: (p) =>
      `The project rows' “${p.column}” add up to ${p.sum}, which differs from ${AGAINST[p.against]} ${p.total} by ${p.diff}`,
    SUMMARY_MISMATCH: (p) =>
      `The summary table's total spending ${p.sum} (${p.summarySheet}!${p.summaryCell}) differs from the total ${p.total} by ${p.diff}`,
    ROUNDING_DIFF: (p) => `${identityOf(p)}: ${p.sum} and ${p.total} differ by ${p.diff}, a rounding difference; please check`,
    WEIGHT_SUM: (p) => `The indicator weights total ${p.sum}; they should total 100`,
    DEVIATION_REASON_MISSING: (p) =>
      `Indicator “${indicator(p)}” was not achieved (actual ${p.actual}, target ${p.target}); explain the deviation`,
    OVERACHIEVED_REASON_MISSING: (p) =>
      `Indicator “${indicator(p)}” reached ${p.ratio}% of its target (${p.actual} vs ${p.target}, threshold ${p.threshold}%); explain why`,
    QUALITATIVE_DEFAULT_SCORE: (p) =>
      `Qualitative indicator “${indicator(p)}” (${BAND[p.band]}) had no score; the default ${p.score} was given, please confirm`,
    WORD_ACTUAL: (p) =>
      `Indicator “${indicator(p)}” has the word “${shown(p.text)}” as its actual value; scored as achieved, please enter the number`,
    ENTERED_SCORE_DIFFERS: (p) =>
      `Indicator “${indicator(p)}” had the score ${p.old} entered; the rules give ${p.score}, which was written`,
    EXECUTION_RATE_LOW: (p) => `The budget execution rate ${p.rate}% is below ${p.threshold}%; give the reason`,
    MISSING_ACTUAL: (p) => `Indicator “${indicator(p)}” has no actual value`,
    MISSING_WEIGHT: (p) => `Indicator “${indicator(p)}” has no weight`,
    UNKNOWN_COMPARISON: (p) => `Indicator “${indicator(p)}” has an unknown comparison “${shown(p.text)}”; use ≥ > ≤ < = or 定性`,
    QUALITATIVE_SCORE_OUT_OF_BAND: (p) =>
      `Qualitative indicator “${indicator(p)}” is “${BAND[p.band]}”: its score must lie between ${p.low} and ${p.high}, but ${p.old} was entered`,
    SCORE_COLUMN_ADDED: (p) =>
      `This table has no “得分” (score) column: the scores and explanations go into columns added right of it, from column ${p.column}; the table's own cells are unchanged`,
    FORMULA_CELL_KEPT: (p) =>
      `This cell holds a formula and was left as it is: the rules give “${p.wanted}”, the formula shows “${shown(p.shown)}”`,
    REPORT_PLACEHOLDER: (p) => `The report lacks “${p.what}”; a 【待补充】 placeholder was left`,
    BUDGET_IDENTITY_MISMATCH: (p) => `${budgetIdentity(p.identity)}: ${p.sum} and ${p.total} differ by ${p.diff}`,
    EXECUTION_RATE_DIFFERS: (p) =>
      `The entered execution rate ${p.entered}% differs from ${p.computed}% computed as ${rateFormula(p.basis, p.denominator)}; the entered rate was scored, please check`,
    RATE_DENOMINATOR_FALLBACK: (p) =>
      `No ${DENOMINATOR[p.wanted]} was given, so the execution rate divides by the ${DENOMINATOR[p.used]} ${p.amount}; if that is meant, set “执行率分母” to “${DENOMINATOR_LABEL[p.used]}” in “评分设置”`,
    QUALITATIVE_WORD_UNKNOWN: (p) =>
      `Qualitative indicator “${indicator(p)}”: “${shown(p.text)}” is not a known achievement word, so it is left unscored; enter its score or add the word in “评分设置”`,
    QUALITATIVE_WORD_SCORE_KEPT: (p) =>
      `Qualitative indicator “${indicator(p)}”: “${shown(p.text)}” is not a known achievement word; the entered score ${p.score} was kept, which falls in “${BAND[p.band]}”; please confirm`,
    COEFFICIENT_DIFFERS: (p) =>
      `Indicator “${indicator(p)}” has the score coefficient ${p.entered}% entered; the rules give ${p.computed}%, which was scored`,
    MANUAL_SCORE: (p) =>
      `Indicator “${indicator(p)}”: its scoring standard “${p.standard}” ${WHY[p.why]}; the entered score ${p.score} was kept (scored by hand), please check`,
    STANDARD_UNRECOGNISED: (p) =>
      `Indicator “${indicator(p)}”: its scoring standard “${p.standard}” ${WHY[p.why]} and no score was entered; the general rule gave ${p.score}, please check`,
    SCORE_OUT_OF_RANGE: (p) => `Indicator “${indicator(p)}” has the score ${p.old} entered, outside 0 to its weight ${p.weight}`,
    CATEGORY_WEIGHT_MISMATCH: (p) =>
      `The level-1 indicator “${p.category}” states ${p.stated} points, but its indicators' weights total ${p.sum}`,
    AMBIGUOUS_TABLE: (p) =>
      `Found ${p.places.length} tables of one kind (${TABLES[p.kind]}): ${p.places.join(", ")}; which one to read is not clear, so none was read (choose with --table ${p.kind}=Sheet!A1:J20)`,
    HIDDEN_TABLE_IGNORED: (p) =>
      `Another ${TABLES[p.kind]} is on a hidden sheet (${p.others.join(", ")}); the visible one, ${p.chosen}, was read`,
    TABLE_ON_HIDDEN_SHEET: (p) =>
      `The ${TABLES[p.kind]} is on the hidden sheet “${p.sheet}”: it was read, but this tool writes nothing into a hidden sheet`,
    TABLE_CHOICE_INVALID: (p) => `The place given for the ${TABLES[p.kind]} is on the sheet “${p.sheet}”, which the workbook does not have`,
    REPORT_DEFAULT_TEXT: (p) => `The report's “${p.what}” is generic text drafted by this tool: review it, or replace it with your own`,
    DIRECTION_UNSTATED: (p) =>
      `Indicator “${indicator(p)}”${p.text ? ` (comparison “${p.text}”)` : ""} has a target without ≥ or ≤, so whether more or less is better is not stated: the entered score ${p.score} was kept (scored by hand); write ≥ or ≤ before the target`,
  },
  ui: {
    ...EN_PANE,
    appTitle: "Performance Self-Evaluation Assistant",
    scoreTitle: "Scoring result",
    scoreDone: (total, grade) => `Total score ${total}, grade: ${grade}`,
    scoreWarnings: (n) =>
      `${plural("en", n, { one: "more notice", other: "more notices" })}: see the Performance Self-Evaluation Assistant.`,
    errorsFound: (n) => `${errors(n)} found; scoring is incomplete.`,
    scoreErrors: (n) => `${errors(n)} found; scoring is incomplete. The first error's cell is selected:`,
    scoreNoTable: "Nothing was written: no performance-indicator table with a 得分 (score) column was found.",
    notWrittenErrors:
      "Nothing was written to the sheet. Correct the errors first, or review and confirm in the Performance Self-Evaluation Assistant.",
    overwritesFound: (n) =>
      `${plural("en", n, { one: "cell holds", other: "cells hold" })} content this tool did not write there last; writing replaces them:`,
    notWrittenOverwrites:
      "Nothing was written to the sheet. Review the content to be replaced in the Performance Self-Evaluation Assistant and confirm.",
    scoreFailed: "Scoring could not finish:",
    ok: "OK",
    outsideExcel: "This tool runs inside Excel. Open it there with the Performance Self-Evaluation Assistant button on the Home tab.",
    officeJsMissing: "The Office component (office.js) could not be loaded. Check the network or contact your administrator.",
    loading: "Loading…",
    working: "Working…",
    tabValidate: "Validate",
    tabScore: "Score",
    tabReport: "Report",
    validateRun: "Validate workbook",
    validateNone: "No problems found.",
    validateCounts: (e, w) => `${errors(e)}, ${warnings(w)}`,
    errorLabel: "Error",
    warningLabel: "Warning",
    selectCell: (sheet, cell) => `Select ${sheet}!${cell}`,
    noSheets: "This workbook has none of the budget sheets (基本信息, 支出决算, 绩效指标).",
    tablesFound: "Tables read",
    chooseTable: (table) => `More than one ${table}: choose the one to read`,
    chooseTablePrompt: "Choose…",
    insertTemplate: "Insert template sheets",
    templateInserted: (names) => `Inserted: ${names}`,
    scoreRun: "Compute scores",
    scoreWrite: "Write to sheet",
    scoreWritten: "Scores, total and grade were written to the sheet.",
    colIndicator: "Indicator",
    colTarget: "Target",
    colActual: "Actual",
    colWeight: "Weight",
    colScore: "Score",
    colExplanation: "Explanation",
    total: "Total",
    grade: "Grade",
    gradeWithheld: "withheld",
    unscored: "unscored",
    reportDraft: "Draft report",
    regenerate: "Regenerate",
    figures: "Figures used",
    insertReport: "Insert into sheet",
    reportInserted: (sheet) => `The report was written to the sheet “${sheet}”.`,
    copyAll: "Copy all",
    copied: "Copied to the clipboard.",
    exportWord: "Export Word",
    wordExported: (name) => `Word file “${name}” created.`,
    wordDesktopHelp:
      "Excel desktop may block downloads: if no file appeared, open this workbook in Excel on the web and export there, or use Copy all and paste into Word.",
    sectionText: (heading) => `${heading} (editable)`,
    errorTitle: "Something went wrong",
    language: "Language",
    confirmTitle: "Confirm before writing",
    confirmWrite: "Write anyway",
    cancel: "Cancel",
    moreItems: (n) => `… and ${n} more`,
    cleared: "(cleared)",
    snapshotHint: "What is replaced is saved in the workbook first; Undo last write puts it back at any time.",
    notWrittenCancelled: "Cancelled; the sheet was not changed.",
    discardTitle: "Discard your edits?",
    discardDraft: "Drafting again discards your edits to the report.",
    discardSection: (heading) => `Regenerating discards your edits to “${heading}”.`,
    discard: "Discard edits",
    undoLast: "Undo last write",
    lastWrite: (what, time) => `Last write: ${what} (${time})`,
    writeKind: WRITE_KIND,
    undone: (what) => `The last write (${what}) was undone.`,
    nothingToUndo: "There is no write to undo.",
    undoConfirmTitle: "Confirm before undoing",
    undoOverwrites: (n) =>
      `${plural("en", n, { one: "cell was", other: "cells were" })} changed after the write; undoing replaces those changes:`,
    confirmUndo: "Undo anyway",
    computedAt: (time) => `Results computed at ${time}`,
    stale: "The workbook has changed since; the results may be out of date.",
    revalidate: "Validate again",
    draftsRestored: (time) => `The report draft saved at ${time} was restored.`,
  },
  batch: EN_BATCH,
  tables: TABLES,
  files: {
    NOT_FOUND: "no such file",
    NOT_WORKBOOK: "not an Excel workbook (.xlsx or .xls)",
    ENCRYPTED: "the workbook has a password to open: remove the password in Excel and try again",
    TOO_LARGE: "the file is too large or damaged (over 200 MB uncompressed, or an abnormal compression ratio)",
    DAMAGED: "the file is damaged and cannot be read",
    OUT_IS_INPUT: "--out names the input file itself: the input is never overwritten, choose another output file",
    NO_FOLDER: "cannot write: the folder does not exist or cannot be created",
    NO_PERMISSION: "cannot write: permission denied",
    DISK_FULL: "cannot write: the disk is full",
    WRITE_FAILED: "cannot write; any existing file was left as it was",
  },
  cli: {
    file: "File",
    department: "Department",
    year: "Year",
    unit: "Unit",
    spendingTotal: "Total spending",
    basic: "Basic spending",
    personnel: "Personnel",
    public: "Public (operating) costs",
    project: "Project spending",
    other: "Other spending",
    budget: "Full-year budget",
    shareOf: (p) => ` (${p}% of basic spending)`,
    findings: (e, w) => `Validation: ${errors(e)}, ${warnings(w)}`,
    indicators: "Indicator scores",
    total: "Total score",
    grade: "Grade",
    unscored: "unscored",
    withheld: "withheld",
    error: "error",
    warning: "warning",
    none: "(none)",
    undone: (kind, at, out) => `Undid the ${WRITE_KIND[kind]} written at ${at}; the result is in ${out}`,
    nothingToUndo: "nothing to undo (no write by this tool is recorded in it)",
    source: (table, place, hidden) => `${table[0].toUpperCase()}${table.slice(1)}: ${place}${hidden ? " (hidden sheet)" : ""}`,
    xlsWrittenAsXlsx: (input, out) => `note: ${input} is an .xls workbook; ${out} is written as .xlsx`,
  },
};
