/**
 * The budget picture (model.ts BudgetPicture) from the 支出决算 sheet's labels and its two tables, completed by
 * the other tables (a 决算 table's 合计, a form's funds block), and as plain JSON for the CLI. A figure two
 * places give is kept once (the first's) and the two must agree.
 */
import { Finding } from "./findings";
import { Amount, BudgetPicture, FundsLine, FundsStage, Located, Spending } from "./model";
import { toNumber } from "./numbers";
import { reconcileIdentity } from "./reconcile";
import type { FundsMatrix, ThreeCostsMatrix } from "./read/budgetTables";
import { SPENDING_FIELDS, SpendingField } from "./schema";
import { RateBasis, RateDenominator } from "./settings";
import { normalizeLabel } from "./text";

/** The labels that give a figure of the picture: 决算支出合计 is the 决算 合计, and so on. */
const LABELLED: [SpendingField, FundsStage, FundsLine][] = [
  ["total", "final", "total"],
  ["basic", "final", "basic"],
  ["project", "final", "project"],
  ["budget", "adjusted", "total"],
  ["initialBudget", "initial", "total"],
];

/** A table's figures by column: the funds table's columns are the stages, its rows the lines. */
function byColumn<R extends string, C extends string>(
  cells: Partial<Record<R, Partial<Record<C, Amount>>>> | undefined,
): Partial<Record<C, Partial<Record<R, Amount>>>> {
  const out: Partial<Record<C, Partial<Record<R, Amount>>>> = {};
  for (const [row, cols] of Object.entries(cells ?? {}) as [R, Partial<Record<C, Amount>>][]) {
    for (const [col, amount] of Object.entries(cols) as [C, Amount][]) {
      const column: Partial<Record<R, Amount>> = (out[col] ??= {});
      column[row] = amount;
    }
  }
  return out;
}

const placeOf = (a: Located) => `${a.sheet}!${a.cell}`;

/** The picture, and a finding wherever a table's figure differs from its label's. */
export function buildBudgetPicture(
  fields: Spending["fields"],
  tables: { funds?: FundsMatrix; threeCosts?: ThreeCostsMatrix },
): { picture: BudgetPicture; findings: Finding[] } {
  const funds: BudgetPicture["funds"] = byColumn(tables.funds?.cells);
  const findings: Finding[] = [];
  for (const [field, stage, line] of LABELLED) {
    const labelled = fields[field];
    if (!labelled) continue;
    const tabled = funds[stage]?.[line];
    if (tabled) {
      const label = SPENDING_FIELDS[field][0];
      findings.push(...reconcileIdentity({ kind: "labelled", stage, line, label }, [labelled.value], tabled));
    }
    (funds[stage] ??= {})[line] = labelled;
  }
  const income: BudgetPicture["income"] = {};
  if (fields.incomeTotal) income.total = fields.incomeTotal;
  if (fields.incomeFiscal) income.fiscal = fields.incomeFiscal;
  if (fields.incomeOther) income.other = fields.incomeOther;
  const tableCells = Object.values(tables.funds?.cells ?? {}).flatMap((cols) => Object.values(cols ?? {}).map(placeOf));
  const picture: BudgetPicture = { funds, threeCosts: byColumn(tables.threeCosts?.cells), income };
  return { picture: tableCells.length > 0 ? { ...picture, tableCells } : picture, findings };
}

/** A stage's figures by line, as a table other than the 支出决算 sheet gives them, each with its row's label. */
export type StageFigures = Partial<Record<FundsStage, Partial<Record<FundsLine, { amount: Amount; label: string }>>>>;

/** Puts `amount` in its place, or checks it against the figure already there (unless it is that figure). */
function fill(funds: BudgetPicture["funds"], stage: FundsStage, line: FundsLine, amount: Amount, label: string): Finding[] {
  const stageFigures: Partial<Record<FundsLine, Amount>> = (funds[stage] ??= {});
  const there = stageFigures[line];
  if (!there) stageFigures[line] = amount;
  return there && there !== amount ? reconcileIdentity({ kind: "labelled", stage, line, label }, [amount.value], there) : [];
}

/**
 * The picture completed by the tables read after 支出决算: the spending figures they supplied (a 决算 table's
 * 合计 row, a funds block's total row) where their labels belong, then `more` (a form's funds block, row by
 * row). A figure already there stays, and one given again must agree with it. A form's own `rateRule` is used
 * where the picture has none.
 */
export function completePicture(
  picture: BudgetPicture,
  fields: Spending["fields"],
  more: StageFigures = {},
  rateRule?: BudgetPicture["rateRule"],
): { picture: BudgetPicture; findings: Finding[] } {
  const funds: BudgetPicture["funds"] = {};
  for (const [stage, lines] of Object.entries(picture.funds) as [FundsStage, Partial<Record<FundsLine, Amount>>][])
    funds[stage] = { ...lines };
  const findings: Finding[] = [];
  for (const [field, stage, line] of LABELLED) {
    const amount = fields[field];
    if (amount) findings.push(...fill(funds, stage, line, amount, SPENDING_FIELDS[field][0]));
  }
  // A funds block that is the 支出决算 sheet's own funds table gives its cells again: they were placed and checked.
  const readBefore = new Set(picture.tableCells);
  for (const [stage, lines] of Object.entries(more) as [FundsStage, NonNullable<StageFigures[FundsStage]>][]) {
    for (const [line, f] of Object.entries(lines) as [FundsLine, { amount: Amount; label: string }][]) {
      if (!readBefore.has(placeOf(f.amount))) findings.push(...fill(funds, stage, line, f.amount, f.label));
    }
  }
  const rule = picture.rateRule ?? rateRule;
  return { picture: { ...picture, funds, ...(rule ? { rateRule: rule } : {}) }, findings };
}

type Figure = { value: number; sheet: string; cell: string };
type Figures<K extends string> = Partial<Record<K, Figure>>;

function figures<K extends string>(amounts: Partial<Record<K, Amount>> | undefined): Figures<K> {
  const out: Figures<K> = {};
  for (const [k, a] of Object.entries(amounts ?? {}) as [K, Amount][]) out[k] = { value: toNumber(a.value), sheet: a.sheet, cell: a.cell };
  return out;
}

/** Every figure of the picture with its cell, as plain JSON (amounts in the workbook's unit). */
export function budgetPictureSummary(picture: BudgetPicture | undefined) {
  const p = picture ?? { funds: {}, threeCosts: {}, income: {} };
  return {
    funds: { initial: figures(p.funds.initial), adjusted: figures(p.funds.adjusted), final: figures(p.funds.final) },
    threeCosts: { budget: figures(p.threeCosts.budget), final: figures(p.threeCosts.final) },
    income: figures(p.income),
    rateRule: p.rateRule ?? null,
  };
}

/**
 * The denominator and basis a form's formula text names: 预算执行率=预算执行数/调整后预算数 → 全年（调整后）;
 * 全年执行数(B)/年初预算数(A) → 年初; 财政拨款 on either side → 财政拨款 only. For readers of provincial forms.
 */
export function rateRuleFromText(text: string): { denominator?: RateDenominator; basis?: RateBasis } {
  const t = normalizeLabel(text);
  const divisor = /(?:\/|÷|除以)(.*)$/.exec(t)?.[1] ?? "";
  const denominator = /年初/.test(divisor) ? "initial" : /调整|全年/.test(divisor) ? "adjusted" : undefined;
  const basis = /财政拨款|财政资金/.test(t) ? "fiscal" : undefined;
  return { ...(denominator ? { denominator } : {}), ...(basis ? { basis } : {}) };
}
