/**
 * 支出决算: the final-accounts figures (label/value pairs, in the workbook's unit) and the optional project
 * table on the same sheet.
 */
import { Finding } from "../findings";
import { SheetGrid, rowCount } from "../grid";
import { AmountUnit, ProjectRow, ProjectTable, Spending } from "../model";
import { PROJECT_COLUMNS, REQUIRED_SPENDING, SPENDING_FIELDS, SpendingField, displayName } from "../schema";
import { normalizeLabel } from "../text";
import { readAmount } from "./cells";
import { findHeader, firstText, hasLabels, nextFreeCell, rowIsBlank, scanLabels, sheetsByNameOrContent, textAt, valueCell } from "./scan";
import { TableReader, finding, neededWithoutOtherData } from "./table";

const TOTAL_WORDS = ["合计", "总计"];

function readProjectTable(sheet: SheetGrid, unit: AmountUnit): { table?: ProjectTable; findings: Finding[] } {
  const findings: Finding[] = [];
  const header = findHeader(sheet, PROJECT_COLUMNS, "name", 2, 0, rowCount(sheet));
  if (!header || header.columns.name === undefined) return { findings };
  if (header.columns.actual === undefined && header.columns.budget === undefined) return { findings };
  const cols = { name: header.columns.name, budget: header.columns.budget, actual: header.columns.actual };
  const table: ProjectTable = { sheet: sheet.name, headerRow: header.row, columns: cols, rows: [] };
  const amount = (r: number, col: number | undefined, field: string) => {
    if (col === undefined) return undefined;
    const read = readAmount(sheet, r, col, field, unit);
    findings.push(...read.findings);
    return read.amount;
  };
  for (let r = header.row + 1; r < rowCount(sheet); r++) {
    if (rowIsBlank(sheet, r)) break;
    const name = textAt(sheet, r, cols.name);
    const row: ProjectRow = {
      row: r,
      name,
      budget: amount(r, cols.budget, `${name || "项目"}·全年预算数`),
      actual: amount(r, cols.actual, `${name || "项目"}·全年执行数`),
    };
    if (TOTAL_WORDS.includes(normalizeLabel(name)) || TOTAL_WORDS.includes(firstText(sheet, r))) {
      table.totalRow = row;
      break;
    }
    table.rows.push(row);
  }
  return { table, findings };
}

/** The rows the project table takes, where 项目支出 and the like are column headers, not labels. */
function projectRows(projects: ProjectTable | undefined): (row: number) => boolean {
  if (!projects) return () => false;
  const last = projects.totalRow?.row ?? projects.rows[projects.rows.length - 1]?.row ?? projects.headerRow;
  return (r) => r >= projects.headerRow && r <= last;
}

function readSpending(sheet: SheetGrid, unit: AmountUnit): { spending: Spending; findings: Finding[] } {
  const { table: projects, findings } = readProjectTable(sheet, unit);
  const spending: Spending = { sheet: sheet.name, fields: {}, projects };
  const hits = scanLabels(sheet, SPENDING_FIELDS, projectRows(projects));
  for (const key of Object.keys(SPENDING_FIELDS) as SpendingField[]) {
    const h = hits.get(key);
    const field = displayName(SPENDING_FIELDS, key);
    if (!h?.hasValue) {
      if (REQUIRED_SPENDING.includes(key)) {
        findings.push(finding("error", "MISSING_FIELD", sheet.name, h ? valueCell(h) : nextFreeCell(sheet), { field }));
      }
      continue;
    }
    const read = readAmount(sheet, h.valueRow, h.valueCol, field, unit);
    findings.push(...read.findings);
    if (read.amount) spending.fields[key] = read.amount;
  }
  return { spending, findings };
}

export const SPENDING_READER: TableReader<{ spending: Spending }> = {
  key: "spending",
  title: { zh: "支出决算", en: "final-accounts spending" },
  required: neededWithoutOtherData,
  // The project's own layout: by its name, or by the label 决算支出合计 with its value.
  find: (grid) => sheetsByNameOrContent(grid, "spending", (s) => hasLabels(s, SPENDING_FIELDS, ["total"])),
  read(sheet, ctx) {
    if (!sheet) return { part: { spending: { fields: {} } }, findings: [] };
    const { spending, findings } = readSpending(sheet, ctx.unit);
    return { part: { spending }, findings, supplies: spending.fields };
  },
};
