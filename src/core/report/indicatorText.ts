/**
 * One natural sentence per indicator, joining its target and what was achieved:
 * 全年招引项目数目标不低于120个，实际完成160个，完成率133.33%. A ceiling reads 实际为 (预算调整率目标不高于5%，实际为0%),
 * a word typed as the actual is quoted (实际完成情况为“完成”), a qualitative row gives its band, and an indicator
 * not fully achieved says so with its 偏差原因.
 */
import { BudgetModel, Indicator, IndicatorTable } from "../model";
import { HUNDRED, Decimal, formatPercent } from "../numbers";
import { Comparison } from "../parse";
import { IndicatorScore } from "../scoring";
import { ScoringSettings } from "../settings";
import { ExecutionRateFigure } from "./budget";
import { Part, Piece, figure, join, sentence } from "./parts";
import { executionRatePart, indicatorValue, isIllustrative, trimEnd } from "./values";

/** How a target reads after 目标: 不低于120个 (parse.ts's COMPARISON_BY_WORD reads these words the other way). */
const COMPARISON_PHRASE: Record<Exclude<Comparison, "定性">, string> = {
  "≥": "不低于",
  ">": "高于",
  "≤": "不高于",
  "<": "低于",
  "=": "为",
};

/** What the sentences about indicators and the budget's execution are written from. */
export interface RateContext {
  model: BudgetModel;
  settings: ScoringSettings;
  /** The execution rate as scored (budget.ts), cited wherever the rate is. */
  executionRate?: ExecutionRateFigure;
}

export interface IndicatorContext extends RateContext {
  table: IndicatorTable;
}

const isCeiling = (c: Comparison | undefined) => c === "≤" || c === "<";

/**
 * Not fully achieved, on values that are facts (an illustrative row is never called unmet): scored below its
 * weight; the 预算执行率, whose score follows the rate whatever the target, below its target (100% without one).
 */
export function isUnmet({ indicator: i, score, rate }: IndicatorScore): boolean {
  if (score === null || i.weight === undefined || i.illustrative?.some((v) => v !== "weight")) return false;
  if (i.isExecutionRate && rate !== undefined) return rate.lt(i.target.kind === "number" ? i.target.value : HUNDRED);
  return score.lt(i.weight);
}

/** actual ÷ target × 100 of a row with a floor or an exact target, both numbers and facts; undefined otherwise. */
export function completionRate(i: Indicator): Decimal | undefined {
  if (isCeiling(i.comparison) || i.comparison === "定性" || i.isExecutionRate) return undefined;
  if (i.target.kind !== "number" || i.actual.kind !== "number" || !i.target.value.gt(0)) return undefined;
  if (isIllustrative(i, "target") || isIllustrative(i, "actual")) return undefined;
  return i.actual.value.times(HUNDRED).div(i.target.value);
}

/** At or above the over-achievement threshold (130% of the target by default, docs/scoring-rules.md). */
export function isOverachieved(i: Indicator, settings: ScoringSettings): boolean {
  const rate = completionRate(i);
  return rate !== undefined && rate.gte(settings.overachievementPercent);
}

/** The completion rate as a figure (133.33%), citing the actual's cell and the division. */
export function completionFigure(table: IndicatorTable, i: Indicator): Part | undefined {
  const rate = completionRate(i);
  if (rate === undefined) return undefined;
  return figure(formatPercent(rate), { sheet: table.sheet, cell: i.cells.actual! }, `${i.cells.actual} ÷ ${i.cells.target}`);
}

/** 完成率 in the indicator's sentence: only for counts and amounts (a rate of a percentage confuses). */
function completionPart(table: IndicatorTable, i: Indicator): Part | undefined {
  const percentRow = i.unit.trim() === "%" || (i.actual.kind === "number" && i.actual.percent);
  return percentRow ? undefined : completionFigure(table, i);
}

function reasonClause(i: Indicator): string {
  return i.reason ? `，原因是：${trimEnd(i.reason)}` : "";
}

/** What follows the actual: unmet, over-achieved with its reason, or nothing. */
function outcome(ctx: IndicatorContext, s: IndicatorScore): string {
  const i = s.indicator;
  if (isUnmet(s)) return `，${isCeiling(i.comparison) ? "超出年度目标" : "未达到年度目标"}${reasonClause(i)}`;
  if (isOverachieved(i, ctx.settings) && i.reason) return `，超出年度目标较多${reasonClause(i)}`;
  return "";
}

function targetPhrase(ctx: IndicatorContext, i: Indicator): Part {
  const value = indicatorValue(ctx.table, i, "target");
  if (i.comparison === undefined || i.comparison === "定性") return sentence`目标为${value}`;
  return sentence`目标${COMPARISON_PHRASE[i.comparison]}${value}`;
}

/** A value in quotes, unless it is a placeholder (already bracketed). */
function quoted(p: Part): Part {
  return p.text.startsWith("【") ? p : join(["“", p, "”"]);
}

/** The actual as the sentence states it. */
function actualPhrase(ctx: IndicatorContext, s: IndicatorScore): Part {
  const i = s.indicator;
  if (i.isExecutionRate && s.rate !== undefined && !isIllustrative(i, "actual")) {
    // The rate the score used, computed or entered, as every section cites it.
    return sentence`实际为${executionRatePart(ctx.model, ctx.executionRate)}`;
  }
  const value = indicatorValue(ctx.table, i, "actual");
  if (i.comparison === "定性") return sentence`完成情况为${quoted(value)}`;
  if (i.actual.kind === "text" && !isIllustrative(i, "actual")) return sentence`实际完成情况为${quoted(value)}`;
  const completion = completionPart(ctx.table, i);
  const verb = isCeiling(i.comparison) || i.isExecutionRate ? "实际为" : "实际完成";
  return join([verb, value, ...(completion ? ["，完成率", completion] : [])]);
}

/** The indicator's sentence, without its closing punctuation (the caller joins sentences with ；). */
export function indicatorSentence(ctx: IndicatorContext, s: IndicatorScore): Part {
  const pieces: Piece[] = [s.indicator.name, targetPhrase(ctx, s.indicator), "，", actualPhrase(ctx, s), outcome(ctx, s)];
  return join(pieces);
}
