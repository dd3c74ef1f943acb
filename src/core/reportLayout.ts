/**
 * The report laid out as a 公文 (GB/T 9704-2012): which line is the title, which a heading of which level (told
 * by its numbering: 一、 / （一） / 1.), which body text, and the signature (the department and the date) at the end.
 * The Word document and the report sheet are both drawn from these blocks, so they hold the same content.
 */
import { Report } from "./report";

/** 0 body text; 1 一、; 2 （一）; 3 1. — the levels of 公文's 结构层次序数. */
export type HeadingLevel = 0 | 1 | 2 | 3;

export type BlockKind = "title" | "text" | "signature" | "date";

export interface ReportBlock {
  kind: BlockKind;
  /** For text, the heading level of its caption; 0 for plain text and for every other kind. */
  level: HeadingLevel;
  /** The caption, set in its level's font: the whole paragraph, or its first sentence when text follows. "" for none. */
  lead: string;
  /** The rest of the paragraph, in the body font. */
  rest: string;
}

const NUMERAL = "[一二三四五六七八九十百]+";
const NUMBERINGS: [HeadingLevel, RegExp][] = [
  [1, new RegExp(`^${NUMERAL}、`)],
  [2, new RegExp(`^（${NUMERAL}）`)],
  [3, /^\d{1,3}[.．](?!\d)/],
];
/** A caption is short: a whole paragraph of at most this many characters after its number, or a first sentence. */
const CAPTION_CHARS = 30;

/** The level a paragraph's numbering shows (0 when it has none). */
export function numberingLevel(text: string): HeadingLevel {
  return NUMBERINGS.find(([, re]) => re.test(text))?.[0] ?? 0;
}

/**
 * A numbered paragraph as caption and text: "（一）部门整体绩效目标" is all caption; "（一）收集绩效信息。预算年度…" is
 * a run-in caption ending at its first 。 and the text after it. A numbered paragraph whose first sentence is
 * long is text: its number alone is no caption.
 */
export function splitCaption(text: string): Pick<ReportBlock, "level" | "lead" | "rest"> {
  const level = numberingLevel(text);
  if (level === 0) return { level, lead: "", rest: text };
  const number = NUMBERINGS[level - 1][1].exec(text)![0].length;
  if (text.length - number <= CAPTION_CHARS && !/[。；，]/.test(text)) return { level, lead: text, rest: "" };
  const stop = text.indexOf("。");
  if (stop > number && stop - number < CAPTION_CHARS && !/[；，]/.test(text.slice(0, stop))) {
    return { level, lead: text.slice(0, stop + 1), rest: text.slice(stop + 1) };
  }
  return { level: 0, lead: "", rest: text };
}

const plain = (kind: BlockKind, text: string): ReportBlock => ({ kind, level: 0, lead: "", rest: text });

/**
 * The blocks in reading order. The signature is the title's first line, which names the department, when the
 * title has more than one line (Report.title is the department, then the report's name).
 */
export function reportBlocks(report: Report): ReportBlock[] {
  const blocks = report.title.map((t) => plain("title", t));
  blocks.push(plain("text", report.opening));
  for (const s of report.sections) {
    // A section heading is a first-level heading whatever its wording.
    blocks.push({ kind: "text", level: 1, lead: s.heading, rest: "" });
    for (const p of s.paragraphs) blocks.push({ kind: "text", ...splitCaption(p) });
  }
  if (report.title.length > 1) blocks.push(plain("signature", report.title[0]));
  blocks.push(plain("date", report.date));
  return blocks;
}

/** A block's whole text. */
export function blockText(b: ReportBlock): string {
  return b.lead + b.rest;
}
