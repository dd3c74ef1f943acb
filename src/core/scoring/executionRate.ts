/**
 * The budget execution rate (预算执行率, docs/scoring-rules.md §5) as the forms define it: 全年执行数 (决算)
 * ÷ the budget the rule names (全年预算数 by default, or 年初预算数), on all funds or 财政拨款 only. A rule the
 * form states (BudgetPicture.rateRule) wins over 评分设置. The score is w × min(rate, 100 %); the rate itself
 * is shown uncapped (108.20%). An entered rate is scored as entered and compared with the computed one.
 */
import { buildBudgetPicture } from "../budgetPicture";
import { Amount, BudgetModel, BudgetPicture, FundsLine, Indicator } from "../model";
import { Decimal, HUNDRED, ZERO, fixed, minDec, share } from "../numbers";
import { DENOMINATOR_NAMES, RateBasis, RateDenominator, ScoringSettings } from "../settings";
import { ScoreContext } from "./context";
import { agrees } from "./entered";
import { ExecutionRateDetails, IndicatorScore } from "./types";

export interface RateRule {
  denominator: RateDenominator;
  basis: RateBasis;
  from: "settings" | "form";
}

/** The rule in force: the form's own formula where it states one, else 评分设置. */
export function rateRuleOf(picture: BudgetPicture, settings: ScoringSettings): RateRule {
  const form = picture.rateRule;
  return {
    denominator: form?.denominator ?? settings.rateDenominator,
    basis: form?.basis ?? settings.rateBasis,
    from: form?.denominator || form?.basis ? "form" : "settings",
  };
}

const OTHER: Record<RateDenominator, RateDenominator> = { adjusted: "initial", initial: "adjusted" };

interface Computed {
  rate: Decimal;
  numerator: Amount;
  budget: Amount;
  denominator: RateDenominator;
}

function compute(picture: BudgetPicture, basis: RateBasis, denominator: RateDenominator): Computed | undefined {
  const line: FundsLine = basis === "fiscal" ? "fiscal" : "total";
  const numerator = picture.funds.final?.[line];
  const budget = picture.funds[denominator]?.[line];
  const rate = share(numerator, budget);
  return rate && numerator && budget ? { rate, numerator, budget, denominator } : undefined;
}

/** The picture a reader made, or one from the labels alone for a model built by hand. */
export function pictureOf(model: BudgetModel): BudgetPicture {
  return model.budgetPicture ?? buildBudgetPicture(model.spending.fields, {}).picture;
}

/** The rule's formula as an explanation writes it (in the workbook's words). */
function formula(basis: RateBasis, denominator: RateDenominator): string {
  const den = DENOMINATOR_NAMES[denominator];
  return basis === "fiscal" ? `财政拨款决算数 ÷ 财政拨款${den}` : `决算支出合计 ÷ ${den}`;
}

function computedText(c: Computed, basis: RateBasis): string {
  const num = basis === "fiscal" ? "财政拨款决算数" : "决算支出合计";
  const den = `${basis === "fiscal" ? "财政拨款" : ""}${DENOMINATOR_NAMES[c.denominator]}`;
  const label = basis === "fiscal" ? "预算执行率（财政拨款）" : "预算执行率";
  return `${label} = ${num}${fixed(c.numerator.value, 2)} ÷ ${den}${fixed(c.budget.value, 2)} = ${fixed(c.rate, 2)}%`;
}

type Scored = { result: IndicatorScore; details?: ExecutionRateDetails };

/** The 预算执行率 row: the rate entered, or computed from the budget picture, and how it was reached. */
export function scoreExecutionRate(ctx: ScoreContext, i: Indicator, w: Decimal): Scored {
  const picture = pictureOf(ctx.model);
  const rule = rateRuleOf(picture, ctx.settings);
  const a = i.actual;
  // In percentage points: a fraction such as 0.96 was read as 96 by read/percent.ts.
  if (a.kind === "number") return enteredRate(ctx, i, w, a.value, picture, rule);
  if (a.kind === "empty") return computedRate(ctx, i, w, picture, rule);
  const text = a.kind === "text" ? a.text : a.error;
  return { result: ctx.unscored(i, "NOT_A_NUMBER", i.cells.actual, { field: `${i.name}·实际完成值`, text }, "实际完成值不是数字") };
}

/** An entered rate is scored as entered; it is compared with the one the figures give, when they give one. */
function enteredRate(ctx: ScoreContext, i: Indicator, w: Decimal, rate: Decimal, picture: BudgetPicture, rule: RateRule): Scored {
  const c = compute(picture, rule.basis, rule.denominator);
  if (c && !agrees(rate, c.rate)) {
    const params = { entered: rate.toString(), computed: fixed(c.rate, 2), basis: rule.basis, denominator: rule.denominator };
    ctx.add("warning", "EXECUTION_RATE_DIFFERS", i.cells.actual, i, params);
  }
  const details: ExecutionRateDetails = {
    value: rate,
    source: "entered",
    basis: rule.basis,
    denominator: rule.denominator,
    ruleFrom: rule.from,
    numerator: c?.numerator,
    budget: c?.budget,
    computed: c?.rate,
  };
  return { result: rateScore(ctx, i, w, rate, `预算执行率${fixed(rate, 2)}%`), details };
}

/** 全年执行数 ÷ the rule's budget, or the other budget (with a warning on its cell) when the rule's is absent. */
function computedRate(ctx: ScoreContext, i: Indicator, w: Decimal, picture: BudgetPicture, rule: RateRule): Scored {
  const c = compute(picture, rule.basis, rule.denominator) ?? compute(picture, rule.basis, OTHER[rule.denominator]);
  if (!c) {
    const [num, den] = formula(rule.basis, rule.denominator).split(" ÷ ");
    return { result: ctx.unscored(i, "MISSING_ACTUAL", i.cells.actual, {}, `实际完成值为空，且支出决算中缺少${num}或${den}`) };
  }
  if (c.denominator !== rule.denominator) {
    const params = { wanted: rule.denominator, used: c.denominator, amount: fixed(c.budget.value, 2) };
    ctx.add("warning", "RATE_DENOMINATOR_FALLBACK", undefined, i, params, c.budget);
  }
  const details: ExecutionRateDetails = {
    value: c.rate,
    source: "computed",
    basis: rule.basis,
    denominator: c.denominator,
    ruleFrom: rule.from,
    numerator: c.numerator,
    budget: c.budget,
  };
  return { result: rateScore(ctx, i, w, c.rate, computedText(c, rule.basis)), details };
}

/** w × min(rate, 100 %), with the reason warning below the threshold (§5). */
function rateScore(ctx: ScoreContext, i: Indicator, w: Decimal, rate: Decimal, how: string): IndicatorScore {
  const capped = minDec(rate.lt(0) ? ZERO : rate, HUNDRED);
  const score = ctx.round(w.times(capped).div(HUNDRED), w);
  if (rate.lt(ctx.settings.executionRatePercent) && !i.reason) {
    ctx.add("warning", "EXECUTION_RATE_LOW", ctx.reasonCell(i), i, {
      rate: fixed(rate, 2),
      threshold: ctx.settings.executionRatePercent.toString(),
    });
  }
  const cap = rate.gt(HUNDRED) ? "，超过100%按100%计" : "";
  return {
    indicator: i,
    score,
    rate,
    explanation: `${how}${cap}，得分 ${w} × ${fixed(capped, 2)}% = ${ctx.show(score)}`,
    method: "executionRate",
  };
}
