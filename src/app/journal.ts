/**
 * The write journal: what this tool last wrote, and what its last write replaced. It is kept in the workbook
 * itself, as text in column A of a very hidden sheet (JOURNAL_SHEET), so that it travels with the file, is written
 * in the same request as the change it records, and reads the same in Excel and from an .xlsx file.
 *
 * A sheet rather than Office's document settings: settings are saved by a separate call (not in the batch
 * that changes the cells), their size limit is not documented, and files written by the command line have none.
 */
import type { CellValue } from "../core/grid";

/** A cell's content, enough to put it back exactly: its value, or its formula, and its number format. */
export interface CellContent {
  /** A1 address. */
  cell: string;
  value: CellValue;
  formula?: string;
  /** "General" when none. */
  numberFormat: string;
}

export interface SheetContent {
  sheet: string;
  cells: CellContent[];
  /** Cells that held nothing and had no number format: put back as empty (a short list, not a cell each). */
  empty?: string[];
}

/** The cells of a SheetContent, the empty ones included. */
export function allCells(content: SheetContent): CellContent[] {
  return [...content.cells, ...(content.empty ?? []).map((cell) => ({ cell, value: null, numberFormat: "General" }))];
}

/**
 * What this tool last wrote, as fingerprints: a cell whose value still has the fingerprint of what the tool
 * wrote there is the tool's own, and rewriting it asks nothing. Fingerprints (about 20 bytes a cell) keep the
 * journal small, as it is read and written whole with every write.
 */
export interface WrittenContent {
  /** By sheet, then A1 address. */
  cells: Record<string, Record<string, string>>;
  /** The report sheet: the fingerprint of each row's text in column A. */
  report?: { sheet: string; rows: string[] };
}

/** What a write wrote: the scores (pane, ribbon), the report (pane), or both at once (the command line). */
export type WriteKind = "scores" | "report" | "scoresAndReport";

/** The last write that changed the workbook, and what undoing it puts back. */
export interface LastWrite {
  kind: WriteKind;
  /** ISO 8601 time of the write. */
  at: string;
  /** The cells it changed, as they were (for the report sheet, all its cells when it existed). */
  before: SheetContent[];
  /** The report sheet it wrote: `existed` false when the write created it. */
  reportSheet?: { name: string; existed: boolean };
  /** The journal's `written` before this write: what an undo makes true again. */
  writtenBefore: WrittenContent;
}

export interface WriteJournal {
  version: 1;
  written: WrittenContent;
  /** Absent after an undo: one write can be undone, once. */
  last?: LastWrite;
}

export const EMPTY_JOURNAL: WriteJournal = { version: 1, written: { cells: {} } };

/** cyrb53, a 53-bit string hash: a chance in 2^53 that a changed cell passes for the tool's own value. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A value's fingerprint, its type included (the number 1 is not the text "1"). */
export function fingerprint(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === "") return "";
  const text = typeof v === "object" ? `e:${v.error}` : `${typeof v}:${String(v)}`;
  return hash53(text).toString(36);
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** What the tool wrote where, by sheet and cell; `mine(sheet, cell, value)` says whether `value` is that. */
export function writtenBy(written: WrittenContent): (sheet: string, cell: string, value: CellValue) => boolean {
  const fps = new Map<string, string>();
  for (const [sheet, cells] of Object.entries(written.cells)) for (const [cell, fp] of Object.entries(cells)) fps.set(key(sheet, cell), fp);
  written.report?.rows.forEach((fp, i) => fps.set(key(written.report!.sheet, `A${i + 1}`), fp));
  return (sheet, cell, value) => {
    const fp = fps.get(key(sheet, cell));
    return fp !== undefined && fp !== "" && fp === fingerprint(value);
  };
}

/** A1 of the journal sheet: says what the sheet is to anyone who unhides it. */
export const JOURNAL_MARKER = "BudgetPerfUndo 1: 绩效自评助手的撤销记录，请勿编辑 (undo journal of the add-in; do not edit)";

/** Excel holds at most 32,767 characters in a cell; the journal's text is cut into pieces below that. */
const MAX_PIECE = 30000;

/** `text` in pieces of at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + max);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff && end - 1 > i) end--;
    pieces.push(text.slice(i, end));
    i = end;
  }
  return pieces;
}

/** The journal sheet's column A: the marker, then the journal as JSON in pieces of at most `maxPiece` characters. */
export function journalTexts(journal: WriteJournal, maxPiece = MAX_PIECE): string[] {
  return [JOURNAL_MARKER, ...splitText(JSON.stringify(journal), Math.max(1, Math.min(MAX_PIECE, maxPiece)))];
}

function isJournal(x: unknown): x is WriteJournal {
  const j = x as WriteJournal;
  return typeof j === "object" && j !== null && j.version === 1 && typeof j.written?.cells === "object" && j.written.cells !== null;
}

/**
 * The journal from the sheet's column A. A sheet that cannot be read as one (edited by hand, a newer version)
 * gives the empty journal: nothing is known as the tool's, and there is nothing to undo.
 */
export function parseJournal(columnA: CellValue[]): WriteJournal {
  if (columnA[0] !== JOURNAL_MARKER) return EMPTY_JOURNAL;
  const text = columnA
    .slice(1)
    .map((v) => (typeof v === "string" ? v : ""))
    .join("");
  try {
    const parsed: unknown = JSON.parse(text);
    return isJournal(parsed) ? parsed : EMPTY_JOURNAL;
  } catch {
    return EMPTY_JOURNAL;
  }
}
