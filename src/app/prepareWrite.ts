/**
 * Before a write: which non-empty cells it would change that are not this tool's own (to show and ask about),
 * and the journal to store with it (what it replaces, for undo, and what it writes, for the next run).
 */
import type { CellValue } from "../core/grid";
import type { CellWrite } from "../core/plan";
import type { ReportSheetPlan } from "../core/reportSheet";
import { CellContent, EMPTY_JOURNAL, LastWrite, SheetContent, WriteJournal, WriteKind, WrittenContent, fingerprint, writtenBy } from "./journal";
import type { WorkbookSnapshot } from "./ports";
import { contentText, gridContent, isBlank, ownedCells, reportCells, sameValue } from "./source";

/** A non-empty cell a write would change that this tool did not write there last, or that was changed since. */
export interface Overwrite {
  sheet: string;
  cell: string;
  /** Its content now. */
  before: string;
  /** Its content after the write ("" when cleared). */
  after: string;
}

export interface PreparedWrite {
  overwrites: Overwrite[];
  /** The journal to store with the write; undefined when it would not change. */
  journal?: WriteJournal;
}

/** Whether a cell holds what the tool wrote there last (journal.ts, `writtenBy`). */
type Mine = (sheet: string, cell: string, value: CellValue) => boolean;

/** A cell whose change needs the accountant's word: it holds something, and it is not what this tool wrote there. */
export function needsConfirmation(now: CellValue, next: CellValue, mine: boolean): boolean {
  return !isBlank(now) && !sameValue(now, next) && !mine;
}

/** Cells as they were, the empty ones (no value, no number format) as a list of addresses. */
function asContent(sheet: string, cells: CellContent[]): SheetContent {
  const blank = (c: CellContent) => c.value === null && !c.formula && c.numberFormat === "General";
  const empty = cells.filter(blank).map((c) => c.cell);
  return { sheet, cells: cells.filter((c) => !blank(c)), ...(empty.length ? { empty } : {}) };
}

/** The score cells that change, as they are now; and those to confirm. */
function cellChanges(source: WorkbookSnapshot, writes: CellWrite[], mine: Mine) {
  const before = new Map<string, CellContent[]>();
  const overwrites: Overwrite[] = [];
  for (const w of writes) {
    const now = gridContent(source.grid, w.sheet, w.cell);
    if (sameValue(now.value, w.value) && now.numberFormat === w.numberFormat) continue;
    before.set(w.sheet, [...(before.get(w.sheet) ?? []), now]);
    if (needsConfirmation(now.value, w.value, mine(w.sheet, w.cell, now.value)))
      overwrites.push({ sheet: w.sheet, cell: w.cell, before: contentText(now), after: String(w.value) });
  }
  return { before: [...before].map(([sheet, cells]) => asContent(sheet, cells)), overwrites };
}

function sameCells(a: CellContent[], b: CellContent[]): boolean {
  const byCell = new Map(b.map((c) => [c.cell, c]));
  return (
    a.length === b.length &&
    a.every((c) => {
      const o = byCell.get(c.cell);
      return o !== undefined && !c.formula && !o.formula && sameValue(c.value, o.value) && c.numberFormat === o.numberFormat;
    })
  );
}

/** The report sheet's cells it replaces (all of them, if it exists) and those to confirm. */
function reportChanges(source: WorkbookSnapshot, plan: ReportSheetPlan, mine: Mine) {
  const existing = plan.replace ? ownedCells(source, plan.name) : [];
  const next = reportCells(plan);
  const nextValue = new Map(next.map((c) => [c.cell, c.value]));
  const overwrites = existing
    .filter((c) => needsConfirmation(c.formula ?? c.value, nextValue.get(c.cell) ?? null, !c.formula && mine(plan.name, c.cell, c.value)))
    .map((c) => ({ sheet: plan.name, cell: c.cell, before: contentText(c), after: String(nextValue.get(c.cell) ?? "") }));
  const changes = !plan.replace || !sameCells(existing, next);
  return { before: plan.replace ? [{ sheet: plan.name, cells: existing }] : [], overwrites, changes };
}

function fingerprints(cells: CellWrite[]): WrittenContent["cells"] {
  const out: WrittenContent["cells"] = {};
  for (const w of cells) (out[w.sheet] ??= {})[w.cell] = fingerprint(w.value);
  return out;
}

function kindOf(cells: CellWrite[], report: ReportSheetPlan | undefined): WriteKind {
  if (!report) return "scores";
  return cells.length > 0 ? "scoresAndReport" : "report";
}

/** What the write would change and the journal to store with it; `at` is the write's time (ISO 8601). */
export function prepareWrite(source: WorkbookSnapshot, cells: CellWrite[], report: ReportSheetPlan | undefined, at: string): PreparedWrite {
  const journal = source.journal ?? EMPTY_JOURNAL;
  const mine = writtenBy(journal.written);
  const scores = cellChanges(source, cells, mine);
  const sheet = report && reportChanges(source, report, mine);
  const written: WrittenContent = {
    cells: cells.length > 0 || !report ? fingerprints(cells) : journal.written.cells,
    ...(report ? { report: { sheet: report.name, rows: report.rows.map((r) => fingerprint(r.text)) } } : journal.written.report ? { report: journal.written.report } : {}),
  };
  const overwrites = [...scores.overwrites, ...(sheet?.overwrites ?? [])];
  if (scores.before.length > 0 || sheet?.changes) {
    const before: SheetContent[] = [...scores.before, ...(sheet?.before ?? [])];
    const last: LastWrite = {
      kind: kindOf(cells, report),
      at,
      before,
      ...(report ? { reportSheet: { name: report.name, existed: report.replace } } : {}),
      writtenBefore: journal.written,
    };
    return { overwrites, journal: { version: 1, written, last } };
  }
  const unchanged = source.journal !== undefined && JSON.stringify(written) === JSON.stringify(journal.written);
  return { overwrites, journal: unchanged ? undefined : { ...journal, written } };
}
