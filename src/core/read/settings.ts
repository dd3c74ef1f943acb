/**
 * 评分设置 (optional): label/value pairs over the default scoring settings. An unreadable value is an
 * INVALID_VALUE finding and keeps the default.
 */
import { a1 } from "../address";
import { Finding } from "../findings";
import { CellValue, SheetGrid, cellFormat, cellText, cellValue, colCount, isEmpty, rowCount } from "../grid";
import { parseNumberCell } from "../parse";
import { DEFAULT_SETTINGS, SETTINGS_LABELS, ScoringSettings } from "../settings";
import { normalizeLabel } from "../text";
import { HEADER_SEARCH_ROWS, sheetsByNameOrContent } from "./scan";
import { TableReader, finding } from "./table";

type SettingKey = keyof typeof SETTINGS_LABELS;

const KEY_BY_LABEL = new Map<string, SettingKey>(
  Object.entries(SETTINGS_LABELS).map(([k, label]) => [normalizeLabel(label), k as SettingKey]),
);

function defaults(): ScoringSettings {
  return { ...DEFAULT_SETTINGS, qualitativeDefaults: { ...DEFAULT_SETTINGS.qualitativeDefaults } };
}

/** Applies one setting's value; returns what was expected when the value cannot be read. */
function applySetting(settings: ScoringSettings, key: SettingKey, value: CellValue, format: string | undefined): string | undefined {
  if (key === "reverseFormula") {
    const t = normalizeLabel(cellText(value));
    if (["线性", "linear"].includes(t)) settings.reverseFormula = "linear";
    else if (["比例", "ratio", "w×t/a", "w*t/a"].includes(t)) settings.reverseFormula = "ratio";
    else return "“线性”或“比例”";
    return undefined;
  }
  const p = parseNumberCell(value, format);
  if (p.kind !== "number" || p.value.lt(0)) return "百分比，如 90%";
  // Percentages are read as points: "70%" and 70 both mean 70 %; a bare 0.7 means 70 % too.
  const points = p.percent || p.value.gt(1) ? p.value : p.value.times(100);
  if (key === "overachievement") settings.overachievementPercent = points;
  else if (key === "executionRate") settings.executionRatePercent = points;
  else if (points.gt(100)) return "0% 至 100% 之间的比例";
  else settings.qualitativeDefaults[key] = points.div(100);
  return undefined;
}

function readSettings(sheet: SheetGrid): { part: { settings: ScoringSettings }; findings: Finding[] } {
  const settings = defaults();
  const findings: Finding[] = [];
  for (let r = 0; r < rowCount(sheet); r++) {
    for (let c = 0; c < colCount(sheet, r); c++) {
      const v = cellValue(sheet, r, c);
      const key = typeof v === "string" ? KEY_BY_LABEL.get(normalizeLabel(v)) : undefined;
      if (!key) continue;
      const value = cellValue(sheet, r, c + 1);
      if (isEmpty(value)) continue;
      const expected = applySetting(settings, key, value, cellFormat(sheet, r, c + 1));
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
  title: { zh: "评分设置", en: "scoring settings" },
  required: false,
  find: (grid) => sheetsByNameOrContent(grid, "settings", hasSettingLabel),
  read: (sheet) => (sheet ? readSettings(sheet) : { part: { settings: defaults() }, findings: [] }),
};
