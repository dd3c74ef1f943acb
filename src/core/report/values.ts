/** The model's values as report parts: each a figure citing its cell, or a placeholder where it belongs. */
import { a1 } from "../address";
import { Amount, BudgetModel, Indicator, IndicatorTable, Located, LocatedText } from "../model";
import { Decimal, executionRate, formatAmount, formatPercent, parsedText, share } from "../numbers";
import { SHEETS } from "../schema";
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
function spendingAt(model: BudgetModel): Located {
  return { sheet: model.spending.sheet ?? SHEETS.spending[0], cell: "A1" };
}

export function amount(model: BudgetModel, a: Amount | undefined, what: string): Part {
  return a ? figure(formatAmount(a.value, model.info.unit), a) : missing(what, spendingAt(model));
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

/** 决算支出合计 ÷ 全年预算数, citing both cells. */
export function executionRatePart(model: BudgetModel): Part {
  const f = model.spending.fields;
  return shareOf(model, executionRate(model), f.total, f.budget, "预算执行率");
}

/** An indicator's target or actual as entered: a number is a figure, text is quoted as is, nothing is a placeholder. */
export function indicatorValue(table: IndicatorTable, i: Indicator, which: "target" | "actual"): Part {
  const p = i[which];
  const at = { sheet: table.sheet, cell: i.cells[which] ?? i.cells.name ?? "A1" };
  const text = parsedText(p, i.unit);
  if (text === undefined) return missing(`${i.name}·${which === "target" ? "年度指标值" : "实际完成值"}`, at);
  return p.kind === "number" ? figure(text, at) : plain(text);
}

/** The indicator rows, by their names. */
export function indicatorRange(table: IndicatorTable): Located {
  const indicators = table.indicators;
  const first = indicators[0].cells.name ?? "A1";
  const last = indicators[indicators.length - 1].cells.name ?? first;
  return { sheet: table.sheet, cell: first === last ? first : `${first}:${last}` };
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
