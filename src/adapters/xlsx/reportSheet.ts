/**
 * Writes the report worksheet into an .xlsx workbook and recognises the ones this tool made: a
 * workbook-level defined name points at A1 of each such sheet (Excel keeps it pointing there when the sheet
 * is renamed), so a re-run replaces only the sheet it made, never one of the user's.
 */
import ExcelJS from "exceljs";
import { TEXT_FORMAT } from "../../core/plan";
import { ReportRowKind, ReportSheetPlan } from "../../core/reportSheet";
import { REPORT_MARK } from "../../app/ports";

/** exceljs orders tabs by this field, which its type definitions leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Names of the sheets this tool made, as recorded by its defined name. */
export function ownedSheets(wb: ExcelJS.Workbook): string[] {
  const ranges = wb.definedNames.getRanges(REPORT_MARK).ranges as string[];
  const names = ranges.map((r) => {
    const sheet = r.slice(0, r.lastIndexOf("!"));
    return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  });
  return names.filter((n) => wb.getWorksheet(n) !== undefined);
}

const STYLE: Record<ReportRowKind, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 16 }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  heading: { font: { bold: true, size: 12 }, alignment: { vertical: "top", wrapText: true } },
  subheading: { font: { bold: true, size: 11 }, alignment: { vertical: "top", wrapText: true } },
  body: { font: { size: 11 }, alignment: { vertical: "top", wrapText: true } },
  signature: { font: { size: 11 }, alignment: { horizontal: "right", vertical: "top" } },
  date: { font: { size: 11 }, alignment: { horizontal: "right", vertical: "top" } },
};

/** The row's style with its indent (an alignment setting, never spaces in the text). */
function rowStyle(kind: ReportRowKind, indent = 0): Partial<ExcelJS.Style> {
  const style = STYLE[kind];
  return indent > 0 ? { ...style, alignment: { ...style.alignment, horizontal: "left", indent } } : style;
}

/** Marks a sheet as this tool's, by the defined name that follows it through renames. */
export function markReportSheet(wb: ExcelJS.Workbook, name: string): void {
  wb.definedNames.add(`${quoteSheet(name)}!$A$1`, REPORT_MARK);
}

/** Removes a sheet this tool made, and its mark; returns its place among the tabs, for a sheet that takes it. */
export function removeReportSheet(wb: ExcelJS.Workbook, name: string): number | undefined {
  const old = wb.getWorksheet(name);
  if (!old) return undefined;
  wb.definedNames.remove(`${quoteSheet(name)}!$A$1`, REPORT_MARK);
  wb.removeWorksheet(old.id);
  return (old as Ordered).orderNo;
}

/** A new, empty sheet in `orderNo`'s place among the tabs (at the end when undefined). */
export function addSheetAt(wb: ExcelJS.Workbook, name: string, orderNo: number | undefined, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, options);
  if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
  return ws;
}

export function applyReportSheet(wb: ExcelJS.Workbook, plan: ReportSheetPlan): void {
  let orderNo: number | undefined;
  if (plan.replace) {
    const old = wb.getWorksheet(plan.name);
    if (old) {
      orderNo = (old as Ordered).orderNo;
      wb.removeWorksheet(old.id);
    }
  }
  const ws = addSheetAt(wb, plan.name, orderNo, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
  });
  ws.getColumn(1).width = plan.columnWidth;
  plan.rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    row.height = r.height;
    const cell = row.getCell(1);
    cell.value = r.text; // a string, never a formula, whatever it starts with
    cell.style = { ...rowStyle(r.kind, r.indent), numFmt: TEXT_FORMAT };
  });
  markReportSheet(wb, plan.name);
}
