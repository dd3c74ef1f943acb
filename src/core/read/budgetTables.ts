/**
 * The two small tables of the budget picture on 支出决算 (docs/workbook-format.md): the funds table
 * (年初预算数 | 全年预算数 | 决算数 by 合计, 基本支出, 项目支出, 财政拨款, 其他资金) and the 三公经费 table
 * (预算数 | 决算数 by kind of cost). Each is a header row and the labelled rows below it, down to a blank row.
 */
import { Finding } from "../findings";
import { SheetGrid, cellValue, rowCount } from "../grid";
import { Amount, AmountUnit } from "../model";
import { FUNDS_COLUMNS, FUNDS_ROWS, THREE_COSTS_COLUMNS, THREE_COSTS_ROWS, aliasIndex, displayName } from "../schema";
import { readAmount } from "./cells";
import { labelAt, rowIsBlank, rowMatches, textAt } from "./scan";

export interface Matrix<C extends string, R extends string> {
  headerRow: number;
  /** The last row of the table. */
  lastRow: number;
  cells: Partial<Record<R, Partial<Record<C, Amount>>>>;
}

interface MatrixSpec<C extends string, R extends string> {
  columns: Record<C, readonly string[]>;
  rows: Record<R, readonly string[]>;
  /** How many of the columns a header row must name. */
  minColumns: number;
}

/** What real forms write in a cell that has no figure. */
const NOT_APPLICABLE = new Set(["/", "-", "—", "——", "－"]);

/** A row label without 其中：, numbering ((一), 1.), quotes or brackets' width: 其中：财政拨款 → 财政拨款. */
function rowLabel(sheet: SheetGrid, r: number, c: number): string {
  return labelAt(sheet, r, c)
    .replace(/^其中[:：]?/, "")
    .replace(/^(\(?[一二三四五六七八九十\d]+[).、]|[①②③④⑤])/, "")
    .replace(/[“”"'‘’]/g, "");
}

/** The header's columns, when the row names at least `minColumns` of them. */
function headerColumns<C extends string>(sheet: SheetGrid, r: number, columns: Record<C, readonly string[]>, min: number) {
  const { columns: found, count } = rowMatches(sheet, aliasIndex(columns), r);
  return count >= min ? found : undefined;
}

/** The row's key: the first known label left of the figures. */
function rowKey<R extends string>(sheet: SheetGrid, r: number, index: Map<string, R>, before: number): R | undefined {
  for (let c = 0; c < before; c++) {
    const key = index.get(rowLabel(sheet, r, c));
    if (key !== undefined) return key;
  }
  return undefined;
}

function readMatrix<C extends string, R extends string>(
  sheet: SheetGrid,
  spec: MatrixSpec<C, R>,
  unit: AmountUnit,
  skip: (row: number) => boolean,
): { matrix?: Matrix<C, R>; findings: Finding[] } {
  const rowIndex = aliasIndex(spec.rows);
  for (let h = 0; h < rowCount(sheet) - 1; h++) {
    if (skip(h)) continue;
    const cols = headerColumns(sheet, h, spec.columns, spec.minColumns);
    if (!cols) continue;
    const first = Math.min(...(Object.values(cols) as number[]));
    if (rowKey(sheet, h + 1, rowIndex, first) === undefined) continue;
    const matrix: Matrix<C, R> = { headerRow: h, lastRow: h, cells: {} };
    const findings: Finding[] = [];
    for (let r = h + 1; r < rowCount(sheet) && !rowIsBlank(sheet, r); r++) {
      matrix.lastRow = r;
      const key = rowKey(sheet, r, rowIndex, first);
      if (key === undefined || matrix.cells[key]) continue;
      const row: Partial<Record<C, Amount>> = (matrix.cells[key] = {});
      for (const col of Object.keys(cols) as C[]) {
        const c = cols[col]!;
        if (NOT_APPLICABLE.has(textAt(sheet, r, c)) || cellValue(sheet, r, c) === null) continue;
        const field = `${displayName(spec.rows, key)}·${displayName(spec.columns, col)}`;
        const read = readAmount(sheet, r, c, field, unit);
        findings.push(...read.findings);
        if (read.amount) row[col] = read.amount;
      }
    }
    return { matrix, findings };
  }
  return { findings: [] };
}

export type FundsMatrix = Matrix<keyof typeof FUNDS_COLUMNS, keyof typeof FUNDS_ROWS>;
export type ThreeCostsMatrix = Matrix<keyof typeof THREE_COSTS_COLUMNS, keyof typeof THREE_COSTS_ROWS>;

export interface BudgetTables {
  funds?: FundsMatrix;
  threeCosts?: ThreeCostsMatrix;
  findings: Finding[];
  /** The rows the tables take, where 基本支出 and the like are row labels, not label/value pairs. */
  takes: (row: number) => boolean;
}

export function readBudgetTables(sheet: SheetGrid, unit: AmountUnit, skip: (row: number) => boolean): BudgetTables {
  const funds = readMatrix(sheet, { columns: FUNDS_COLUMNS, rows: FUNDS_ROWS, minColumns: 2 }, unit, skip);
  const inFunds = (r: number) => funds.matrix !== undefined && r >= funds.matrix.headerRow && r <= funds.matrix.lastRow;
  const threeCosts = readMatrix(
    sheet,
    { columns: THREE_COSTS_COLUMNS, rows: THREE_COSTS_ROWS, minColumns: 2 },
    unit,
    (r) => skip(r) || inFunds(r),
  );
  const tables = [funds.matrix, threeCosts.matrix].filter((m) => m !== undefined);
  return {
    funds: funds.matrix,
    threeCosts: threeCosts.matrix,
    findings: [...funds.findings, ...threeCosts.findings],
    takes: (r) => tables.some((m) => r >= m.headerRow && r <= m.lastRow),
  };
}
