/**
 * 支出决算: the final-accounts figures (label/value pairs, in the workbook's unit) and the optional project
 * table on the same sheet.
 */
import { buildBudgetPicture } from "../budgetPicture";
import { Finding, finding } from "../findings";
import { SheetGrid, rowCount } from "../grid";
import { AmountUnit, BudgetPicture, ProjectRow, ProjectTable, Spending } from "../model";
import { PROJECT_COLUMNS, REQUIRED_SPENDING, SHEETS, SPENDING_FIELDS, SpendingField, displayName } from "../schema";
import { normalizeLabel } from "../text";
import { readBudgetTables } from "./budgetTables";
import { readAmount } from "./cells";
import { findHeader, firstText, hasLabels, nextFreeCell, rowIsBlank, scanLabels, textAt, valueCell } from "./scan";
import { TableReader, neededWithoutOtherData, wholeSheet } from "./table";

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

function readSpending(sheet: SheetGrid, unit: AmountUnit): { spending: Spending; budgetPicture: BudgetPicture; findings: Finding[] } {
  const { table: projects, findings } = readProjectTable(sheet, unit);
  const spending: Spending = { sheet: sheet.name, fields: {}, projects };
  const inProjects = projectRows(projects);
  const tables = readBudgetTables(sheet, unit, inProjects);
  findings.push(...tables.findings);
  const hits = scanLabels(sheet, SPENDING_FIELDS, (r) => inProjects(r) || tables.takes(r));
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
  const { picture, findings: conflicts } = buildBudgetPicture(spending.fields, tables);
  return { spending, budgetPicture: picture, findings: [...findings, ...conflicts] };
}

const SPENDING_NAMES = new Set(SHEETS.spending.map(normalizeLabel));

/** The project's own 支出决算 layout: by its sheet's name, or by the label 决算支出合计 with its value. */
export function isSpendingSheet(sheet: SheetGrid): boolean {
  return SPENDING_NAMES.has(normalizeLabel(sheet.name)) || hasLabels(sheet, SPENDING_FIELDS, ["total"]);
}

export const SPENDING_READER: TableReader<{ spending: Spending; budgetPicture: BudgetPicture }> = {
  key: "spending",
  required: neededWithoutOtherData,
  find: (grid) => grid.sheets.filter(isSpendingSheet).map(wholeSheet),
  read(sheet, ctx) {
    if (!sheet) return { part: { spending: { fields: {} }, budgetPicture: buildBudgetPicture({}, {}).picture }, findings: [] };
    const { spending, budgetPicture, findings } = readSpending(sheet, ctx.unit);
    return { part: { spending, budgetPicture }, findings, supplies: spending.fields };
  },
};
