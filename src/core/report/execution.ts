/**
 * 一（三）预算执行情况, from the budget figures (budget.ts): 年初预算, 调整后预算, 决算 and the execution rate as
 * scored; the budgets of 基本 and 项目支出; 资金来源; 三公经费 against its budget; each project with its execution
 * rate. Each paragraph is there only when its figures are: no budget, no paragraph (nothing is invented).
 */
import { Amount, BudgetModel } from "../model";
import { HUNDRED, formatAmount, formatPercent } from "../numbers";
import { BudgetFigures, BudgetLine, NamedLine } from "./budget";
import { Part, Piece, figure, join, joinWith, sentence } from "./parts";
import { SectionInput } from "./types";
import { amountFigure, executionRatePart, shareIfKnown } from "./values";

/** The paragraphs of 一（三）, or none when the workbook gives no budget figures. */
export function budgetExecution({ model, year, wording, budget }: SectionInput): Part[] {
  const paragraphs = [
    totalExecution(model, budget, `${year}年${wording.subject}`),
    sources(model, budget),
    threePublic(model, budget),
    projects(model, budget),
  ];
  return paragraphs.filter((p): p is Part => p !== undefined);
}

const hasBudget = (line: BudgetLine) => line.initial !== undefined || line.adjusted !== undefined;

/** 年初预算数1550.00万元，调整后全年预算数1600.00万元（增加50.00万元）, or the one budget given. */
function budgets(model: BudgetModel, { initial, adjusted }: BudgetLine): Piece[] {
  const fig = (a: Amount) => amountFigure(model, a);
  if (initial && adjusted) {
    if (initial.value.eq(adjusted.value)) return [sentence`年初预算数${fig(initial)}，年内未调整`];
    const diff = adjusted.value.minus(initial.value);
    const change = figure(formatAmount(diff.abs(), model.info.unit), adjusted, `${adjusted.cell} − ${initial.cell}`);
    return [sentence`年初预算数${fig(initial)}，调整后全年预算数${fig(adjusted)}（${diff.gt(0) ? "增加" : "减少"}${change}）`];
  }
  if (adjusted) return [sentence`全年预算数${fig(adjusted)}`];
  return initial ? [sentence`年初预算数${fig(initial)}`] : [];
}

/** The budgets, 决算 and execution rate of one line, as clauses: 全年预算数…，决算…，执行率…. */
function lineClauses(model: BudgetModel, line: BudgetLine, rate: Part | undefined): Piece[] {
  const clauses: Piece[] = budgets(model, line);
  if (line.final) clauses.push(sentence`决算${amountFigure(model, line.final)}`);
  if (rate) clauses.push(sentence`执行率${rate}`);
  return clauses.length ? [joinWith(clauses, "，")] : [];
}

/** A line's own execution rate: 决算 ÷ the adjusted budget (else the initial one). */
function lineRate(line: BudgetLine): Part | undefined {
  return shareIfKnown(line.final, line.adjusted ?? line.initial);
}

function totalExecution(model: BudgetModel, budget: BudgetFigures, who: string): Part | undefined {
  const t = budget.total;
  const rate = budget.executionRate;
  if (!hasBudget(t) && !rate) return undefined;
  const basis = rate?.basis === "initial" ? "（按年初预算数计算）" : "";
  const pieces: Piece[] = [who, ...budgets(model, t)];
  if (t.final) pieces.push(pieces.length > 1 ? "，" : "", sentence`决算支出${amountFigure(model, t.final)}`);
  pieces.push(pieces.length > 1 ? "，" : "", sentence`预算执行率${executionRatePart(model, rate)}${basis}。`);
  const lines = (["basic", "project"] as const).filter((k) => hasBudget(budget[k]));
  if (lines.length) {
    const name = { basic: "基本支出", project: "项目支出" };
    const clauses = lines.map((k) => join([name[k], ...lineClauses(model, budget[k], lineRate(budget[k]))]));
    pieces.push("其中，", joinWith(clauses, "；"), "。");
  }
  return join(pieces);
}

/** 从资金来源看，财政拨款…，占决算支出的…%；其他资金…. */
function sources(model: BudgetModel, budget: BudgetFigures): Part | undefined {
  if (budget.sources.length === 0) return undefined;
  const items = budget.sources.map(({ name, line }) => {
    const share = shareIfKnown(line.final, budget.total.final);
    return join([name, ...lineClauses(model, line, undefined), share ? sentence`，占决算支出的${share}` : ""]);
  });
  return join(["从资金来源看，", joinWith(items, "；"), "。"]);
}

/** 决算 against budget: 较预算减少4.50万元（下降22.50%）, 增加 … （增长 …）, or 与预算持平. */
function againstBudget(model: BudgetModel, line: BudgetLine): Piece {
  const b = line.adjusted ?? line.initial;
  if (!b || !line.final) return "";
  const diff = line.final.value.minus(b.value);
  if (diff.eq(0)) return "，与预算持平";
  const shown = figure(formatAmount(diff.abs(), model.info.unit), line.final, `${line.final.cell} − ${b.cell}`);
  const change = b.value.eq(0) ? undefined : diff.abs().times(HUNDRED).div(b.value);
  const rate = change && figure(formatPercent(change), line.final, `(${line.final.cell} − ${b.cell}) ÷ ${b.cell}`);
  const [less, more] = diff.lt(0) ? ["减少", "下降"] : ["增加", "增长"];
  return rate ? sentence`，较预算${less}${shown}（${more}${rate}）` : sentence`，较预算${less}${shown}`;
}

/** “三公”经费 budget and 决算, compared, with its items. */
function threePublic(model: BudgetModel, budget: BudgetFigures): Part | undefined {
  const t = budget.threePublic;
  if (!t) return undefined;
  const pieces: Piece[] = ["“三公”经费", ...lineClauses(model, t.total, undefined), againstBudget(model, t.total)];
  if (t.items.length) {
    const items = t.items.map(({ name, line }) => join([name, ...lineClauses(model, line, undefined)]));
    pieces.push("。其中，", joinWith(items, "；"));
  }
  pieces.push("。");
  return join(pieces);
}

/** 项目支出共3个项目：A全年预算数…，决算…，执行率…；…. */
/** Projects named one by one in 一（三）; the rest are referred to their sheet. */
export const LISTED_PROJECTS = 30;

function projects(model: BudgetModel, budget: BudgetFigures): Part | undefined {
  const rows = budget.projects;
  if (rows.length === 0) return undefined;
  const first = rows[0].at;
  const last = rows[rows.length - 1].at;
  const count = figure(`${rows.length}个`, { sheet: first.sheet, cell: rows.length > 1 ? `${first.cell}:${last.cell}` : first.cell }, "项目行数");
  const listed = rows.slice(0, LISTED_PROJECTS);
  const items = listed.map((p: NamedLine) => join([p.name, ...lineClauses(model, p.line, lineRate(p.line))]));
  // A report names its projects, not a register of thousands: past LISTED_PROJECTS the table is referred to.
  const rest = rows.length > listed.length ? `；其余${rows.length - listed.length}个项目详见${first.sheet}` : "";
  return join([sentence`项目支出共${count}项目：`, joinWith(items, "；"), rest, "。"]);
}
