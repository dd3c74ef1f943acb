/**
 * A new workbook of plain tables (the batch summary and its findings): one header row, frozen, with a filter
 * over the table; numbers stored as numbers with their column's number format, never as text.
 */
import ExcelJS from "exceljs";
import { loadWorkbook } from "./readGrid";

/** The defined name by which a summary this tool wrote is known again (and may be replaced). */
export const SUMMARY_MARK = "BudgetPerfSummary";

export type TableValue = string | number | null;

export interface TableColumn {
  header: string;
  /** In characters, as Excel measures column widths. */
  width: number;
  /** Excel number format of the column's numbers ("0.00", "0.00%"); General when absent. */
  numFmt?: string;
}

export interface TableSheet {
  name: string;
  columns: TableColumn[];
  rows: TableValue[][];
}

function addTable(wb: ExcelJS.Workbook, table: TableSheet): void {
  const ws = wb.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = table.columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  // A string cell stays a string: exceljs writes a formula only for a { formula } value.
  for (const row of table.rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
}

/** Writes the tables as a new workbook, marked as this tool's summary. */
export async function saveTables(path: string, tables: TableSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const t of tables) addTable(wb, t);
  if (tables.length > 0) wb.definedNames.add(`'${tables[0].name.replace(/'/g, "''")}'!$A$1`, SUMMARY_MARK);
  await wb.xlsx.writeFile(path);
}

/** True for a workbook written by saveTables; false for any other file, readable or not. */
export async function isSummaryWorkbook(data: Buffer): Promise<boolean> {
  try {
    const wb = await loadWorkbook(data);
    return wb.definedNames.getRanges(SUMMARY_MARK).ranges.length > 0;
  } catch {
    return false;
  }
}
