/**
 * Findings: what validation and scoring have to say about a workbook, each tied to a sheet and an A1 cell.
 * The code is stable (tools may match on it); the message is rendered per language from the catalog.
 */

export type Severity = "error" | "warning";
export type Lang = "zh-CN" | "en";

export type FindingCode =
  | "MISSING_SHEET"
  | "MISSING_FIELD"
  | "MISSING_COLUMN"
  | "NOT_A_NUMBER"
  | "INVALID_VALUE"
  | "PERCENT_AS_FRACTION"
  | "TOTAL_MISMATCH"
  | "BASIC_MISMATCH"
  | "PROJECT_SUM_MISMATCH"
  | "SUMMARY_MISMATCH"
  | "ROUNDING_DIFF"
  | "WEIGHT_SUM"
  | "DEVIATION_REASON_MISSING"
  | "OVERACHIEVED_REASON_MISSING"
  | "QUALITATIVE_DEFAULT_SCORE"
  | "WORD_ACTUAL"
  | "ENTERED_SCORE_DIFFERS"
  | "EXECUTION_RATE_LOW"
  | "MISSING_ACTUAL"
  | "MISSING_WEIGHT"
  | "UNKNOWN_COMPARISON"
  | "QUALITATIVE_SCORE_OUT_OF_BAND"
  | "REPORT_PLACEHOLDER"
  | "AMBIGUOUS_TABLE"
  | "HIDDEN_TABLE_IGNORED"
  | "TABLE_ON_HIDDEN_SHEET"
  | "TABLE_CHOICE_INVALID";

export type Params = Record<string, string | number>;

export interface Finding {
  severity: Severity;
  code: FindingCode;
  sheet: string;
  cell: string;
  params: Params;
}

export interface RenderedFinding {
  severity: Severity;
  code: FindingCode;
  message: string;
  sheet: string;
  cell: string;
}

type Catalog = Record<FindingCode, { "zh-CN": string; en: string }>;

const CATALOG: Catalog = {
  MISSING_SHEET: {
    "zh-CN": "缺少工作表“{sheet}”（也可命名为：{aliases}）",
    en: "Missing sheet “{sheet}” (also accepted: {aliases})",
  },
  MISSING_FIELD: {
    "zh-CN": "缺少必填项“{field}”",
    en: "Required field “{field}” is missing",
  },
  MISSING_COLUMN: {
    "zh-CN": "表头中找不到“{column}”列",
    en: "Column “{column}” not found in the header row",
  },
  NOT_A_NUMBER: {
    "zh-CN": "“{field}”应为数字，实际为“{text}”",
    en: "“{field}” should be a number but is “{text}”",
  },
  INVALID_VALUE: {
    "zh-CN": "“{field}”的值“{text}”无法识别，应为{expected}",
    en: "“{field}” has an unrecognised value “{text}”; expected {expected}",
  },
  PERCENT_AS_FRACTION: {
    "zh-CN": "指标“{name}”的{field}“{text}”按小数读作 {points}%；如本意是 {text}%，请写作“{text}%”",
    en: "Indicator “{name}”: the {fieldEn} “{text}” was read as a fraction, {points}%; if {text}% is meant, write “{text}%”",
  },
  TOTAL_MISMATCH: {
    "zh-CN": "基本支出 + 项目支出 + 其他支出 = {sum}，与决算支出合计 {total} 相差 {diff}",
    en: "Basic + project + other spending = {sum}, which differs from the total {total} by {diff}",
  },
  BASIC_MISMATCH: {
    "zh-CN": "人员支出 + 公用经费 = {sum}，与基本支出 {total} 相差 {diff}",
    en: "Personnel + public spending = {sum}, which differs from basic spending {total} by {diff}",
  },
  PROJECT_SUM_MISMATCH: {
    "zh-CN": "项目表“{column}”列各行之和 {sum}，与{against} {total} 相差 {diff}",
    en: "The project rows' “{column}” add up to {sum}, which differs from {againstEn} {total} by {diff}",
  },
  SUMMARY_MISMATCH: {
    "zh-CN": "收入支出决算总表的本年支出合计 {sum}（{sheetOf}!{cellOf}）与决算支出合计 {total} 相差 {diff}",
    en: "The summary table's total spending {sum} ({sheetOf}!{cellOf}) differs from the total {total} by {diff}",
  },
  ROUNDING_DIFF: {
    "zh-CN": "{identity}：{sum} 与 {total} 相差 {diff}，属于四舍五入误差，请核对",
    en: "{identityEn}: {sum} and {total} differ by {diff}, a rounding difference; please check",
  },
  WEIGHT_SUM: {
    "zh-CN": "各指标分值合计为 {sum}，应为 100",
    en: "The indicator weights total {sum}; they should total 100",
  },
  DEVIATION_REASON_MISSING: {
    "zh-CN": "指标“{name}”未完成（实际 {actual}，目标 {target}），请在“偏差原因分析及改进措施”中说明原因",
    en: "Indicator “{name}” was not achieved (actual {actual}, target {target}); explain the deviation",
  },
  OVERACHIEVED_REASON_MISSING: {
    "zh-CN": "指标“{name}”实际完成值 {actual} 达到目标 {target} 的 {ratio}%（≥{threshold}%），请说明超额完成的原因",
    en: "Indicator “{name}” reached {ratio}% of its target ({actual} vs {target}, threshold {threshold}%); explain why",
  },
  QUALITATIVE_DEFAULT_SCORE: {
    "zh-CN": "定性指标“{name}”（{band}）未填得分，已按默认给 {score} 分，请确认",
    en: "Qualitative indicator “{name}” ({band}) had no score; the default {score} was given, please confirm",
  },
  WORD_ACTUAL: {
    "zh-CN": "指标“{name}”的实际完成值为文字“{text}”，按已完成计分，请填写具体数值",
    en: "Indicator “{name}” has the word “{text}” as its actual value; scored as achieved, please enter the number",
  },
  ENTERED_SCORE_DIFFERS: {
    "zh-CN": "指标“{name}”原填得分 {old}，按规则应为 {score}，已改为 {score}",
    en: "Indicator “{name}” had the score {old} entered; the rules give {score}, which was written",
  },
  EXECUTION_RATE_LOW: {
    "zh-CN": "预算执行率 {rate}% 低于 {threshold}%，请说明原因",
    en: "The budget execution rate {rate}% is below {threshold}%; give the reason",
  },
  MISSING_ACTUAL: {
    "zh-CN": "指标“{name}”缺少实际完成值",
    en: "Indicator “{name}” has no actual value",
  },
  MISSING_WEIGHT: {
    "zh-CN": "指标“{name}”缺少分值",
    en: "Indicator “{name}” has no weight",
  },
  UNKNOWN_COMPARISON: {
    "zh-CN": "指标“{name}”的指标性质“{text}”无法识别，应为 ≥ > ≤ < = 或 定性",
    en: "Indicator “{name}” has an unknown comparison “{text}”; use ≥ > ≤ < = or 定性",
  },
  QUALITATIVE_SCORE_OUT_OF_BAND: {
    "zh-CN": "定性指标“{name}”为“{band}”，得分应在 {low} 至 {high} 之间，原填 {old}",
    en: "Qualitative indicator “{name}” is “{band}”: its score must lie between {low} and {high}, but {old} was entered",
  },
  REPORT_PLACEHOLDER: {
    "zh-CN": "报告缺少“{what}”，已留【待补充】占位",
    en: "The report lacks “{what}”; a 【待补充】 placeholder was left",
  },
  AMBIGUOUS_TABLE: {
    "zh-CN": "找到 {count} 个{table}：{places}；无法确定读取哪一个，均未读取（命令行可用 --table {kind}=工作表!A1:J20 指定）",
    en: "Found {count} tables of one kind ({tableEn}): {places}; which one to read is not clear, so none was read (choose with --table {kind}=Sheet!A1:J20)",
  },
  HIDDEN_TABLE_IGNORED: {
    "zh-CN": "隐藏的工作表上另有{table}（{others}）；读取的是可见的 {chosen}",
    en: "Another {tableEn} is on a hidden sheet ({others}); the visible one, {chosen}, was read",
  },
  TABLE_ON_HIDDEN_SHEET: {
    "zh-CN": "{table}在隐藏的工作表“{sheet}”上：已读取，但本工具不写入隐藏的工作表",
    en: "The {tableEn} is on the hidden sheet “{sheet}”: it was read, but this tool writes nothing into a hidden sheet",
  },
  TABLE_CHOICE_INVALID: {
    "zh-CN": "指定的{table}位置“{place}”不存在：工作簿中没有这个工作表",
    en: "The place given for the {tableEn}, “{place}”, does not exist: the workbook has no such sheet",
  },
};

export function renderMessage(f: Finding, lang: Lang): string {
  const template = CATALOG[f.code][lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = f.params[k];
    return v === undefined ? `{${k}}` : String(v);
  });
}

export function render(f: Finding, lang: Lang): RenderedFinding {
  return { severity: f.severity, code: f.code, message: renderMessage(f, lang), sheet: f.sheet, cell: f.cell };
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Every code the catalog knows; tests check each has both languages. */
export const ALL_CODES = Object.keys(CATALOG) as FindingCode[];
