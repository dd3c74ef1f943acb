/**
 * What the pane can do: the application's use cases bound to the open workbook, and the clipboard. The
 * components call these and never Excel.* or an adapter directly.
 */
import {
  type Evaluation,
  type OpenWorkbookPort,
  type WriteOutcome,
  evaluateWorkbook,
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

export function paneServices(wb: OpenWorkbookPort): PaneServices {
  return {
    validate: () => evaluateWorkbook(wb),
    score: () => scoreWorkbook(wb),
    insertReport: (evaluation, report) => insertReport(wb, evaluation, report),
    select: (sheet, cell) => goToCell(wb, sheet, cell),
    insertTemplate: () => insertTemplate(wb),
    copy: copyText,
  };
}
