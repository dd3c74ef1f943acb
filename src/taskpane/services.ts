/**
 * What the pane can do: the application's use cases bound to the open workbook, and the clipboard. The
 * components call these and never Excel.* or an adapter directly.
 */
import {
  type DraftStore,
  type OpenWorkbookPort,
  type SavedDrafts,
  type UndoOutcome,
  type WorkbookEvaluation,
  type WriteOptions,
  type WriteOutcome,
  evaluateWorkbook,
  goToCell,
  insertReport,
  insertTemplate,
  scoreWorkbook,
  undoLastWrite,
  writeScores,
} from "../app";
import { Report } from "../core/report";

export interface PaneServices {
  validate(): Promise<WorkbookEvaluation>;
  /** Reads, scores and writes, unless the outcome says it must ask first. */
  score(): Promise<WriteOutcome>;
  /** Writes the scores of `evaluation` (after the accountant confirmed), without reading again. */
  writeScores(evaluation: WorkbookEvaluation, options?: WriteOptions): Promise<WriteOutcome>;
  /** Writes `report` into the sheet chosen when `evaluation` was made, without reading the workbook again. */
  insertReport(evaluation: WorkbookEvaluation, report: Report, options?: WriteOptions): Promise<WriteOutcome>;
  undo(options?: WriteOptions): Promise<UndoOutcome>;
  select(sheet: string, cell: string): Promise<void>;
  insertTemplate(): Promise<string[]>;
  copy(text: string): Promise<void>;
  /** Calls `onChange` when the workbook changes; resolves to a stop function, or undefined if the host cannot tell. */
  watchChanges(onChange: () => void): Promise<(() => void) | undefined>;
  loadDrafts(): Promise<SavedDrafts | undefined>;
  saveDrafts(drafts: SavedDrafts): Promise<void>;
  /** The time (ms since the epoch), for the stale mark and the drafts' save time. */
  now(): number;
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Office's web views may refuse the async clipboard; the old way still works there.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("clipboard unavailable");
}

export function paneServices(wb: OpenWorkbookPort, drafts: DraftStore): PaneServices {
  return {
    validate: () => evaluateWorkbook(wb),
    score: () => scoreWorkbook(wb),
    writeScores: (evaluation, options) => writeScores(wb, evaluation, options),
    insertReport: (evaluation, report, options) => insertReport(wb, evaluation, report, options),
    undo: (options) => undoLastWrite(wb, options),
    select: (sheet, cell) => goToCell(wb, sheet, cell),
    insertTemplate: () => insertTemplate(wb),
    copy: copyText,
    watchChanges: (onChange) => wb.watchChanges(onChange),
    loadDrafts: () => drafts.load(),
    saveDrafts: (d) => drafts.save(d),
    now: () => Date.now(),
  };
}
