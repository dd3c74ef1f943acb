/** What the pane can do to the workbook; the components call these and never Excel.* directly. */
import { OfficeWorkbook } from "../adapters/office/excelAdapter";
import { Outcome, insertReport, scoreOpen, validateOpen } from "../adapters/office/operations";
import { Evaluation } from "../core/evaluate";
import { Report } from "../core/report";

export interface PaneServices {
  validate(): Promise<Evaluation>;
  score(): Promise<Outcome>;
  insertReport(report: Report): Promise<Outcome>;
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

export function paneServices(wb: OfficeWorkbook): PaneServices {
  return {
    validate: () => validateOpen(wb),
    score: () => scoreOpen(wb),
    insertReport: (report) => insertReport(wb, report),
    select: (sheet, cell) => wb.select(sheet, cell.split(":")[0]),
    insertTemplate: () => wb.insertTemplate(),
    copy: copyText,
  };
}
