/**
 * 收入支出决算总表 (公开01表): 收入 on the left, 支出 on the right, each with 项目 | (行次) | 金额. Its 本年支出合计 is the
 * expenditure total, cross-checked against the 支出决算表's 合计 (validate.ts), or the total where no other table
 * gives one. Not its 财政拨款 sibling (财政拨款收入支出决算总表, 公开04表).
 */
import { Finding } from "../findings";
import { SheetGrid, WorkbookGrid } from "../grid";
import { AmountUnit, FinalAccountsTable } from "../model";
import { findLabel, labelledAmount, sheetTitle, sheetUnit, sheetsByTitle, titleNames } from "./finalAccounts";
import { TablePlace, TableReader } from "./table";

const TOTAL_LABELS = ["本年支出合计"];

function isIncomeSummary(sheet: SheetGrid): boolean {
  return titleNames(sheetTitle(sheet), "收入支出决算总表", false) && findLabel(sheet, TOTAL_LABELS) !== undefined;
}

function findTables(grid: WorkbookGrid): TablePlace[] {
  return sheetsByTitle(grid, "incomeSummary", isIncomeSummary);
}

function readSummary(sheet: SheetGrid, unit: AmountUnit): { table: FinalAccountsTable; findings: Finding[] } {
  const written = sheetUnit(sheet, unit);
  const table: FinalAccountsTable = { sheet: sheet.name, writtenUnit: written, figures: {} };
  const read = labelledAmount(sheet, TOTAL_LABELS, "收入支出决算总表·本年支出合计", { unit, written });
  if (read.amount) table.figures.total = read.amount;
  return { table, findings: read.findings };
}

export const INCOME_SUMMARY_READER: TableReader<{ incomeSummary?: FinalAccountsTable }> = {
  key: "incomeSummary",
  required: false,
  find: findTables,
  read(sheet, ctx) {
    if (!sheet) return { part: { incomeSummary: undefined }, findings: [] };
    const { table, findings } = readSummary(sheet, ctx.unit);
    return { part: { incomeSummary: table }, findings, supplies: table.figures };
  },
};
