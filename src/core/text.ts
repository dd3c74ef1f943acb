/** Text normalisation shared by every reader: full-width forms, spaces and trailing colons. */

/** The characters toHalfWidth changes; a string without any is returned as it is. */
const NEEDS_HALF_WIDTH = /[\uff01-\uff5e\u3000\u2212]/;

/**
 * Full-width ASCII forms (ＡＢＣ１２３．，％) become their half-width twins; U+3000 becomes a space and U+2212
 * (minus sign) becomes "-".
 */
export function toHalfWidth(s: string): string {
  if (!NEEDS_HALF_WIDTH.test(s)) return s; // the common case, and a hot path on large tables
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (code === 0x2212)
      out += "-"; // minus sign
    else out += ch;
  }
  return out;
}

/**
 * The form labels and headers are compared in: half-width, no white space anywhere (headers are often
 * wrapped onto two lines inside a cell), no trailing colon, no leading required-field star.
 */
export function normalizeLabel(s: string): string {
  const t = toHalfWidth(s)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/^\*+/, "");
  return trimEndOf(t, (c) => c === ":" || c === "：");
}

/**
 * `s` without the characters at its end for which `drop` holds. A loop, not a regular expression: a pattern
 * such as /[:：]+$/ is tried from every position of a run, so a cell of 100,000 colons or spaces followed by
 * one letter took seconds (quadratic time on a hostile workbook).
 */
export function trimEndOf(s: string, drop: (ch: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** A trailing note in brackets, as forms add to headers: (A), （B）, (分), （%）, (万元), (10分). */
const HEADER_NOTE = /\([^()]{1,8}\)$/;

/**
 * The form headers and labels are compared in: normalizeLabel, then without the trailing notes in brackets,
 * which say how a column is filled in, not which column it is (年度指标值(A) is 年度指标值, 指标得分(分) is 指标得分).
 */
export function normalizeHeader(s: string): string {
  let t = normalizeLabel(s);
  while (t.endsWith(")")) {
    const bare = t.replace(HEADER_NOTE, "");
    if (bare === t || bare === "") break;
    t = bare;
  }
  return t;
}

/** The note in brackets at the end of a header ("10分" of 分值(10分)), or "". */
export function headerNote(s: string): string {
  return HEADER_NOTE.exec(normalizeLabel(s))?.[0].slice(1, -1) ?? "";
}

const isSpace = (ch: string) => ch === "\u3000" || /\s/.test(ch);

/** A leading or trailing (also full-width) space: without one, cleanText returns its input. */
const EDGE_SPACE = /^[\s\u3000]|[\s\u3000]$/;

/** Free text as written, trimmed of surrounding (also full-width) spaces. */
export function cleanText(s: string): string {
  if (!EDGE_SPACE.test(s)) return s; // nothing to trim: the common case on large tables
  let start = 0;
  while (start < s.length && isSpace(s[start])) start++;
  return trimEndOf(s.slice(start), isSpace);
}

/** Excel holds at most 32,767 characters (UTF-16 code units) in a cell. */
export const MAX_CELL_CHARS = 32767;

/**
 * The largest cut at or before `at` that does not separate the two halves of a UTF-16 surrogate pair
 * (an emoji, a rare CJK character): a lone half is shown as U+FFFD.
 */
export function safeCutIndex(s: string, at: number): number {
  if (at <= 0 || at >= s.length) return Math.max(0, Math.min(at, s.length));
  const before = s.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
}

/** What is left of a text cut to fit one cell: its end is replaced by this mark. */
export const TRUNCATED_MARK = "…（内容过长，已截断）";

/** `text` when it fits one cell; else its start, cut at a safe boundary, and TRUNCATED_MARK, within `max`. */
export function fitOneCell(text: string, max = MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  return text.slice(0, safeCutIndex(text, max - TRUNCATED_MARK.length)) + TRUNCATED_MARK;
}
