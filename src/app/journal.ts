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
}

/** What this tool last wrote: a cell that still holds it is the tool's own, and rewriting it asks nothing. */
export interface WrittenContent {
  cells: { sheet: string; cell: string; value: string | number }[];
  report?: { sheet: string; texts: string[] };
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

export const EMPTY_JOURNAL: WriteJournal = { version: 1, written: { cells: [] } };

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
  return typeof j === "object" && j !== null && j.version === 1 && Array.isArray(j.written?.cells);
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
