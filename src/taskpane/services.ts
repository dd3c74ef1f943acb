/**
 * What the pane can do: the application's use cases bound to the open workbook, and the clipboard. The
 * components call these and never Excel.* or an adapter directly.
 */
import {
  type Evaluation,
  type ExportedDocument,
  type OpenWorkbookPort,
  type ReportDocumentWriter,
  type WriteOutcome,
  evaluateWorkbook,
  exportReportDocx,
  goToCell,
  insertReport,
  insertTemplate,
  scoreWorkbook,
} from "../app";
import { Report } from "../core/report";

export interface PaneServices {
  validate(): Promise<Evaluation>;
  score(): Promise<WriteOutcome>;
  /** Writes `report` into the sheet chosen when `evaluation` was made, without reading the workbook again. */
  insertReport(evaluation: Evaluation, report: Report): Promise<WriteOutcome>;
  select(sheet: string, cell: string): Promise<void>;
  insertTemplate(): Promise<string[]>;
  copy(text: string): Promise<void>;
  /** The report as a Word document, by the use case the CLI's --docx calls: the same text gives the same bytes. */
  exportWord(report: Report): Promise<ExportedDocument>;
  /** Offers the bytes to the user as a file to save. */
  download(name: string, bytes: Uint8Array): Promise<void>;
  /** In Excel desktop the pane's web view may block downloads: the pane then says how to save otherwise. */
  downloadsMayBeBlocked: boolean;
}

/** What the pane's host provides besides the workbook. */
export interface PaneHost {
  /** The .docx typesetter (loaded when first asked for: it is large). */
  documentWriter: ReportDocumentWriter;
  /** Excel desktop (Windows or Mac) rather than Excel on the web. */
  desktop: boolean;
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
    validate: () => evaluateWorkbook(wb),
    score: () => scoreWorkbook(wb),
    insertReport: (evaluation, report) => insertReport(wb, evaluation, report),
    select: (sheet, cell) => goToCell(wb, sheet, cell),
    insertTemplate: () => insertTemplate(wb),
    copy: copyText,
    exportWord: (report) => exportReportDocx(report, host.documentWriter),
    download: downloadFile,
    downloadsMayBeBlocked: host.desktop,
  };
}
