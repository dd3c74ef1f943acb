/**
 * 支出决算表 (公开03表, and the same table in the full 决算 set): 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |
 * 上缴上级支出 | 经营支出 | 对附属单位补助支出, over 功能分类 rows, with its 合计 row. The 合计 row gives 决算支出合计,
 * 基本支出 and 项目支出, and the last three columns together 其他支出, in 元 or 万元 as the table states.
 */
import { a1 } from "../address";
import { Finding, finding } from "../findings";
import { SheetGrid, WorkbookGrid, rowCount } from "../grid";
import { Amount, AmountUnit, FinalAccountsTable } from "../model";
import { sum } from "../numbers";
import { EXPENDITURE_COLUMNS, ExpenditureColumn, SpendingField } from "../schema";
import { readAmount } from "./cells";
import { sheetUnit, titleNames } from "./finalAccounts";
import { HeaderRow, findHeader, firstText, sheetsNamed, tableRange, tablesByHeader } from "./scan";
import { CellRange, TablePlace, TableReader, wholeSheet } from "./table";
import { statedUnit, titleAbove } from "./units";

const TOTAL_WORDS = ["合计", "总计"];
const OTHER_COLUMNS: ExpenditureColumn[] = ["toSuperior", "business", "subsidiary"];

/** Its header under a title that names it, or none: 一般公共预算财政拨款支出决算表 has the same columns for 财政拨款 only. */
function findExpenditureTables(grid: WorkbookGrid): TablePlace[] {
  const found = grid.sheets.flatMap((sheet) =>
    tablesByHeader(sheet, EXPENDITURE_COLUMNS, "basic", 3).filter((p) => {
      const title = titleAbove(sheet, p.range.top);
      return !title.includes("决算表") || titleNames(title, "支出决算表", false);
    }),
  );
  return found.length > 0 ? found : sheetsNamed(grid, "expenditure").map(wholeSheet);
}

/** The columns 上缴上级支出, 经营支出 and 对附属单位补助支出 of the 合计 row, together: 其他支出. */
function otherSpending(amounts: Partial<Record<ExpenditureColumn, Amount>>): Amount | undefined {
  const parts = OTHER_COLUMNS.map((k) => amounts[k]).filter((a): a is Amount => a !== undefined);
  if (parts.length === 0) return undefined;
  const cell = parts.length === 1 ? parts[0].cell : `${parts[0].cell}:${parts[parts.length - 1].cell}`;
  const value = sum(parts.map((a) => a.value));
  return { sheet: parts[0].sheet, cell, value, text: parts.map((a) => a.text).join(" + ") };
}

interface ExpenditureRead {
  table?: FinalAccountsTable;
  range?: CellRange;
  findings: Finding[];
}

function totalRowOf(sheet: SheetGrid, header: HeaderRow<ExpenditureColumn>, last: number): number | undefined {
  for (let r = header.lastRow + 1; r <= last; r++) if (TOTAL_WORDS.includes(firstText(sheet, r))) return r;
  return undefined;
}

function readExpenditure(sheet: SheetGrid, range: CellRange | undefined, unit: AmountUnit): ExpenditureRead {
  const header = findHeader(sheet, EXPENDITURE_COLUMNS, "basic", 3, range?.top ?? 0);
  if (!header) return { findings: [] };
  const place = tableRange(sheet, header);
  const last = Math.min(range?.bottom ?? rowCount(sheet) - 1, place.bottom);
  const written = statedUnit(sheet, header) ?? sheetUnit(sheet, unit);
  const table: FinalAccountsTable = { sheet: sheet.name, writtenUnit: written, figures: {} };
  const r = totalRowOf(sheet, header, last);
  if (r === undefined) {
    const where = a1(header.lastRow + 1, place.left);
    return { table, range: place, findings: [finding("error", "MISSING_FIELD", sheet.name, where, { field: "支出决算表·合计行" })] };
  }
  const findings: Finding[] = [];
  const amounts: Partial<Record<ExpenditureColumn, Amount>> = {};
  for (const k of ["total", "basic", "project", ...OTHER_COLUMNS] as ExpenditureColumn[]) {
    const c = header.columns[k];
    if (c === undefined) continue;
    const read = readAmount(sheet, r, c, `支出决算表·合计·${EXPENDITURE_COLUMNS[k][0]}`, unit, written);
    findings.push(...read.findings);
    if (read.amount) amounts[k] = read.amount;
  }
  const figures: Partial<Record<SpendingField, Amount>> = { total: amounts.total, basic: amounts.basic, project: amounts.project };
  const other = otherSpending(amounts);
  if (other) figures.other = other;
  table.figures = Object.fromEntries(Object.entries(figures).filter(([, a]) => a !== undefined));
  return { table, range: place, findings };
}

export const EXPENDITURE_READER: TableReader<{ expenditureTable?: FinalAccountsTable }> = {
  key: "expenditure",
  required: false,
  find: findExpenditureTables,
  read(sheet, ctx, at) {
    const read = sheet ? readExpenditure(sheet, at?.range, ctx.unit) : { findings: [] };
    return { part: { expenditureTable: read.table }, findings: read.findings, range: read.range, supplies: read.table?.figures };
  },
};
