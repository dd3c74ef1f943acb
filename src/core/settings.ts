/**
 * What localities change in the scoring rules (docs/scoring-rules.md), in one object with the documented
 * defaults, overridable per workbook by the optional sheet 评分设置 (label/value, like 基本信息; read/settings.ts
 * reads it).
 */
import { Decimal, dec } from "./decimal";

export interface ScoringSettings {
  /** Reverse (≤ <) indicators: "linear" = full at t, zero at 2t; "ratio" = w × t / a. */
  reverseFormula: "linear" | "ratio";
  /** Default share of the weight for a qualitative indicator with no score entered, per band (0–1). */
  qualitativeDefaults: { achieved: Decimal; partial: Decimal; notAchieved: Decimal };
  /** A positive indicator at or above this percentage of its target needs an explanation. */
  overachievementPercent: Decimal;
  /** A budget execution rate below this percentage needs an explanation. */
  executionRatePercent: Decimal;
}

export const DEFAULT_SETTINGS: ScoringSettings = {
  reverseFormula: "linear",
  qualitativeDefaults: { achieved: dec(1), partial: dec("0.7"), notAchieved: dec("0.3") },
  overachievementPercent: dec(130),
  executionRatePercent: dec(90),
};

/** The labels of the 评分设置 sheet; docs/workbook-format.md lists them for people. */
export const SETTINGS_LABELS = {
  reverseFormula: "反向指标计分方式",
  achieved: "定性达成默认得分比例",
  partial: "定性部分达成默认得分比例",
  notAchieved: "定性未达成默认得分比例",
  overachievement: "超额完成说明阈值",
  executionRate: "预算执行率说明阈值",
} as const;
