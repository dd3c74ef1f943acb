/**
 * Report text as values: a part is a piece of text with the figures it shows and the warnings of the
 * placeholders it holds. Parts join like strings, so a sentence is written in reading order and its figures
 * and warnings come out in the same order, with nothing recorded on the side.
 */
import { Finding, finding } from "../findings";
import { Located } from "../model";
import { SHEETS } from "../schema";
import { Figure, SectionBody } from "./types";

export interface Part {
  text: string;
  figures: Figure[];
  findings: Finding[];
}

/** Plain text or a part, wherever a part is taken. */
export type Piece = Part | string;

/** Text that shows no figure and holds no placeholder. */
export function plain(text: string): Part {
  return { text, figures: [], findings: [] };
}

function asPart(p: Piece): Part {
  return typeof p === "string" ? plain(p) : p;
}

/** A number or text taken from a cell (or computed from cells, as `formula` says). */
export function figure(text: string, at: Located, formula?: string): Part {
  return { text, figures: [{ text, sheet: at.sheet, cell: at.cell, ...(formula ? { formula } : {}) }], findings: [] };
}

export function placeholder(what: string): string {
  return `【待补充：${what}】`;
}

/** A missing input: its visible placeholder, and a warning at the cell where it belongs. */
export function missing(what: string, at: Located | undefined): Part {
  const where = at ?? { sheet: SHEETS.info[0], cell: "A1" };
  return { text: placeholder(what), figures: [], findings: [finding("warning", "REPORT_PLACEHOLDER", where.sheet, where.cell, { what })] };
}

/** Text this tool drafted where the unit's own belongs: shown as it is, with a warning asking for review. */
export function drafted(text: string, what: string, at: Located): Part {
  return { text, figures: [], findings: [finding("warning", "REPORT_DEFAULT_TEXT", at.sheet, at.cell, { what })] };
}

/** The figures and warnings of parts, in their order. */
function carried(parts: Part[]): Omit<Part, "text"> {
  return { figures: parts.flatMap((p) => p.figures), findings: parts.flatMap((p) => p.findings) };
}

export function join(pieces: Piece[]): Part {
  const parts = pieces.map(asPart);
  return { text: parts.map((p) => p.text).join(""), ...carried(parts) };
}

/** Pieces with a separator between them: A；B；C. */
export function joinWith(pieces: Piece[], separator: string): Part {
  return join(pieces.flatMap((p, n) => (n === 0 ? [p] : [separator, p])));
}

/** A sentence with parts in it: sentence`支出${amount}，` is one part, its figures in reading order. */
export function sentence(strings: TemplateStringsArray, ...pieces: Piece[]): Part {
  return join(strings.flatMap((s, n) => (n < pieces.length ? [s, pieces[n]] : [s])));
}

/** One paragraph per piece. */
export function sectionOf(paragraphs: Piece[]): SectionBody {
  const parts = paragraphs.map(asPart);
  return { paragraphs: parts.map((p) => p.text), ...carried(parts) };
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** （一）（二）…（十）（十一）… */
export function subsectionNumber(n: number): string {
  if (n <= 10) return `（${NUMERALS[n - 1]}）`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `（${tens > 1 ? NUMERALS[tens - 1] : ""}十${ones ? NUMERALS[ones - 1] : ""}）`;
}

/** Items as （一）（二）… paragraphs; a placeholder stays unnumbered and takes no number from the others. */
export function numbered(items: Piece[]): Part[] {
  let n = 0;
  return items.map(asPart).map((p) => (p.text.startsWith("【") ? p : { ...p, text: `${subsectionNumber(++n)}${p.text}` }));
}
