/**
 * The model's values as report parts: each a figure citing its cell, or a placeholder where it belongs. Numbers
 * are written one way throughout (numbers.ts): amounts with 2 decimals and the unit (2513.05万元); computed
 * shares and rates with 2 decimals (78.31%, 133.33%), the execution rate among them wherever it is cited; an
 * entered value as the score used it (95%, never 0.95%; 160个).
 */
import { a1 } from "../address";
import { Amount, BudgetModel, Indicator, IndicatorTable, Located, LocatedText } from "../model";
import { Decimal, formatAmount, formatMeasured, formatPercent, share } from "../numbers";
import { SHEETS } from "../schema";
import { trimEndOf } from "../text";
import { ExecutionRateFigure } from "./budget";
import { Part, figure, missing, plain } from "./parts";

/** A text field as written, or its placeholder. */
export function textOr(t: LocatedText | undefined, what: string, at: Located | undefined): Part {
  return t ? plain(t.text) : missing(what, at);
}

export function yearOf(model: BudgetModel): Part {
  const y = model.info.year;
  return y ? figure(String(y.value), y) : missing("评价年度", model.info.missingAt.year);
}

/** Where a missing spending figure belongs: the spending sheet. */
export function spendingAt(model: BudgetModel): Located {
  return { sheet: model.spending.sheet ?? SHEETS.spending[0], cell: "A1" };
}

export function amount(model: BudgetModel, a: Amount | undefined, what: string): Part {
  return a ? amountFigure(model, a) : missing(what, spendingAt(model));
}

/** An amount that is there, in the workbook's unit. */
export function amountFigure(model: BudgetModel, a: Amount): Part {
  return figure(formatAmount(a.value, model.info.unit), a);
}

/** A share already computed from part ÷ whole, citing both cells. */
function shareOf(model: BudgetModel, value: Decimal | undefined, part: Amount | undefined, whole: Amount | undefined, what: string): Part {
  if (value === undefined || !part || !whole) return missing(what, spendingAt(model));
  return figure(formatPercent(value), part, `${part.cell} ÷ ${whole.cell}`);
}

/** part ÷ whole as a percentage with 2 decimals, citing both cells. */
export function percent(model: BudgetModel, part: Amount | undefined, whole: Amount | undefined, what: string): Part {
  return shareOf(model, share(part, whole), part, whole, what);
}

/** part ÷ whole as a percentage, or undefined when either is missing or the whole is 0 (the clause is left out). */
export function shareIfKnown(part: Amount | undefined, whole: Amount | undefined): Part | undefined {
  const value = share(part, whole);
  return value === undefined || !part || !whole ? undefined : figure(formatPercent(value), part, `${part.cell} ÷ ${whole.cell}`);
}

/** The execution rate as scored (budget.ts), or its placeholder where the budget belongs. */
export function executionRatePart(model: BudgetModel, rate: ExecutionRateFigure | undefined): Part {
  if (!rate) return missing("预算执行率", spendingAt(model));
  return figure(formatPercent(rate.rate), rate.at, rate.formula);
}

export type IndicatorSide = "target" | "actual";

const SIDE_NAMES: Record<IndicatorSide, string> = { target: "年度指标值", actual: "实际完成值" };

export function isIllustrative(i: Indicator, which: IndicatorSide | "weight"): boolean {
  return i.illustrative?.includes(which) ?? false;
}

/** An entered number as the score used it; the execution rate's row, a rate, with 2 decimals like the computed one. */
function measuredText(i: Indicator, value: Decimal, percent: boolean): string {
  return i.isExecutionRate ? formatPercent(value) : formatMeasured(value, i.unit, percent);
}

/**
 * An indicator's target or actual: a number is a figure, text is quoted as is, nothing is a placeholder, and a
 * value marked 示例值 is a placeholder too: made up for an example, it is never stated as a fact.
 */
export function indicatorValue(table: IndicatorTable, i: Indicator, which: IndicatorSide): Part {
  const p = i[which];
  const at = { sheet: table.sheet, cell: i.cells[which] ?? i.cells.name ?? "A1" };
  if (isIllustrative(i, which)) return missing(`${i.name}·${SIDE_NAMES[which]}（示例值）`, at);
  if (p.kind === "number") return figure(measuredText(i, p.value, p.percent), at);
  if (p.kind === "text") return plain(p.text);
  return missing(`${i.name}·${SIDE_NAMES[which]}`, at);
}

/** True when the report shows a placeholder for this side of the row. */
export function lacksValue(i: Indicator, which: IndicatorSide): boolean {
  const p = i[which];
  return isIllustrative(i, which) || p.kind === "empty" || p.kind === "error";
}

/** The indicator rows, by their names. */
export function indicatorRange(table: IndicatorTable): Located {
  const indicators = table.indicators;
  const first = indicators[0].cells.name ?? "A1";
  const last = indicators[indicators.length - 1].cells.name ?? first;
  return { sheet: table.sheet, cell: first === last ? first : `${first}:${last}` };
}

/** The cells of one column over some rows of the indicator table (the first to the last). */
export function columnRange(table: IndicatorTable, col: number | undefined, rows: number[]): Located {
  const c = col ?? 0;
  const first = rows.length ? Math.min(...rows) : table.headerRow + 1;
  const last = rows.length ? Math.max(...rows) : first;
  return { sheet: table.sheet, cell: first === last ? a1(first, c) : `${a1(first, c)}:${a1(last, c)}` };
}

/** The 得分 cells the total adds up. */
export function totalLocation(table: IndicatorTable): Located {
  const col = table.columns.score ?? 0;
  const first = table.indicators[0]?.row ?? table.headerRow + 1;
  const last = table.indicators[table.indicators.length - 1]?.row ?? first;
  return { sheet: table.sheet, cell: `${a1(first, col)}:${a1(last, col)}` };
}

export function problemsAt(model: BudgetModel): Located {
  return { sheet: model.sheetNames.problems ?? SHEETS.problems[0], cell: "A1" };
}

const PUNCTUATION_AT_END = new Set(["。", "；", ";", "，", ","]);

/** A user's sentence without its closing punctuation, to be continued or closed by the report's. */
export function trimEnd(s: string): string {
  return trimEndOf(s, (ch) => PUNCTUATION_AT_END.has(ch) || /\s/.test(ch));
}
