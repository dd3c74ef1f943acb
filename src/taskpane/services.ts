/**
 * What the pane can do: the application's use cases bound to the open workbook, and the clipboard. The
 * components call these and never Excel.* or an adapter directly.
 */
import type { TableChoices } from "../app";
import {
  type DraftStore,
  type ChartsOutcome,
  type ExportedDocument,
  type NativeChart,
  type OnStage,
  type OpenWorkbookPort,
  type ReportDocumentWriter,
  type SavedDrafts,
  type UndoOutcome,
  type WorkbookEvaluation,
  type WriteOptions,
  type WriteOutcome,
  evaluateWorkbook,
  exportReportDocx,
  goToCell,
  insertCharts,
  insertExample,
  insertReport,
  insertTemplate,
  scoreWorkbook,
  undoLastWrite,
  writeScores,
} from "../app";
import { Report } from "../core/report";

export interface PaneServices {
  /** Reads and checks the workbook; `onStage` is told as it goes. */
  /** `tables`: the places the accountant picked where a kind of table appears more than once. */
  validate(onStage?: OnStage, tables?: TableChoices): Promise<WorkbookEvaluation>;
  /** Reads, scores and writes, unless the outcome says it must ask first. */
  score(onStage?: OnStage, tables?: TableChoices): Promise<WriteOutcome>;
  /** Writes the scores of `evaluation` (after the accountant confirmed), without reading again. */
  writeScores(evaluation: WorkbookEvaluation, options?: WriteOptions): Promise<WriteOutcome>;
  /** Writes `report` into the sheet chosen when `evaluation` was made, without reading the workbook again. */
  insertReport(evaluation: WorkbookEvaluation, report: Report, options?: WriteOptions): Promise<WriteOutcome>;
  undo(options?: WriteOptions): Promise<UndoOutcome>;
  select(sheet: string, cell: string): Promise<void>;
  /** Adds the template sheets that are missing and goes to the first cell to fill; returns their names. */
  insertTemplate(): Promise<string[]>;
  /** Adds the built-in example's sheets that are missing; returns their names. */
  insertExample(): Promise<string[]>;
  /** The charts as native Excel charts beside the report of `evaluation`, once the report is in the workbook. */
  insertCharts(evaluation: WorkbookEvaluation, charts: NativeChart[]): Promise<ChartsOutcome>;
  copy(text: string): Promise<void>;
  /** The report as a Word document, by the use case the CLI's --docx calls: the same text gives the same bytes. */
  exportWord(report: Report): Promise<ExportedDocument>;
  /** Offers the bytes to the user as a file to save. */
  download(name: string, bytes: Uint8Array): Promise<void>;
  /** In Excel desktop the pane's web view may block downloads: the pane then says how to save otherwise. */
  downloadsMayBeBlocked: boolean;
  /** Calls `onChange` when the workbook changes; resolves to a stop function, or undefined if the host cannot tell. */
  watchChanges(onChange: () => void): Promise<(() => void) | undefined>;
  loadDrafts(): Promise<SavedDrafts | undefined>;
  saveDrafts(drafts: SavedDrafts): Promise<void>;
  /** The time (ms since the epoch), for the stale mark and the drafts' save time. */
  now(): number;
}

/** What the pane's host provides besides the workbook. */
export interface PaneHost {
  /** The .docx typesetter (loaded when first asked for: it is large). */
  documentWriter: ReportDocumentWriter;
  /** Excel desktop (Windows or Mac) rather than Excel on the web. */
  desktop: boolean;
  /** Where the report drafts are kept: the document's settings, saved with the workbook. */
  drafts: DraftStore;
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

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A download through a temporary link to the bytes: no server, nothing leaves the machine. */
async function downloadFile(name: string, bytes: Uint8Array): Promise<void> {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type: DOCX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the link's target after the click returns: let it go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function paneServices(wb: OpenWorkbookPort, host: PaneHost): PaneServices {
  return {
    validate: (onStage, tables) => evaluateWorkbook(wb, { onStage, tables }),
    score: (onStage, tables) => scoreWorkbook(wb, { onStage, tables }),
    writeScores: (evaluation, options) => writeScores(wb, evaluation, options),
    insertReport: (evaluation, report, options) => insertReport(wb, evaluation, report, options),
    undo: (options) => undoLastWrite(wb, options),
    select: (sheet, cell) => goToCell(wb, sheet, cell),
    insertTemplate: () => insertTemplate(wb),
    insertExample: () => insertExample(wb),
    insertCharts: (evaluation, charts) => insertCharts(wb, evaluation, charts),
    copy: copyText,
    exportWord: (report) => exportReportDocx(report, host.documentWriter),
    download: downloadFile,
    downloadsMayBeBlocked: host.desktop,
    watchChanges: (onChange) => wb.watchChanges(onChange),
    loadDrafts: () => host.drafts.load(),
    saveDrafts: (d) => host.drafts.save(d),
    now: () => Date.now(),
  };
}
