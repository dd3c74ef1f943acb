/**
 * Reading the many ways a number arrives in a real budget workbook: numbers, %-formatted numbers, dates,
 * and text such as "2,513.05", "160个", "≥95%", "95%", "７７.４" or "2020年". Nothing here throws.
 */
import { CellValue, isCellError } from "./grid";
import { Decimal, MAX_EXPONENT, dec, fitsBudget, fitsBudgetExactly } from "./decimal";
import { cleanText, normalizeLabel, toHalfWidth } from "./text";

export type Comparison = "≥" | ">" | "≤" | "<" | "=" | "定性";

export type Parsed =
  | { kind: "empty" }
  | { kind: "error"; error: string }
  | { kind: "text"; text: string }
  | {
      kind: "number";
      value: Decimal;
      /** The unit written with the number ("个", "万元", "%"), or "" when none. */
      unit: string;
      /** True when the value is a percentage in percentage points (95 for "95%" or a 0.95 shown as 95%). */
      percent: boolean;
      /** A comparison sign written in front of the number ("≥95%"). */
      comparison?: Comparison;
      /** What the cell showed, for messages. */
      text: string;
      /** The calendar date of a serial number shown with a date format (时效 indicators compare dates). */
      date?: DateParts;
    };

const SIGNS: [RegExp, Comparison][] = [
  [/^(>=|≥=|≧)/, "≥"],
  [/^(<=|≤=|≦)/, "≤"],
  [/^≥/, "≥"],
  [/^≤/, "≤"],
  [/^>/, ">"],
  [/^</, "<"],
  [/^=/, "="],
];

/** The comparison sign at the start of a text, and the text after it. */
export function splitComparison(s: string): { comparison?: Comparison; rest: string } {
  const t = toHalfWidth(s).trim();
  for (const [re, c] of SIGNS) {
    const m = re.exec(t);
    if (m) return { comparison: c, rest: t.slice(m[0].length).trim() };
  }
  return { rest: t };
}

/** 指标性质 words → the comparison they name (report/goals.ts's COMPARISON_PHRASE words it back the other way). */
const COMPARISON_BY_WORD: [string[], Comparison][] = [
  [["≥", "≥=", ">=", "≧", "大于等于", "不低于", "不少于", "正向"], "≥"],
  [[">", "大于", "高于", "多于"], ">"],
  [["≤", "≤=", "<=", "≦", "小于等于", "不高于", "不超过", "不多于", "反向"], "≤"],
  [["<", "小于", "低于", "少于"], "<"],
  [["=", "==", "等于"], "="],
  [["定性", "定性指标"], "定性"],
];

/** 定量 (Chongqing's form writes 定量指标 against 定性指标): quantitative, but no direction. */
const QUANTITATIVE_WORDS = ["定量", "定量指标"];

/** True when 指标性质 says only "quantitative": the direction must come from the target (≥95%). */
export function isQuantitativeWord(text: string): boolean {
  return QUANTITATIVE_WORDS.includes(normalizeLabel(toHalfWidth(text)));
}

/** 指标性质 text → comparison; undefined when it cannot be recognised. */
export function parseComparison(text: string): Comparison | undefined {
  const t = normalizeLabel(toHalfWidth(text));
  for (const [words, c] of COMPARISON_BY_WORD) if (words.includes(t)) return c;
  return undefined;
}

/** True when an Excel number format shows a percentage (a % outside quotes and brackets). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /%/.test(stripLiterals(format));
}

/** True when an Excel number format shows a date (y, m or d codes outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = stripLiterals(format).toLowerCase();
  if (f === "general" || f === "@") return false;
  // "m" alone is ambiguous with minutes; a format with hours or seconds is a time, not a date.
  return /[yd]/.test(f) || (/m/.test(f) && !/[hs]/.test(f));
}

function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
}

const NUMBER_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:e([+-]?\d+))?\s*(.*)$/i;

/** Parses a cell where a number is expected. */
export function parseNumberCell(value: CellValue, format?: string): Parsed {
  if (value === null) return { kind: "empty" };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (typeof value === "number") {
    // Infinity, NaN, or a number no budget holds (1e308): text, and so NOT_A_NUMBER where a number belongs.
    if (!Number.isFinite(value) || !fitsBudget(dec(value))) return { kind: "text", text: String(value) };
    const d = dec(value);
    if (isPercentFormat(format)) {
      const points = d.times(100);
      return { kind: "number", value: points, unit: "%", percent: true, text: `${points.toString()}%` };
    }
    // String(value) is what big.js parsed, so it is the same text, without a costly Big → string round trip.
    const parsed: Parsed = { kind: "number", value: d, unit: "", percent: false, text: String(value) };
    const date = isDateFormat(format) ? serialToDate(value) : undefined;
    return date ? { ...parsed, date } : parsed;
  }
  return parseNumberText(value);
}

/** A plain ASCII decimal such as "120" or "-3.5": the common case, parsed without the general path. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The number written as `mantissa` × 10^`exponent`, or undefined when a budget cannot hold it (decimal.ts).
 * The exponent is checked before big.js sees it: "1e" followed by a thousand 9s is no number to build.
 */
function budgetNumber(mantissa: string, exponent = "0"): Decimal | undefined {
  const e = Number(exponent);
  if (!(Math.abs(e) <= MAX_EXPONENT)) return undefined;
  let value: Decimal;
  try {
    value = dec(e === 0 ? mantissa : `${mantissa}e${e}`);
  } catch {
    return undefined;
  }
  return fitsBudgetExactly(value) ? value : undefined;
}

/** Parses text such as "≥1,234.5万元", "95%", "（12.5）" or "７７.４". */
export function parseNumberText(raw: string): Parsed {
  if (PLAIN_NUMBER.test(raw)) {
    const value = budgetNumber(raw);
    return value ? { kind: "number", value, unit: "", percent: false, text: raw } : { kind: "text", text: raw };
  }
  const shown = cleanText(raw);
  if (shown === "") return { kind: "empty" };
  if (/^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/i.test(shown)) {
    return { kind: "error", error: shown.toUpperCase() };
  }
  const { comparison, rest } = splitComparison(shown);
  let t = rest.replace(/\s+/g, "");
  // Accounting negatives: (1,234.00)
  let negative = false;
  const paren = /^\((.*)\)(.*)$/.exec(t);
  if (paren && /^[\d.,]+$/.test(paren[1])) {
    negative = true;
    t = paren[1] + paren[2];
  }
  t = t.replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1");
  const m = NUMBER_RE.exec(t);
  if (!m) return { kind: "text", text: shown };
  let unit = m[3];
  // A long tail or one with digits is a sentence that happens to start with a number, not a unit.
  if (unit.length > 8 || /\d/.test(unit)) return { kind: "text", text: shown };
  let value = budgetNumber(m[1], m[2]);
  if (!value) return { kind: "text", text: shown };
  if (negative) value = value.times(-1);
  const percent = unit.startsWith("%");
  if (percent) unit = "%";
  return { kind: "number", value, unit, percent, comparison, text: shown };
}

/** The year of "2020", "2020年", "2020年度" or the number 2020. */
export function parseYear(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1900 && value <= 2200 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const m = /^(\d{4})\s*(年度?)?$/.exec(toHalfWidth(value).trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1900 && y <= 2200 ? y : undefined;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Excel's 1900 date system, including its phantom 29 February 1900 (serial 60). */
export function serialToDate(serial: number): DateParts | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const whole = Math.floor(serial);
  const days = whole > 60 ? whole - 1 : whole; // skip the phantom day
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const ms = Date.UTC(1899, 11, 31) + days * 86400000;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A report date from a date cell, or text such as 2021年4月15日, 2021-04-15, 2021/4/15 or 2021.4.15. */
export function parseDate(value: CellValue, format?: string): DateParts | undefined {
  if (typeof value === "number") return isDateFormat(format) || value > 20000 ? serialToDate(value) : undefined;
  if (typeof value !== "string") return undefined;
  const t = toHalfWidth(value).replace(/\s+/g, "");
  const m = /^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/.exec(t);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** 2021年4月15日, the way the reports write dates. */
export function formatChineseDate(d: DateParts): string {
  return `${d.year}年${d.month}月${d.day}日`;
}
