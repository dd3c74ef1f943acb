/**
 * The budget picture the report discusses (一（三）预算执行情况, and the execution rate wherever it is cited), in one
 * small input, whatever table it was read from. Today it is filled from 支出决算 (全年预算数, 年初预算数, the 决算
 * figures, the project table) and the scored 预算执行率; richer readings (budgets of 基本/项目支出, 资金来源, 三公经费,
 * the execution rate's stated basis) fill the same fields, and the sections discuss whatever is present.
 */
import { a1 } from "../address";
import { Amount, BudgetModel, Located } from "../model";
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

/** The execution rate as the score used it: the 预算执行率 row's, else 决算支出合计 ÷ 全年预算数. */
function scoredExecutionRate(model: BudgetModel, scoring: ScoreResult): ExecutionRateFigure | undefined {
  const f = model.spending.fields;
  const scored = scoring.scores.find((s) => s.indicator.isExecutionRate && s.rate !== undefined);
  const table = model.indicators;
  // An actual marked 示例值 is no fact: the rate then comes from the spending cells, or not at all.
  const entered = scored?.indicator.actual.kind === "number" && !scored.indicator.illustrative?.includes("actual");
  if (scored && table && entered) {
    return { rate: scored.rate!, at: { sheet: table.sheet, cell: scored.indicator.cells.actual! } };
  }
  const rate = executionRate(model);
  if (rate === undefined || !f.total || !f.budget) return undefined;
  return { rate, at: f.total, formula: `${f.total.cell} ÷ ${f.budget.cell}`, basis: "adjusted" };
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
    total: { initial: f.initialBudget, adjusted: f.budget, final: f.total },
    basic: { final: f.basic },
    project: { final: f.project },
    sources: [],
    executionRate: scoredExecutionRate(model, scoring),
    projects: projectLines(model),
  };
}
