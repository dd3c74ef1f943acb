/**
 * Use case: undo this tool's last write, from the journal kept in the workbook. It puts back exactly what the
 * write replaced (values, formulas and number formats), and removes the report sheet if the write created it.
 */
import { CellContent, LastWrite, WriteKind, allCells, writtenBy } from "./journal";
import { ChangedCells, RestorePlan, WorkbookPort, WorkbookSnapshot } from "./ports";
import { Overwrite, needsConfirmation } from "./prepareWrite";
import { contentText, gridContent, ownedCells } from "./source";
import type { WriteOptions } from "./scoreWorkbook";

export type UndoOutcome =
  | { kind: "undone"; undid: WriteKind; at: string; changed: ChangedCells[] }
  | { kind: "nothingToUndo" }
  /** Cells changed since the write (by hand) would be put back too: the accountant is asked first. */
  | { kind: "needsConfirmation"; overwrites: Overwrite[] };

/** The write an undo would undo, if any. */
export function lastWrite(source: WorkbookSnapshot): { kind: WriteKind; at: string } | undefined {
  const last = source.journal?.last;
  return last && { kind: last.kind, at: last.at };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The cells the undo would change that were changed since the write: each holds neither the tool's value nor the old one. */
function changedSince(source: WorkbookSnapshot, last: LastWrite): Overwrite[] {
  const mine = writtenBy(source.journal!.written);
  const out: Overwrite[] = [];
  const check = (sheet: string, now: CellContent, old: CellContent | undefined) => {
    const target = old ? (old.formula ?? old.value) : null;
    if (needsConfirmation(now.formula ?? now.value, target, !now.formula && mine(sheet, now.cell, now.value)))
      out.push({ sheet, cell: now.cell, before: contentText(now), after: old ? contentText(old) : "" });
  };
  const report = last.reportSheet;
  for (const content of last.before) {
    if (report && sameName(content.sheet, report.name)) continue;
    for (const old of allCells(content)) check(content.sheet, gridContent(source.grid, content.sheet, old.cell), old);
  }
  if (report) {
    const before = last.before.find((b) => sameName(b.sheet, report.name));
    const old = new Map(before ? allCells(before).map((c) => [c.cell, c]) : []);
    for (const now of ownedCells(source, report.name)) check(report.name, now, old.get(now.cell));
  }
  return out;
}

function restorePlan(source: WorkbookSnapshot, last: LastWrite): RestorePlan {
  const exists = (name: string) => source.sheetNames.some((n) => sameName(n, name));
  const report = last.reportSheet;
  // Cells of a sheet deleted since cannot be put back; the report sheet is made again if it must be.
  const cells = last.before.filter((b) => exists(b.sheet) || (report && sameName(b.sheet, report.name)));
  return {
    cells,
    ...(report ? { reportSheet: { name: report.name, remove: !report.existed, exists: exists(report.name) } } : {}),
    journal: { version: 1, written: last.writtenBefore },
  };
}

/** Reads the journal and undoes the last write; cells changed by hand since are put back only when confirmed. */
export async function undoLastWrite(workbook: WorkbookPort, options: WriteOptions = {}): Promise<UndoOutcome> {
  const source = await workbook.read();
  const last = source.journal?.last;
  if (!last) return { kind: "nothingToUndo" };
  const overwrites = changedSince(source, last);
  if (!options.confirmed && overwrites.length > 0) return { kind: "needsConfirmation", overwrites };
  const plan = restorePlan(source, last);
  const changed = await workbook.restore(plan);
  return { kind: "undone", undid: last.kind, at: last.at, changed };
}
