/** The report as rows of a worksheet of its own, and as plain text. */
import { Report } from "./report";
import { ReportBlock, blockText, reportBlocks } from "./reportLayout";
import { MAX_CELL_CHARS, safeCutIndex } from "./text";

export const REPORT_SHEET = "绩效评价报告";

/** The signature is the department's name above the date, as the Word document ends. */
export type ReportRowKind = "title" | "heading" | "subheading" | "body" | "signature" | "date";

export interface ReportRow {
  text: string;
  kind: ReportRowKind;
  /**
   * Row height in points, estimated generously from the text: LibreOffice does not fit row heights when it
   * opens an .xlsx, so a wrapped paragraph needs one. (Inside Excel the Office adapter autofits instead.)
   */
  height: number;
  /** Indent level of the cell (Excel's, about a character each; none when absent): the text starts in, as in the Word file. */
  indent?: number;
}

export interface ReportSheetPlan {
  name: string;
  /** True when a sheet of that name exists and was made by this tool: it is replaced. */
  replace: boolean;
  rows: ReportRow[];
  /** Column A's width in Excel's character units. */
  columnWidth: number;
}

/** Column A's width in character units: fits A4 portrait within the margins without scaling. */
export const REPORT_COLUMN_WIDTH = 64;
/** Points per wrapped line of 11 pt text; CJK fonts need more than Latin ones. */
const LINE_POINTS = 17;

/** Width in column units: a CJK or full-width glyph is about 2.1 units of the default font, Latin 1.1. */
function textUnits(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) >= 0x1100 ? 2.1 : 1.1;
  return w;
}

/**
 * Every line of the text (headings included) starts two characters in, as the Word file's first-line indent;
 * a cell can only indent all its lines. Title and signature are aligned instead.
 */
export const TEXT_INDENT = 2;
const INDENTED: ReportRowKind[] = ["heading", "subheading", "body"];

function height(text: string, kind: ReportRowKind): number {
  if (kind === "title") return 30;
  const indent = INDENTED.includes(kind) ? TEXT_INDENT * 1.5 : 0;
  const lines = Math.max(1, Math.ceil(textUnits(text) / (REPORT_COLUMN_WIDTH - 2 - indent)));
  return lines * LINE_POINTS + 4;
}
function row(text: string, kind: ReportRowKind): ReportRow {
  return { text, kind, height: height(text, kind), indent: INDENTED.includes(kind) ? TEXT_INDENT : 0 };
}

/** Excel holds at most 32,767 characters in a cell; longer paragraphs continue on the next rows. */
export { MAX_CELL_CHARS };

/**
 * Splits a paragraph into pieces within the cell limit, at a sentence or clause end where there is one, and
 * never between the two halves of a surrogate pair.
 */
export function splitForCells(text: string, max = MAX_CELL_CHARS): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    // A sentence end if one is in the second half of the window, else a clause end, else the limit itself.
    const cut = ["。", "；", "，"].map((p) => window.lastIndexOf(p)).find((i) => i > max / 2);
    const at = cut !== undefined ? cut + 1 : safeCutIndex(rest, max);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  pieces.push(rest);
  return pieces;
}

/** A caption alone on its line is a heading (一、) or a subheading (（一）, 1.); a run-in caption stays body text. */
function rowKind(b: ReportBlock): ReportRowKind {
  if (b.kind !== "text") return b.kind;
  if (b.level === 0 || b.rest !== "") return "body";
  return b.level === 1 ? "heading" : "subheading";
}

/** The rows of the report sheet: the blocks of the Word document (reportLayout.ts), long paragraphs split for cells. */
export function reportRows(report: Report): ReportRow[] {
  return reportBlocks(report).flatMap((b) => {
    const kind = rowKind(b);
    return splitForCells(blockText(b)).map((piece) => row(piece, kind));
  });
}

/**
 * 绩效评价报告, or 绩效评价报告 (2), (3)… when a sheet of that name exists that this tool did not make. The sheet
 * this tool made is replaced, also when the user renamed it (the adapters know their sheets by a mark that
 * survives renames, never by name). Sheet names compare case-insensitively, as in Excel.
 */
export function chooseReportSheet(existing: string[], owned: string[]): { name: string; replace: boolean } {
  const lower = (s: string) => s.toLowerCase();
  const exists = new Set(existing.map(lower));
  const mine = owned.filter((n) => exists.has(lower(n)));
  const isMine = new Set(mine.map(lower));
  for (let n = 1; ; n++) {
    const name = n === 1 ? REPORT_SHEET : `${REPORT_SHEET} (${n})`;
    if (isMine.has(lower(name))) return { name, replace: true };
    if (!exists.has(lower(name))) return mine.length > 0 ? { name: mine[0], replace: true } : { name, replace: false };
  }
}

export function planReportSheet(report: Report, existing: string[], owned: string[]): ReportSheetPlan {
  return { ...chooseReportSheet(existing, owned), rows: reportRows(report), columnWidth: REPORT_COLUMN_WIDTH };
}

/** Plain text: what --report-text prints and 复制全文 copies (paragraphs whole, not split into cells). */
export function reportText(report: Report): string {
  return [...report.title, report.opening, ...report.sections.flatMap((s) => [s.heading, ...s.paragraphs]), report.date].join("\n");
}
