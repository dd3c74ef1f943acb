/**
 * The output plan: every cell the add-in writes, computed in the core so that both adapters write exactly
 * the same cells, and so that "never change an input cell" can be checked in one place.
 */
import { a1 } from "./address";
import { fixed } from "./decimal";
import { SheetGrid, cellText, cellValue, isEmpty } from "./grid";
import { IndicatorTable } from "./model";
import { firstText } from "./read/scan";
import { ScoreResult } from "./scoring";
import { normalizeLabel } from "./text";

/** Excel's text number format: a cell so formatted keeps "=1+1" as text, never a formula. */
export const TEXT_FORMAT = "@";
export const SCORE_FORMAT = "0.00";

export interface CellWrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  value: string | number;
  numberFormat: string;
}

export const TOTAL_LABEL = "自评总分";
export const GRADE_LABEL = "评价等级";
/** Written instead of a total or grade that cannot be given; replaces a stale one from an earlier run. */
export const TOTAL_PENDING = "待补正";
export const GRADE_PENDING = "暂不评级";

const text = (sheet: string, row: number, col: number, value: string): CellWrite => ({
  sheet,
  cell: a1(row, col),
  value,
  numberFormat: TEXT_FORMAT,
});

function blank(sheet: SheetGrid, row: number): boolean {
  return firstText(sheet, row) === "";
}

/**
 * The rows for 自评总分 and 评价等级 below a table without its own total row: right below it, or where an
 * earlier run put them, or further down where two rows are free (never over the user's cells).
 */
function summaryRow(sheet: SheetGrid, from: number): number {
  for (let r = from; ; r++) {
    if (firstText(sheet, r) === TOTAL_LABEL) return r;
    if (blank(sheet, r) && (blank(sheet, r + 1) || firstText(sheet, r + 1) === GRADE_LABEL)) return r;
  }
}

export function planScoreWrites(sheet: SheetGrid, table: IndicatorTable, result: ScoreResult): CellWrite[] {
  const scoreCol = table.columns.score;
  if (scoreCol === undefined) return [];
  const writes: CellWrite[] = [];
  const explCol = table.columns.explanation;
  for (const s of result.scores) {
    // Each indicator's own cells: a funds block's execution rate has its 得分 cell in the block, and no 评分说明.
    const { cells, sheet: own } = s.indicator;
    const where = own ?? sheet.name;
    if (s.score !== null && cells.score)
      writes.push({ sheet: where, cell: cells.score, value: Number(fixed(s.score, 2)), numberFormat: SCORE_FORMAT });
    if (cells.explanation) writes.push({ sheet: where, cell: cells.explanation, value: s.explanation, numberFormat: TEXT_FORMAT });
  }
  const total: CellWrite =
    result.total === null
      ? text(sheet.name, 0, scoreCol, TOTAL_PENDING)
      : { sheet: sheet.name, cell: "", value: Number(fixed(result.total, 2)), numberFormat: SCORE_FORMAT };
  const grade = result.grade ?? GRADE_PENDING;
  if (table.totalRow !== undefined) {
    const r = table.totalRow;
    writes.push({ ...total, cell: a1(r, scoreCol) });
    const gradeCol = explCol ?? gradeColumn(sheet, r, Math.max(scoreCol, table.lastCol ?? scoreCol));
    writes.push(text(sheet.name, r, gradeCol, `${GRADE_LABEL}：${grade}`));
  } else {
    const r = summaryRow(sheet, table.endRow);
    const labelCol = table.firstCol !== scoreCol ? table.firstCol : table.columns.name!;
    writes.push(text(sheet.name, r, labelCol, TOTAL_LABEL), { ...total, cell: a1(r, scoreCol) });
    writes.push(text(sheet.name, r + 1, labelCol, GRADE_LABEL), text(sheet.name, r + 1, scoreCol, grade));
  }
  return writes;
}

/**
 * In a total row with no 评分说明 column: the first free cell right of the table (never one of the form's own
 * cells, such as its 原因 column), or the add-in's own from an earlier run.
 */
function gradeColumn(sheet: SheetGrid, row: number, lastCol: number): number {
  for (let c = lastCol + 1; ; c++) {
    const v = cellValue(sheet, row, c);
    if (isEmpty(v) || normalizeLabel(cellText(v)).startsWith(GRADE_LABEL)) return c;
  }
}
