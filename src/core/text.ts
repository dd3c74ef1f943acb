/** Text normalisation shared by every reader: full-width forms, spaces and trailing colons. */

/** Full-width ASCII forms (ＡＢＣ１２３．，％) become their half-width twins; U+3000 becomes a space. */
const NEEDS_HALF_WIDTH = /[\uff01-\uff5e\u3000\u2212]/;

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
  return toHalfWidth(s)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/^\*+/, "")
    .replace(/[:：]+$/, "");
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

/** Free text as written, trimmed of surrounding (also full-width) spaces. */
const EDGE_SPACE = /^[\s\u3000]|[\s\u3000]$/;

export function cleanText(s: string): string {
  if (!EDGE_SPACE.test(s)) return s; // nothing to trim: the common case on large tables
  return s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}
