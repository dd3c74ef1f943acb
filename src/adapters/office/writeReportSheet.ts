/** Queues the report worksheet: cleared if it is this tool's own, else created and marked; returns it. */
import { TEXT_FORMAT } from "../../core/plan";
import { ReportRowKind, ReportSheetPlan } from "../../core/reportSheet";
import { REPORT_MARK } from "../../app/ports";
import { RequestSizeLimiter, gridPropertyBytes, rangeBytes, sheetActionBytes, styleBytes, utf8Bytes } from "./requestLimit";

/** Excel's column widths are in points: a character unit of the default font is about 7 px = 5.25 pt. */
export const POINTS_PER_CHAR = 5.25;
/** Bytes of report text per written range at most (one cell holds at most 32,767 characters, ~98 KB). */
const REPORT_RANGE_BYTES = 1_000_000;

function styleRun(range: Excel.Range, kind: ReportRowKind): void {
  if (kind === "title") {
    range.format.font.bold = true;
    range.format.font.size = 16;
    range.format.horizontalAlignment = "Center";
  } else if (kind === "heading") {
    range.format.font.bold = true;
    range.format.font.size = 12;
  } else if (kind === "subheading") range.format.font.bold = true;
  else if (kind === "date" || kind === "signature") range.format.horizontalAlignment = "Right";
}

/** Body text keeps the sheet's style: only the other kinds are styled. */
const STYLED: ReportRowKind[] = ["title", "heading", "subheading", "signature", "date"];

/** Consecutive rows sharing a key (none: left alone), as 1-based row numbers: one range styles each run. */
export function rowRuns<T>(rows: T[], key: (row: T) => string | undefined): { key: string; first: number; last: number }[] {
  const runs: { key: string; first: number; last: number }[] = [];
  rows.forEach((row, i) => {
    const k = key(row);
    const last = runs[runs.length - 1];
    if (k === undefined) return;
    if (last && last.key === k && last.last === i) last.last = i + 1;
    else runs.push({ key: k, first: i + 1, last: i + 1 });
  });
  return runs;
}

/**
 * Each range is a proxy that costs about 400 bytes of request whatever it holds, so rows of the same kind are
 * styled together: a report of 13,000 rows takes about twenty ranges, not two per row.
 */
async function styleRows(ws: Excel.Worksheet, plan: ReportSheetPlan, limiter: RequestSizeLimiter, indent: boolean): Promise<void> {
  for (const run of rowRuns(plan.rows, (r) => (STYLED.includes(r.kind) ? r.kind : undefined))) {
    const address = `A${run.first}:A${run.last}`;
    await limiter.reserve(rangeBytes(address) + styleBytes(2, 3));
    styleRun(ws.getRange(address), run.key as ReportRowKind);
  }
  if (!indent) return;
  // The text rows start in as the Word file's paragraphs do: the cell's indent (ExcelApi 1.9), never spaces.
  for (const run of rowRuns(plan.rows, (r) => (r.indent ? String(r.indent) : undefined))) {
    const address = `A${run.first}:A${run.last}`;
    await limiter.reserve(rangeBytes(address) + styleBytes(1, 2));
    const range = ws.getRange(address);
    range.format.horizontalAlignment = "Left";
    range.format.indentLevel = Number(run.key);
  }
}

/** The rows in ranges of at most ~1 MB each, so the limiter can split a huge report between requests. */
async function queueRows(ws: Excel.Worksheet, plan: ReportSheetPlan, limiter: RequestSizeLimiter): Promise<void> {
  const n = plan.rows.length;
  const rowBytes = plan.rows.map((r) => utf8Bytes(r.text));
  let from = 0;
  while (from < n) {
    let to = from;
    let bytes = 0;
    while (to < n && (to === from || bytes + rowBytes[to] < REPORT_RANGE_BYTES)) bytes += rowBytes[to++] + 8;
    const chunk = plan.rows.slice(from, to);
    const texts = chunk.map((r) => [r.text]);
    const formats = chunk.map(() => [TEXT_FORMAT]);
    const address = `A${from + 1}:A${to}`;
    await limiter.reserve(rangeBytes(address) + gridPropertyBytes(texts) + gridPropertyBytes(formats));
    const range = ws.getRange(address);
    range.numberFormat = formats;
    range.values = texts;
    from = to;
  }
}

export async function queueReportSheet(
  context: Excel.RequestContext,
  plan: ReportSheetPlan,
  limiter: RequestSizeLimiter,
  isSupported: (version: string) => boolean,
): Promise<Excel.Worksheet> {
  const sheets = context.workbook.worksheets;
  // The sheet (added or by name), then its clear or its mark.
  await limiter.reserve(sheetActionBytes(plan.name, 1) + rangeBytes(""));
  const ws = plan.replace ? sheets.getItem(plan.name) : sheets.add(plan.name);
  if (plan.replace) ws.getRange().clear();
  else if (isSupported("1.12")) ws.customProperties.add(REPORT_MARK, "report");
  await queueRows(ws, plan, limiter);
  const allAddress = `A1:A${plan.rows.length}`;
  await limiter.reserve(rangeBytes(allAddress) + styleBytes(1, 4));
  const all = ws.getRange(allAddress);
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  all.format.columnWidth = plan.columnWidth * POINTS_PER_CHAR;
  await styleRows(ws, plan, limiter, isSupported("1.9"));
  all.format.autofitRows();
  if (isSupported("1.9")) {
    await limiter.reserve(styleBytes(1, 3));
    ws.pageLayout.paperSize = "A4" as Excel.PaperType;
    ws.pageLayout.orientation = "Portrait" as Excel.PageOrientation;
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  return ws;
}
