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
  return toHalfWidth(s)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/^\*+/, "")
    .replace(/[:：]+$/, "");
}

/** A leading or trailing (also full-width) space: without one, cleanText returns its input. */
const EDGE_SPACE = /^[\s\u3000]|[\s\u3000]$/;

/** Free text as written, trimmed of surrounding (also full-width) spaces. */
export function cleanText(s: string): string {
  if (!EDGE_SPACE.test(s)) return s; // nothing to trim: the common case on large tables
  return s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}
