/**
 * What localities change in the scoring rules (docs/scoring-rules.md), in one object with the documented
 * defaults, overridable per workbook by the optional sheet 评分设置 (label/value, like 基本信息; read/settings.ts
 * reads it). The defaults follow 财预〔2020〕10号 where it says something, and are marked [assumed] in the
 * docs where it does not.
 */
import { Decimal, dec, toNumber } from "./decimal";
import type { Band } from "./qualitativeWords";

/** Which budget the execution rate divides by: 全年（调整后）预算数 or 年初预算数 (scoring-rules.md §5). */
export type RateDenominator = "adjusted" | "initial";
/** Whose money the execution rate counts: all funds (年度资金总额) or 财政拨款 only. */
export type RateBasis = "all" | "fiscal";

export interface ScoringSettings {
  /** Reverse (≤ <) indicators: "linear" = full at t, zero at 2t; "ratio" = w × t / a. */
  reverseFormula: "linear" | "ratio";
  /** Default share of the weight for a qualitative indicator with no score entered, per band (0–1). */
  qualitativeDefaults: { achieved: Decimal; partial: Decimal; notAchieved: Decimal };
  /** A positive indicator at or above this percentage of its target needs an explanation. */
  overachievementPercent: Decimal;
  /** A budget execution rate below this percentage needs an explanation. */
  executionRatePercent: Decimal;
  /** 执行率分母: the 10号 form divides 全年执行数 by 全年预算数. */
  rateDenominator: RateDenominator;
  /** 执行率口径: the 10号 form's rate row is 年度资金总额 (all funds). */
  rateBasis: RateBasis;
  /** Words added in 评分设置 for each qualitative band; they win over the built-in words. */
  qualitativeWords: Record<Band, string[]>;
  /** 时效: the share of the weight taken for each month late (0–1); 1 means late scores 0. */
  lateMonthDeduction: Decimal;
  /** 偏离度调减: off by default; when on, a positive indicator at or above thresholdPercent of its target loses w × 偏离度 × rate. */
  deviationCut: { enabled: boolean; thresholdPercent: Decimal; rate: Decimal };
  /** Decimal places of each score and the total: 2, or 1 as many reports write (97.6分). */
  scoreDecimals: 1 | 2;
}

export const DEFAULT_SETTINGS: ScoringSettings = {
  reverseFormula: "linear",
  qualitativeDefaults: { achieved: dec(1), partial: dec("0.7"), notAchieved: dec("0.3") },
  overachievementPercent: dec(130),
  executionRatePercent: dec(90),
  rateDenominator: "adjusted",
  rateBasis: "all",
  qualitativeWords: { achieved: [], partial: [], notAchieved: [] },
  lateMonthDeduction: dec(1),
  deviationCut: { enabled: false, thresholdPercent: dec(130), rate: dec("0.1") },
  scoreDecimals: 2,
};

/** A fresh copy of the defaults, safe to change. */
export function defaultSettings(): ScoringSettings {
  const d = DEFAULT_SETTINGS;
  return {
    ...d,
    qualitativeDefaults: { ...d.qualitativeDefaults },
    qualitativeWords: { achieved: [], partial: [], notAchieved: [] },
    deviationCut: { ...d.deviationCut },
  };
}

/** The labels of the 评分设置 sheet; docs/workbook-format.md lists them for people. */
export const SETTINGS_LABELS = {
  reverseFormula: "反向指标计分方式",
  achieved: "定性达成默认得分比例",
  partial: "定性部分达成默认得分比例",
  notAchieved: "定性未达成默认得分比例",
  overachievement: "超额完成说明阈值",
  executionRate: "预算执行率说明阈值",
  rateDenominator: "执行率分母",
  rateBasis: "执行率口径",
  achievedWords: "定性达成用语",
  partialWords: "定性部分达成用语",
  notAchievedWords: "定性未达成用语",
  lateMonthDeduction: "时效逾期每月扣分比例",
  deviationCut: "偏离度调减",
  deviationThreshold: "偏离度调减阈值",
  deviationRate: "偏离度调减比例",
  scoreDecimals: "得分小数位数",
} as const;

/** The names the two denominators go by in the forms and in explanations. */
export const DENOMINATOR_NAMES: Record<RateDenominator, string> = { adjusted: "全年预算数", initial: "年初预算数" };
export const BASIS_NAMES: Record<RateBasis, string> = { all: "全部资金", fiscal: "财政拨款" };

/** The settings in force as plain JSON (percentages in points), for the CLI's document. */
export function settingsSummary(s: ScoringSettings) {
  const pct = (share: Decimal) => toNumber(share.times(100));
  return {
    reverseFormula: s.reverseFormula,
    qualitativeDefaultsPercent: {
      achieved: pct(s.qualitativeDefaults.achieved),
      partial: pct(s.qualitativeDefaults.partial),
      notAchieved: pct(s.qualitativeDefaults.notAchieved),
    },
    overachievementPercent: toNumber(s.overachievementPercent),
    executionRateReasonPercent: toNumber(s.executionRatePercent),
    rateDenominator: s.rateDenominator,
    rateBasis: s.rateBasis,
    qualitativeWords: s.qualitativeWords,
    lateMonthDeductionPercent: pct(s.lateMonthDeduction),
    deviationCut: {
      enabled: s.deviationCut.enabled,
      thresholdPercent: toNumber(s.deviationCut.thresholdPercent),
      ratePercent: pct(s.deviationCut.rate),
    },
    scoreDecimals: s.scoreDecimals,
  };
}
