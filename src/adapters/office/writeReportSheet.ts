/** Queues the report worksheet: cleared if it is this tool's own, else created and marked; returns it. */
import { TEXT_FORMAT } from "../../core/plan";
import { ReportRowKind, ReportSheetPlan } from "../../core/reportSheet";
import { REPORT_MARK } from "../../app/ports";
import { RequestSizeLimiter, utf8Bytes } from "./requestLimit";

/** Excel's column widths are in points: a character unit of the default font is about 7 px = 5.25 pt. */
export const POINTS_PER_CHAR = 5.25;
/** Bytes of report text per written range at most (one cell holds at most 32,767 characters, ~98 KB). */
const REPORT_RANGE_BYTES = 1_000_000;

function styleRow(range: Excel.Range, kind: ReportRowKind): void {
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

/** The text rows start in as the Word file's paragraphs do: the cell's indent (ExcelApi 1.9), never spaces. */
function indentRows(ws: Excel.Worksheet, plan: ReportSheetPlan): void {
  plan.rows.forEach((r, i) => {
    if (r.indent) {
      const range = ws.getRange(`A${i + 1}`);
      range.format.horizontalAlignment = "Left";
      range.format.indentLevel = r.indent;
    }
  });
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
    await limiter.reserve(utf8Bytes(JSON.stringify(texts)) + utf8Bytes(JSON.stringify(formats)));
    const range = ws.getRange(`A${from + 1}:A${to}`);
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
  const ws = plan.replace ? sheets.getItem(plan.name) : sheets.add(plan.name);
  if (plan.replace) ws.getRange().clear();
  else if (isSupported("1.12")) ws.customProperties.add(REPORT_MARK, "report");
  await queueRows(ws, plan, limiter);
  const all = ws.getRange(`A1:A${plan.rows.length}`);
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  all.format.columnWidth = plan.columnWidth * POINTS_PER_CHAR;
  plan.rows.forEach((r, i) => styleRow(ws.getRange(`A${i + 1}`), r.kind));
  all.format.autofitRows();
  if (isSupported("1.9")) {
    indentRows(ws, plan);
    ws.pageLayout.paperSize = "A4" as Excel.PaperType;
    ws.pageLayout.orientation = "Portrait" as Excel.PageOrientation;
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  return ws;
}
