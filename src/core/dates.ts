/**
 * Deadlines and completion dates as 时效 indicators write them (docs/scoring-rules.md §3a): 2023年12月,
 * 2023-12, 2023年12月31日前, 12月底, 年底前 (with the evaluation year), 第三季度, a date cell. Each becomes a
 * point in time to the precision written, so that 2023年11月 against ≤2023年12月 compares as dates.
 */
import type { Parsed } from "./parse";
import { splitComparison } from "./parse";
import { toHalfWidth } from "./text";

/** A month, or a day when one was written; a deadline means the end of it. */
export interface TimePoint {
  year: number;
  month: number;
  day?: number;
}

type Match = (m: RegExpExecArray, year: number | undefined) => TimePoint | undefined;

const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, "1": 3, "2": 6, "3": 9, "4": 12 };
const HALF_END: Record<string, number> = { 上半年: 6, 下半年: 12 };

function point(year: number | undefined, month: number, day?: number): TimePoint | undefined {
  if (year === undefined || month < 1 || month > 12) return undefined;
  if (day !== undefined) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) return undefined;
  }
  return day === undefined ? { year, month } : { year, month, day };
}

/** Tried in order; the first whose match leaves only filler words (前, 底, 完成 …) wins. */
const PATTERNS: [RegExp, Match][] = [
  [/^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?/, (m) => point(+m[1], +m[2], +m[3])],
  [/^(\d{4})(?:年|[-/])(\d{1,2})月?/, (m) => point(+m[1], +m[2])],
  [/^(\d{4})年?(上半年|下半年)/, (m) => point(+m[1], HALF_END[m[2]])],
  [/^(\d{4})年?第?([一二三四1-4])季度/, (m) => point(+m[1], QUARTER_END[m[2]])],
  [/^(\d{4})年度?/, (m) => point(+m[1], 12)],
  [/^(\d{1,2})月(\d{1,2})日/, (m, y) => point(y, +m[1], +m[2])],
  [/^(\d{1,2})月(?=底|末|前|份|上旬|中旬|下旬)/, (m, y) => point(y, +m[1])],
  [/^(上半年|下半年)/, (m, y) => point(y, HALF_END[m[1]])],
  [/^第?([一二三四1-4])季度/, (m, y) => point(y, QUARTER_END[m[1]])],
  [/^(年底|年末|年内|年度内|本年度?|当年|全年)/, (_m, y) => point(y, 12)],
];

/** Only under a 时效 heading: a bare "12月" could be a duration elsewhere. */
const LOOSE_MONTH = /^(\d{1,2})月$/;

const LEADING = /^(截至|截止|不晚于|不迟于|早于|于|在|预计|计划|力争)/;
const FILLER = /^(份|之前|以前|前|底|末|以内|内|止|上旬|中旬|下旬|完成|完工|办结|结束|左右)/;

function onlyFiller(rest: string): boolean {
  let r = rest;
  for (let m = FILLER.exec(r); m && r; m = FILLER.exec(r)) r = r.slice(m[0].length);
  return r === "";
}

/**
 * A text such as 2023年12月31日前 or 年底前 as a point in time; undefined when it is not one. `year` is the
 * evaluation year, for texts that name none; `loose` also accepts a bare month (12月).
 */
export function parseTimeText(raw: string, year: number | undefined, loose = false): TimePoint | undefined {
  const t = splitComparison(toHalfWidth(raw).replace(/\s+/g, "")).rest.replace(LEADING, "");
  for (const [re, match] of PATTERNS) {
    const m = re.exec(t);
    if (m && onlyFiller(t.slice(m[0].length))) return match(m, year);
  }
  const bare = loose ? LOOSE_MONTH.exec(t) : null;
  return bare ? point(year, +bare[1]) : undefined;
}

/**
 * A cell as a point in time: a date cell, or text (a number with unit 月 shows as 12月). `loose` also reads
 * a bare month, and a plain number whose row's unit is 月 (12 with 计量单位 月).
 */
export function timePointOf(p: Parsed, year: number | undefined, loose = false, unit = ""): TimePoint | undefined {
  if (p.kind === "number" && p.date) return { ...p.date };
  if (p.kind === "text") return parseTimeText(p.text, year, loose);
  if (p.kind !== "number") return undefined;
  const withUnit = loose && p.unit === "" && /^月份?$/.test(unit.trim()) ? `${p.text}月` : p.text;
  return parseTimeText(withUnit, year, loose);
}

const monthIndex = (p: TimePoint) => p.year * 12 + p.month - 1;
const dayNumber = (p: TimePoint) => Date.UTC(p.year, p.month - 1, p.day ?? 1) / 86400000;

export interface Lateness {
  late: boolean;
  /** Months begun after the deadline (0 when on time). */
  months: number;
  /** Days after the deadline, when both are written to the day. */
  days?: number;
}

/** How late `actual` is against `deadline`, at the coarser of the two precisions (a month against a day compares months). */
export function lateness(actual: TimePoint, deadline: TimePoint): Lateness {
  const months = monthIndex(actual) - monthIndex(deadline);
  if (actual.day === undefined || deadline.day === undefined) return { late: months > 0, months: Math.max(months, 0) };
  const days = dayNumber(actual) - dayNumber(deadline);
  if (days <= 0) return { late: false, months: 0, days: 0 };
  // 15 June → 20 July is into the second month after the deadline.
  return { late: true, months: months + (actual.day > deadline.day ? 1 : 0), days };
}

export function formatTimePoint(p: TimePoint): string {
  return `${p.year}年${p.month}月${p.day === undefined ? "" : `${p.day}日`}`;
}
