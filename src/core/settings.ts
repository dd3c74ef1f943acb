/**
 * What localities change in the scoring rules (scoring-rules.md), in one object with the documented
 * defaults, overridable per workbook by the optional sheet 评分设置 (label/value, like 基本信息).
 */
import { a1 } from "./address";
import { Decimal, dec } from "./decimal";
import { Finding } from "./findings";
import { SheetGrid, cellFormat, cellText, cellValue, colCount, isEmpty, rowCount } from "./grid";
import { parseNumberCell } from "./parse";
import { normalizeLabel } from "./text";

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

/** Reads the 评分设置 sheet over the defaults; an unreadable value is a finding and keeps the default. */
export function readSettings(sheet: SheetGrid | undefined): { settings: ScoringSettings; findings: Finding[] } {
  const settings: ScoringSettings = { ...DEFAULT_SETTINGS, qualitativeDefaults: { ...DEFAULT_SETTINGS.qualitativeDefaults } };
  const findings: Finding[] = [];
  if (!sheet) return { settings, findings };
  const byLabel = new Map<string, keyof typeof SETTINGS_LABELS>();
  for (const [k, label] of Object.entries(SETTINGS_LABELS)) byLabel.set(normalizeLabel(label), k as keyof typeof SETTINGS_LABELS);
  for (let r = 0; r < rowCount(sheet); r++) {
    for (let c = 0; c < colCount(sheet, r); c++) {
      const v = cellValue(sheet, r, c);
      const key = typeof v === "string" ? byLabel.get(normalizeLabel(v)) : undefined;
      if (!key) continue;
      const value = cellValue(sheet, r, c + 1);
      if (isEmpty(value)) continue;
      const cell = a1(r, c + 1);
      const bad = (expected: string) =>
        findings.push({
          severity: "error",
          code: "INVALID_VALUE",
          sheet: sheet.name,
          cell,
          params: { field: SETTINGS_LABELS[key], text: cellText(value), expected },
        });
      if (key === "reverseFormula") {
        const t = normalizeLabel(cellText(value));
        if (["线性", "linear"].includes(t)) settings.reverseFormula = "linear";
        else if (["比例", "ratio", "w×t/a", "w*t/a"].includes(t)) settings.reverseFormula = "ratio";
        else bad("“线性”或“比例”");
        continue;
      }
      const p = parseNumberCell(value, cellFormat(sheet, r, c + 1));
      if (p.kind !== "number" || p.value.lt(0)) {
        bad("百分比，如 90%");
        continue;
      }
      // Percentages are read as points: "70%" and 70 both mean 70 %; a bare 0.7 means 70 % too.
      const points = p.percent || p.value.gt(1) ? p.value : p.value.times(100);
      if (key === "overachievement") settings.overachievementPercent = points;
      else if (key === "executionRate") settings.executionRatePercent = points;
      else if (points.gt(100)) bad("0% 至 100% 之间的比例");
      else settings.qualitativeDefaults[key] = points.div(100);
    }
  }
  return { settings, findings };
}
