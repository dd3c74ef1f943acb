/**
 * The output plan: every cell the add-in writes, computed in the core so that both adapters write exactly
 * the same cells, and so that "never change an input cell" can be checked in one place.
 */
import { a1, columnLetters, parseA1 } from "./address";
import { Finding, finding } from "./findings";
import { SheetGrid, WorkbookGrid, cellText, cellValue, isEmpty, isFormula, rowHasFormula } from "./grid";
import { IndicatorTable } from "./model";
import { dec, fixed, withinTolerance } from "./numbers";
import { firstText } from "./read/scan";
import { IndicatorScore, ScoreResult } from "./scoring";
import { fitOneCell, normalizeLabel } from "./text";

/** Excel's text number format: a cell so formatted keeps "=1+1" as text, never a formula. */
export const TEXT_FORMAT = "@";
export const SCORE_FORMAT = "0.00";
/** Scores kept to one decimal (评分设置 得分小数位数 1) are shown so: 97.6. */
export const SCORE_FORMAT_1 = "0.0";

export interface CellWrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  value: string | number;
  numberFormat: string;
}

/** The cells to write, and what is said about the ones left alone (a user's formula where a write was due). */
export interface ScorePlan {
  writes: CellWrite[];
  findings: Finding[];
}

export const TOTAL_LABEL = "自评总分";
export const GRADE_LABEL = "评价等级";
/** Written instead of a total or grade that cannot be given; replaces a stale one from an earlier run. */
export const TOTAL_PENDING = "待补正";
export const GRADE_PENDING = "暂不评级";

/** A write by 0-based position, before formula cells are taken out. */
interface Planned {
  row: number;
  col: number;
  value: string | number;
  numberFormat: string;
}

const text = (row: number, col: number, value: string): Planned => ({ row, col, value, numberFormat: TEXT_FORMAT });
/** A score, or TOTAL_PENDING for none, shown with the scoring's decimals. */
function score(row: number, col: number, value: number | null, decimals: 1 | 2): Planned {
  if (value === null) return text(row, col, TOTAL_PENDING);
  return { row, col, value, numberFormat: decimals === 1 ? SCORE_FORMAT_1 : SCORE_FORMAT };
}

/** A row with no text and no formula (a formula showing "" is the user's, not a free cell). */
function blank(sheet: SheetGrid, row: number): boolean {
  return firstText(sheet, row) === "" && !rowHasFormula(sheet, row);
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

/** A cell of a total row holding the add-in's own grade from an earlier run. */
function ownGrade(sheet: SheetGrid, row: number, col: number): boolean {
  const v = cellValue(sheet, row, col);
  return !isEmpty(v) && !isFormula(sheet, row, col) && normalizeLabel(cellText(v)).startsWith(GRADE_LABEL);
}

/**
 * In a total row: the add-in's own grade from an earlier run, anywhere right of the score; else the first cell
 * right of the form's right edge `lastCol` (never one of its own cells, such as its 原因 column) that is empty
 * and holds no formula.
 */
function gradeColumn(sheet: SheetGrid, row: number, scoreCol: number, lastCol: number): number {
  for (let c = scoreCol + 1; c <= lastCol + 1; c++) if (ownGrade(sheet, row, c)) return c;
  for (let c = lastCol + 1; ; c++) {
    if (isFormula(sheet, row, c)) continue;
    if (isEmpty(cellValue(sheet, row, c)) || ownGrade(sheet, row, c)) return c;
  }
}

/** The total and grade: into the table's own total row, or into two rows of their own below the table. */
function summaryWrites(sheet: SheetGrid, table: IndicatorTable, result: ScoreResult, scoreCol: number): Planned[] {
  const total = result.total === null ? null : Number(fixed(result.total, 2));
  const grade = result.grade ?? GRADE_PENDING;
  const explCol = table.columns.explanation;
  if (table.totalRow !== undefined) {
    const r = table.totalRow;
    // The 评分说明 cell of the total row, unless the user's formula is there.
    const right = Math.max(scoreCol, table.lastCol ?? scoreCol);
    const gradeCol = explCol !== undefined && !isFormula(sheet, r, explCol) ? explCol : gradeColumn(sheet, r, scoreCol, right);
    return [score(r, scoreCol, total, result.decimals), text(r, gradeCol, `${GRADE_LABEL}：${grade}`)];
  }
  const r = summaryRow(sheet, table.endRow);
  const labelCol = table.firstCol !== scoreCol ? table.firstCol : table.columns.name!;
  const summary = [text(r, labelCol, TOTAL_LABEL), score(r, scoreCol, total, result.decimals)];
  return [...summary, text(r + 1, labelCol, GRADE_LABEL), text(r + 1, scoreCol, grade)];
}

/** True when the cell already shows what would be written (numbers within 0.01), so nothing need be said. */
function alreadyShows(sheet: SheetGrid, w: Planned): boolean {
  const shown = cellValue(sheet, w.row, w.col);
  if (typeof w.value === "number") return typeof shown === "number" && Number.isFinite(shown) && withinTolerance(dec(shown), w.value);
  return cellText(shown).trim() === w.value;
}

/**
 * A planned write into a cell holding the user's formula is dropped: the formula stays. When it shows something
 * other than what was due, a warning names the cell with both values.
 */
function keepFormulas(sheet: SheetGrid, planned: Planned[]): ScorePlan {
  const writes: CellWrite[] = [];
  const findings: Finding[] = [];
  for (const w of planned) {
    const cell = a1(w.row, w.col);
    if (!isFormula(sheet, w.row, w.col)) writes.push({ sheet: sheet.name, cell, value: w.value, numberFormat: w.numberFormat });
    else if (!alreadyShows(sheet, w)) {
      const wanted = typeof w.value === "number" ? fixed(dec(w.value), w.numberFormat === SCORE_FORMAT_1 ? 1 : 2) : w.value;
      const shown = cellText(cellValue(sheet, w.row, w.col));
      findings.push(finding("warning", "FORMULA_CELL_KEPT", sheet.name, cell, { wanted, shown }));
    }
  }
  return { writes, findings };
}

/**
 * The score of an indicator that lives outside the table (a funds block's execution rate, `indicator.sheet` set):
 * into its own 得分 cell, on its own sheet; it has no 评分说明.
 */
function ownCellWrites(grid: WorkbookGrid, scores: IndicatorScore[], decimals: 1 | 2): ScorePlan[] {
  return scores.map((s) => {
    const sheet = grid.sheets.find((g) => g.name === s.indicator.sheet);
    const cell = s.indicator.cells.score;
    if (!sheet || !cell || s.score === null) return { writes: [], findings: [] };
    const { row, col } = parseA1(cell);
    return keepFormulas(sheet, [score(row, col, Number(fixed(s.score, 2)), decimals)]);
  });
}

/** The writes into the table's sheet: each row's score and 评分说明, then the total and the grade. */
function tableWrites(sheet: SheetGrid, table: IndicatorTable, result: ScoreResult, scoreCol: number): Planned[] {
  const explCol = table.columns.explanation;
  const planned: Planned[] = [];
  for (const s of result.scores) {
    if (s.indicator.sheet !== undefined) continue;
    const r = s.indicator.row;
    if (s.score !== null) planned.push(score(r, scoreCol, Number(fixed(s.score, 2)), result.decimals));
    // One cell, with no next row to continue on: a 评分说明 longer than a cell holds ends in TRUNCATED_MARK.
    if (explCol !== undefined) planned.push(text(r, explCol, fitOneCell(s.explanation)));
  }
  planned.push(...summaryWrites(sheet, table, result, scoreCol));
  return planned;
}

/** A cell the tool may take for a column of its own: empty, and no formula of the user's. */
const free = (sheet: SheetGrid, row: number, col: number) => isEmpty(cellValue(sheet, row, col)) && !isFormula(sheet, row, col);

/**
 * A form without a 得分 column: the first columns right of the table whose header and indicator cells are all free
 * become the tool's 得分 (and, if the form has none, 评分说明), headed as such so that a re-run reads them as the
 * table's own. The form's cells are not touched; a warning says where the scores went.
 */
function addedScoreColumns(sheet: SheetGrid, table: IndicatorTable): { table: IndicatorTable; plan: ScorePlan } {
  const needed = table.columns.explanation === undefined ? 2 : 1;
  const rows = [table.headerRow, ...table.indicators.map((i) => i.row)];
  const right = Math.max(table.lastCol ?? 0, ...Object.values(table.columns).filter((c): c is number => c !== undefined));
  let col = right + 1;
  while (!rows.every((r) => Array.from({ length: needed }, (_, k) => free(sheet, r, col + k)).every(Boolean))) col++;
  const columns = { ...table.columns, score: col, explanation: table.columns.explanation ?? col + 1 };
  const headers = [{ row: table.headerRow, col, value: "得分" }];
  if (needed === 2) headers.push({ row: table.headerRow, col: col + 1, value: "评分说明" });
  const writes = headers.map((h) => ({ sheet: sheet.name, cell: a1(h.row, h.col), value: h.value, numberFormat: TEXT_FORMAT }));
  const column = columnLetters(col);
  return { table: { ...table, columns }, plan: { writes, findings: [finding("warning", "SCORE_COLUMN_ADDED", sheet.name, a1(table.headerRow, col), { column })] } };
}

/**
 * Everything scoring writes: the scores of indicators outside the table first, then the table's. Nothing is ever
 * written into a hidden sheet (the reader has said so with TABLE_ON_HIDDEN_SHEET).
 */
export function planScoreWrites(grid: WorkbookGrid, table: IndicatorTable, result: ScoreResult): ScorePlan {
  const sheet = grid.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return { writes: [], findings: [] };
  const added = table.columns.score === undefined ? addedScoreColumns(sheet, table) : undefined;
  const target = added?.table ?? table;
  const elsewhere = result.scores.filter((s) => s.indicator.sheet !== undefined);
  const plans = [
    ...ownCellWrites(grid, elsewhere, result.decimals),
    ...(added ? [added.plan] : []),
    keepFormulas(sheet, tableWrites(sheet, target, result, target.columns.score!)),
  ];
  const hidden = new Set(grid.sheets.filter((s) => s.hidden).map((s) => s.name));
  return {
    writes: plans.flatMap((p) => p.writes).filter((w) => !hidden.has(w.sheet)),
    findings: plans.flatMap((p) => p.findings).filter((f) => !hidden.has(f.sheet)),
  };
}
