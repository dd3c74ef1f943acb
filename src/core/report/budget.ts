/**
 * The budget picture the report discusses (一（三）预算执行情况, and the execution rate wherever it is cited), in one
 * small input, whatever table it was read from: the budget picture (the 支出决算 sheet and its funds and 三公经费
 * tables, the 决算 public tables, a form's funds block with its 年初/全年预算数, 执行数 and 资金来源 rows), the
 * project table and the scored 预算执行率. The sections discuss whatever is present.
 */
import { a1 } from "../address";
import { Amount, BudgetModel, BudgetPicture, FundsLine, Located, ThreeCostsLine } from "../model";
import { Decimal, executionRate } from "../numbers";
import { ScoreResult } from "../scoring";

/** One line of the budget: 年初预算, 调整后（全年）预算 and 决算, each when known. */
export interface BudgetLine {
  initial?: Amount;
  adjusted?: Amount;
  final?: Amount;
}

/** A named line: a funding source, a 三公经费 item or a project. */
export interface NamedLine {
  name: string;
  line: BudgetLine;
  /** Where the name is written. */
  at: Located;
}

/** The budget execution rate as scored, and how it was obtained. */
export interface ExecutionRateFigure {
  /** In percentage points. */
  rate: Decimal;
  /** The cell it was entered in, or (computed) the numerator's cell. */
  at: Located;
  /** For a computed rate: how, in cell terms (B2 ÷ B7). */
  formula?: string;
  /** For a computed rate: what it divides by (the adjusted budget unless a rule says 年初预算). */
  basis?: "adjusted" | "initial";
}

export interface BudgetFigures {
  total: BudgetLine;
  basic: BudgetLine;
  project: BudgetLine;
  /** 资金来源: 财政拨款, 其他资金 …; empty when not given. */
  sources: NamedLine[];
  /** 三公经费: its total and its items (因公出国（境）费, 公务用车购置及运行费, 公务接待费), budget and 决算. */
  threePublic?: { total: BudgetLine; items: NamedLine[] };
  executionRate?: ExecutionRateFigure;
  projects: NamedLine[];
}

/** The execution rate as the score used it: the scorer's details (#12: entered, or computed by the form's or the settings' rule). */
function scoredExecutionRate(model: BudgetModel, scoring: ScoreResult): ExecutionRateFigure | undefined {
  const scored = scoring.scores.find((s) => s.indicator.isExecutionRate && s.rate !== undefined);
  const table = model.indicators;
  // An actual marked 示例值 is no fact: the rate then comes from the budget cells, or not at all.
  const illustrative = scored?.indicator.illustrative?.includes("actual") ?? false;
  const details = scoring.executionRate;
  if (scored && table && details?.source === "entered" && !illustrative) {
    return { rate: details.value, at: { sheet: table.sheet, cell: scored.indicator.cells.actual! } };
  }
  const computed = details?.source === "computed" ? details : undefined;
  if (computed?.numerator && computed.budget) {
    const { numerator, budget } = computed;
    return { rate: computed.value, at: numerator, formula: `${numerator.cell} ÷ ${budget.cell}`, basis: computed.denominator };
  }
  const f = model.spending.fields;
  const rate = executionRate(model);
  if (rate === undefined || !f.total || !f.budget) return undefined;
  return { rate, at: f.total, formula: `${f.total.cell} ÷ ${f.budget.cell}`, basis: "adjusted" };
}

/** 资金来源 in the order forms list them; 上年结转资金 comes from a form's funds block (财预〔2020〕10号). */
const SOURCE_NAMES: Record<"fiscal" | "carryover" | "otherFunds", string> = {
  fiscal: "财政拨款",
  carryover: "上年结转资金",
  otherFunds: "其他资金",
};
const THREE_COST_NAMES: Partial<Record<ThreeCostsLine, string>> = {
  abroad: "因公出国（境）费",
  vehicles: "公务用车购置及运行费",
  reception: "公务接待费",
};

/** One line of the budget picture: its amounts at each stage, with the spending fields as fallback. */
function fundsLine(picture: BudgetPicture | undefined, line: FundsLine, fallback: BudgetLine = {}): BudgetLine {
  const f = picture?.funds;
  return {
    initial: f?.initial?.[line] ?? fallback.initial,
    adjusted: f?.adjusted?.[line] ?? fallback.adjusted,
    final: f?.final?.[line] ?? fallback.final,
  };
}

const hasAny = (l: BudgetLine) => l.initial !== undefined || l.adjusted !== undefined || l.final !== undefined;

function sourceLines(picture: BudgetPicture | undefined): NamedLine[] {
  return (["fiscal", "carryover", "otherFunds"] as const).flatMap((k) => {
    const line = fundsLine(picture, k);
    const at = line.final ?? line.adjusted ?? line.initial;
    return at && hasAny(line) ? [{ name: SOURCE_NAMES[k], line, at }] : [];
  });
}

function threePublicLines(picture: BudgetPicture | undefined): BudgetFigures["threePublic"] {
  const t = picture?.threeCosts;
  if (!t || (!t.budget && !t.final)) return undefined;
  const line = (k: ThreeCostsLine): BudgetLine => ({ adjusted: t.budget?.[k], final: t.final?.[k] });
  const items = (Object.keys(THREE_COST_NAMES) as ThreeCostsLine[]).flatMap((k) => {
    const l = line(k);
    const at = l.final ?? l.adjusted;
    return at ? [{ name: THREE_COST_NAMES[k]!, line: l, at }] : [];
  });
  return { total: line("total"), items };
}

function projectLines(model: BudgetModel): NamedLine[] {
  const t = model.spending.projects;
  if (!t) return [];
  return t.rows.map((r) => ({
    name: r.name,
    line: { adjusted: r.budget, final: r.actual },
    at: { sheet: t.sheet, cell: a1(r.row, t.columns.name) },
  }));
}

/** The figures the workbook gives today. */
export function budgetFigures(model: BudgetModel, scoring: ScoreResult): BudgetFigures {
  const f = model.spending.fields;
  return {
    total: fundsLine(model.budgetPicture, "total", { initial: f.initialBudget, adjusted: f.budget, final: f.total }),
    basic: fundsLine(model.budgetPicture, "basic", { final: f.basic }),
    project: fundsLine(model.budgetPicture, "project", { final: f.project }),
    sources: sourceLines(model.budgetPicture),
    threePublic: threePublicLines(model.budgetPicture),
    executionRate: scoredExecutionRate(model, scoring),
    projects: projectLines(model),
  };
}
