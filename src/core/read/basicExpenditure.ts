/**
 * 一般公共预算财政拨款基本支出决算表 (and 基本支出决算表 of the full 决算 set): the 人员经费 and 公用经费 blocks side
 * by side, with 人员经费合计 and 公用经费合计 at their foot. They give 人员支出 and 公用经费; from the 财政拨款 table
 * they are marked as 财政拨款 figures (the department's 基本支出 may also have other funds).
 */
import { Finding } from "../findings";
import { SheetGrid, WorkbookGrid } from "../grid";
import { Amount, AmountUnit, FinalAccountsTable } from "../model";
import { SpendingField } from "../schema";
import { findLabel, labelledAmount, sheetTitle, sheetUnit, sheetsByTitle } from "./finalAccounts";
import { TablePlace, TableReader } from "./table";

const LABELS: Partial<Record<SpendingField, string[]>> = {
  personnel: ["人员经费合计", "人员经费合计数"],
  public: ["公用经费合计", "公用经费合计数"],
};

function isBasicExpenditure(sheet: SheetGrid): boolean {
  return sheetTitle(sheet).includes("基本支出决算表") && findLabel(sheet, LABELS.personnel!) !== undefined;
}

function findTables(grid: WorkbookGrid): TablePlace[] {
  return sheetsByTitle(grid, "basicExpenditure", isBasicExpenditure);
}

function readBasicExpenditure(sheet: SheetGrid, unit: AmountUnit): { table: FinalAccountsTable; findings: Finding[] } {
  const written = sheetUnit(sheet, unit);
  const fiscal = sheetTitle(sheet).includes("财政拨款");
  const table: FinalAccountsTable = { sheet: sheet.name, writtenUnit: written, figures: {} };
  const findings: Finding[] = [];
  for (const [field, labels] of Object.entries(LABELS) as [SpendingField, string[]][]) {
    const read = labelledAmount(sheet, labels, `基本支出决算表·${labels[0]}`, { unit, written });
    findings.push(...read.findings);
    if (read.amount) table.figures[field] = fiscal ? ({ ...read.amount, scope: "fiscal" } satisfies Amount) : read.amount;
  }
  return { table, findings };
}

export const BASIC_EXPENDITURE_READER: TableReader<{ basicExpenditureTable?: FinalAccountsTable }> = {
  key: "basicExpenditure",
  required: false,
  find: findTables,
  read(sheet, ctx) {
    if (!sheet) return { part: { basicExpenditureTable: undefined }, findings: [] };
    const { table, findings } = readBasicExpenditure(sheet, ctx.unit);
    return { part: { basicExpenditureTable: table }, findings, supplies: table.figures };
  },
};
