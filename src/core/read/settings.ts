/**
 * 评分设置 (optional): label/value pairs over the default scoring settings. An unreadable value is an
 * INVALID_VALUE finding and keeps the default.
 */
import { a1 } from "../address";
import { Decimal } from "../decimal";
import { ExpectedValue, Finding, finding } from "../findings";
import { CellValue, SheetGrid, cellFormat, cellText, cellValue, colCount, isEmpty, rowCount } from "../grid";
import { parseNumberCell } from "../parse";
import { splitWords } from "../qualitativeWords";
import { SETTINGS_LABELS, ScoringSettings, defaultSettings } from "../settings";
import { normalizeLabel } from "../text";
import { HEADER_SEARCH_ROWS, sheetsByNameOrContent } from "./scan";
import { TableReader } from "./table";

type SettingKey = keyof typeof SETTINGS_LABELS;

const KEY_BY_LABEL = new Map<string, SettingKey>(
  Object.entries(SETTINGS_LABELS).map(([k, label]) => [normalizeLabel(label), k as SettingKey]),
);

/** Applies a setting's value; returns what was expected when the value cannot be read. */
type Apply = (s: ScoringSettings, value: CellValue, format: string | undefined) => ExpectedValue | undefined;

/** A choice among words: the value's normalised text → the setting's value. */
function choice<T>(words: Record<string, T>, expected: ExpectedValue, set: (s: ScoringSettings, v: T) => void): Apply {
  return (s, value) => {
    const v = words[normalizeLabel(cellText(value)).toLowerCase()];
    if (v === undefined) return expected;
    set(s, v);
    return undefined;
  };
}

/**
 * A percentage in points: "70%" and 70 both mean 70 %; a bare 0.7 means 70 % too. A `share` of something
 * (a default score, a deduction) is at most 100 %.
 */
function percent(share: boolean, set: (s: ScoringSettings, points: Decimal) => void): Apply {
  return (s, value, format) => {
    const p = parseNumberCell(value, format);
    if (p.kind !== "number" || p.value.lt(0)) return "percentage";
    const points = p.percent || p.value.gt(1) ? p.value : p.value.times(100);
    if (share && points.gt(100)) return "share";
    set(s, points);
    return undefined;
  };
}

const words =
  (band: keyof ScoringSettings["qualitativeWords"]): Apply =>
  (s, value) => {
    const list = splitWords(cellText(value));
    if (list.length === 0) return "wordList";
    s.qualitativeWords[band] = list;
    return undefined;
  };

const YES_NO = { 是: true, 启用: true, 开: true, yes: true, true: true, 否: false, 不启用: false, 关: false, no: false, false: false };

const APPLY: Record<SettingKey, Apply> = {
  reverseFormula: choice(
    { 线性: "linear", linear: "linear", 比例: "ratio", ratio: "ratio", "w×t/a": "ratio", "w*t/a": "ratio" } as const,
    "reverseFormula",
    (s, v) => (s.reverseFormula = v),
  ),
  achieved: percent(true, (s, p) => (s.qualitativeDefaults.achieved = p.div(100))),
  partial: percent(true, (s, p) => (s.qualitativeDefaults.partial = p.div(100))),
  notAchieved: percent(true, (s, p) => (s.qualitativeDefaults.notAchieved = p.div(100))),
  overachievement: percent(false, (s, p) => (s.overachievementPercent = p)),
  executionRate: percent(false, (s, p) => (s.executionRatePercent = p)),
  rateDenominator: choice(
    { 全年预算数: "adjusted", 调整后预算数: "adjusted", "全年(调整)预算数": "adjusted", 年初预算数: "initial" } as const,
    "rateDenominator",
    (s, v) => (s.rateDenominator = v),
  ),
  rateBasis: choice(
    { 全部资金: "all", 年度资金总额: "all", 资金总额: "all", 财政拨款: "fiscal", 财政资金: "fiscal" } as const,
    "rateBasis",
    (s, v) => (s.rateBasis = v),
  ),
  achievedWords: words("achieved"),
  partialWords: words("partial"),
  notAchievedWords: words("notAchieved"),
  lateMonthDeduction: percent(true, (s, p) => (s.lateMonthDeduction = p.div(100))),
  deviationCut: choice(YES_NO, "yesNo", (s, v) => (s.deviationCut.enabled = v)),
  deviationThreshold: percent(false, (s, p) => (s.deviationCut.thresholdPercent = p)),
  deviationRate: percent(true, (s, p) => (s.deviationCut.rate = p.div(100))),
  scoreDecimals: choice(
    { "1": 1, "2": 2, 一位: 1, 两位: 2, "1位": 1, "2位": 2 } as const,
    "scoreDecimals",
    (s, v) => (s.scoreDecimals = v),
  ),
};

function readSettings(sheet: SheetGrid): { part: { settings: ScoringSettings }; findings: Finding[] } {
  const settings = defaultSettings();
  const findings: Finding[] = [];
  for (let r = 0; r < rowCount(sheet); r++) {
    for (let c = 0; c < colCount(sheet, r); c++) {
      const v = cellValue(sheet, r, c);
      const key = typeof v === "string" ? KEY_BY_LABEL.get(normalizeLabel(v)) : undefined;
      if (!key) continue;
      const value = cellValue(sheet, r, c + 1);
      if (isEmpty(value)) continue;
      const expected = APPLY[key](settings, value, cellFormat(sheet, r, c + 1));
      if (expected === undefined) continue;
      findings.push(
        finding("error", "INVALID_VALUE", sheet.name, a1(r, c + 1), { field: SETTINGS_LABELS[key], text: cellText(value), expected }),
      );
    }
  }
  return { part: { settings }, findings };
}

/** Whether a setting's label is in the rows where a table's content is looked for. */
function hasSettingLabel(sheet: SheetGrid): boolean {
  for (let r = 0; r < Math.min(rowCount(sheet), HEADER_SEARCH_ROWS); r++) {
    for (let c = 0; c < colCount(sheet, r); c++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === "string" && KEY_BY_LABEL.has(normalizeLabel(v))) return true;
    }
  }
  return false;
}

export const SETTINGS_READER: TableReader<{ settings: ScoringSettings }> = {
  key: "settings",
  required: false,
  find: (grid) => sheetsByNameOrContent(grid, "settings", hasSettingLabel),
  read: (sheet) => (sheet ? readSettings(sheet) : { part: { settings: defaultSettings() }, findings: [] }),
};
