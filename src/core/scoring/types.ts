/** What scoring produces: a score per indicator with how it was reached, subtotals, the total and the grade. */
import type { Decimal } from "../decimal";
import type { Finding } from "../findings";
import type { Amount, Indicator } from "../model";
import type { RateBasis, RateDenominator } from "../settings";

export type Grade = "优" | "良" | "中" | "差";

/** How a score was reached; 人工评分 (manual) rows are listed as such in the JSON. */
export type ScoreMethod = "proportional" | "reverse" | "qualitative" | "executionRate" | "deadline" | "standard" | "manual" | "unscored";

export interface IndicatorScore {
  indicator: Indicator;
  /** Rounded to the settings' decimals (2 by default); null when the indicator is left unscored. */
  score: Decimal | null;
  /** One line for the 评分说明 cell. */
  explanation: string;
  /** The execution rate in percent, for the 预算执行率 row. */
  rate?: Decimal;
  method: ScoreMethod;
}

/** One 一级指标 (投入, 过程, 产出, 效益, 满意度 … as the form names them) with its weight and score. */
export interface Subtotal {
  /** The 一级指标 as written, without a stated weight such as （50分）. */
  name: string;
  /** The sum of its indicators' weights. */
  weight: Decimal;
  /** The weight the 一级指标 cell states, e.g. 产出指标（50分）. */
  statedWeight?: Decimal;
  /** The sum of its scores; null when one of them is unscored. */
  score: Decimal | null;
  count: number;
}

/** How the 预算执行率 row's rate was reached (docs/scoring-rules.md §5). */
export interface ExecutionRateDetails {
  /** The rate scored, in percent, unrounded. */
  value: Decimal;
  /** "entered" when the row's 实际完成值 gave it, "computed" from the budget picture. */
  source: "entered" | "computed";
  basis: RateBasis;
  denominator: RateDenominator;
  /** Whether the rule came from 评分设置 or from the form's own formula. */
  ruleFrom: "settings" | "form";
  /** 全年执行数 (决算) and the budget divided by, when the rate was computed or compared. */
  numerator?: Amount;
  budget?: Amount;
  /** The computed rate, when an entered one was scored. */
  computed?: Decimal;
}

export interface ScoreResult {
  scores: IndicatorScore[];
  /** Sum of the subtotals (so of the scores); null when any indicator is unscored. */
  total: Decimal | null;
  /** Withheld (null) when any indicator is unscored or the weights do not total 100. */
  grade: Grade | null;
  findings: Finding[];
  /** By 一级指标, in the order they first appear. */
  subtotals: Subtotal[];
  executionRate?: ExecutionRateDetails;
  /** Decimal places of every score and the total. */
  decimals: 1 | 2;
}
