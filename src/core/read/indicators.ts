/**
 * 绩效指标: the indicator table. A header row near the top; columns found by their header in any order;
 * rows down to a blank row or a total row; a blank 一级/二级 cell continues the one above (merged cells).
 */
import { a1, columnLetters } from "../address";
import { Finding, IndicatorRef, finding } from "../findings";
import { SheetGrid, WorkbookGrid, cellValue, colCount, isEmpty, isFormula, rowCount } from "../grid";
import { IllustrativeValue, Indicator, IndicatorTable } from "../model";
import { Comparison, Parsed, isQuantitativeWord, parseComparison, splitComparison } from "../parse";
import {
  EXECUTION_RATE_NAME,
  INDICATOR_COLUMNS,
  IndicatorColumn,
  REQUIRED_COLUMNS_OF_FOUND_TABLE,
  REQUIRED_INDICATOR_COLUMNS,
  TABLE_END_WORDS,
  displayName,
} from "../schema";
import { normalizeLabel } from "../text";
import { describeParsed, numberAt } from "./cells";
import { PercentSide, inPercentPoints } from "./percent";
import { HeaderRow, findHeader, firstText, headerColumns, rowIsBlank, sheetsNamed, tablesByHeader, textAt } from "./scan";
import { CellRange, TablePlace, TableReader, wholeSheet } from "./table";

/** First texts of the table's own total row (TABLE_END_WORDS also has the rows the add-in writes). */
const TOTAL_ROW_WORDS = ["合计", "总分", "总计"];

/** Names that need no normalising before the 预算执行率 test: normalising every name is costly on large tables. */
const PLAIN_NAME = /^[\u4e00-\u9fff\w（）()]*$/;

function isExecutionRateName(name: string): boolean {
  return name.includes(EXECUTION_RATE_NAME) || (!PLAIN_NAME.test(name) && normalizeLabel(name).includes(EXECUTION_RATE_NAME));
}

/** The word a 备注 uses to mark made-up values, as the examples write it ("实际完成值与分值均为示例值：报告未给出"). */
const ILLUSTRATIVE_MARK = "示例值";

/** Which value each word of a 备注 names; 指标值 after 实际完成值 is tested, as 年度指标值 contains it. */
const NAMED_VALUES: [string[], IllustrativeValue][] = [
  [["实际完成值", "完成值", "实际值"], "actual"],
  [["年度指标值", "指标值", "目标值"], "target"],
  [["分值", "权重"], "weight"],
];

/** The values a 备注 marks as 示例值: those it names, or all three when it names none. */
export function illustrativeValues(note: string): IllustrativeValue[] | undefined {
  const t = normalizeLabel(note);
  if (!t.includes(ILLUSTRATIVE_MARK)) return undefined;
  const named = NAMED_VALUES.filter(([words]) => words.some((w) => t.includes(w))).map(([, v]) => v);
  return named.length > 0 ? named : ["target", "actual", "weight"];
}

/**
 * The comparison of a row: its 指标性质 text, else the sign in front of the target, else what the target
 * implies. 定量指标 names no direction, so the target's sign gives it, as for a blank cell (but a word is no 定性).
 */
function inferComparison(text: string, target: Parsed, isExecutionRate: boolean): Comparison | undefined {
  const quantitative = text !== "" && isQuantitativeWord(text);
  if (text && !quantitative) return parseComparison(text);
  if (target.kind === "number" && target.comparison) return target.comparison;
  if (target.kind === "text") return splitComparison(target.text).comparison ?? (quantitative ? undefined : "定性");
  if (isExecutionRate) return "≥";
  return undefined;
}

/** The warning that a plain fraction in a percentage row was read as percentage points. */
function fractionRead(sheet: string, cells: Indicator["cells"], side: PercentSide, indicator: IndicatorRef, written: Parsed): Finding {
  const text = describeParsed(written);
  const points = written.kind === "number" ? written.value.times(100).toString() : text;
  return finding("warning", "PERCENT_AS_FRACTION", sheet, cells[side]!, { ...indicator, side, text, points });
}

/** Reads the rows of one indicator table; holds only what the header fixed. */
class IndicatorRows {
  /** Each column's letters, computed once rather than for every row of a large table. */
  private readonly letters: (readonly [IndicatorColumn, string])[];
  readonly used: number[];
  readonly firstCol: number;

  constructor(
    readonly sheet: SheetGrid,
    readonly columns: Partial<Record<IndicatorColumn, number>>,
  ) {
    this.letters = (Object.keys(columns) as IndicatorColumn[]).map((k) => [k, columnLetters(columns[k]!)] as const);
    // A 备注 column is read for its marks only: it neither starts the table nor keeps a row in it.
    this.used = (Object.keys(columns) as IndicatorColumn[]).filter((k) => k !== "note").map((k) => columns[k]!);
    this.firstCol = Math.min(...this.used);
  }

  text(r: number, k: IndicatorColumn): string {
    const c = this.columns[k];
    return c === undefined ? "" : textAt(this.sheet, r, c);
  }

  parsed(r: number, k: IndicatorColumn): Parsed {
    const c = this.columns[k];
    return c === undefined ? { kind: "empty" } : numberAt(this.sheet, r, c);
  }

  /** A blank row, or one blank in every column of the table, ends it. */
  isBlank(r: number): boolean {
    return rowIsBlank(this.sheet, r) || this.used.every((c) => isEmpty(cellValue(this.sheet, r, c)));
  }

  cells(r: number): Indicator["cells"] {
    const cells: Indicator["cells"] = {};
    for (const [k, letters] of this.letters) cells[k] = `${letters}${r + 1}`;
    return cells;
  }

  /** One row as an indicator, or undefined for a section caption (no name and nothing to score). */
  read(r: number, level1: string, level2: string): { indicator?: Indicator; findings: Finding[] } {
    const findings: Finding[] = [];
    const sheet = this.sheet.name;
    const name = this.text(r, "name");
    const adjusted = this.parsed(r, "adjustedTarget");
    const target = adjusted.kind === "empty" ? this.parsed(r, "target") : adjusted;
    const actual = this.parsed(r, "actual");
    const weightParsed = this.parsed(r, "weight");
    if (!name && target.kind === "empty" && actual.kind === "empty" && weightParsed.kind === "empty") return { findings };
    const cells = this.cells(r);
    if (adjusted.kind !== "empty") cells.target = cells.adjustedTarget;
    if (!name) findings.push(finding("warning", "MISSING_FIELD", sheet, cells.name ?? a1(r, this.firstCol), { field: "三级指标" }));
    // A weight written "10%" means 10 of the 100 points, so the percentage points are the weight.
    const weight = weightParsed.kind === "number" ? weightParsed.value : undefined;
    if (weight === undefined && weightParsed.kind !== "empty") {
      findings.push(finding("error", "NOT_A_NUMBER", sheet, cells.weight!, { field: `${name}·分值`, text: describeParsed(weightParsed) }));
    }
    const enteredScore = this.parsed(r, "score");
    if (enteredScore.kind === "text" || enteredScore.kind === "error") {
      findings.push(finding("warning", "NOT_A_NUMBER", sheet, cells.score!, { field: `${name}·得分`, text: describeParsed(enteredScore) }));
    }
    const isExecutionRate = isExecutionRateName(name);
    const comparisonText = this.text(r, "comparison");
    const unit = this.text(r, "unit") || (target.kind === "number" ? target.unit : "");
    const points = inPercentPoints({ target, actual, unit, isExecutionRate });
    findings.push(...points.fractions.map((side) => fractionRead(sheet, cells, side, { name, row: r + 1 }, { target, actual }[side])));
    const indicator: Indicator = {
      row: r,
      level1,
      level2,
      name,
      comparisonText: comparisonText || (target.kind === "number" && target.comparison ? target.comparison : ""),
      comparison: inferComparison(comparisonText, target, isExecutionRate),
      target: points.target,
      unit,
      actual: points.actual,
      weight,
      weightInvalid: weight === undefined && weightParsed.kind !== "empty",
      enteredScore,
      scoreIsFormula: this.columns.score !== undefined && isFormula(this.sheet, r, this.columns.score),
      reason: this.text(r, "reason"),
      explanationText: this.text(r, "explanation"),
      isExecutionRate,
      cells,
    };
    if (this.columns.coefficient !== undefined) indicator.coefficient = this.parsed(r, "coefficient");
    if (this.columns.standard !== undefined) indicator.standard = this.text(r, "standard");
    const illustrative = illustrativeValues(this.text(r, "note"));
    if (illustrative) indicator.illustrative = illustrative;
    return { indicator, findings };
  }
}

function missingColumns(sheet: SheetGrid, header: HeaderRow<IndicatorColumn> | undefined): Finding[] {
  const cell = header ? a1(header.row, colCount(sheet, header.row)) : "A1";
  const required = header ? REQUIRED_COLUMNS_OF_FOUND_TABLE : REQUIRED_INDICATOR_COLUMNS;
  return required
    .filter((k) => header?.columns[k] === undefined)
    .map((k) => finding("error", "MISSING_COLUMN", sheet.name, cell, { column: displayName(INDICATOR_COLUMNS, k) }));
}

/** Reads the table whose header is searched for from `from`; rows go no further than `last`. */
function readIndicatorTable(
  sheet: SheetGrid,
  from: number,
  last: number,
): { table?: IndicatorTable; range?: CellRange; findings: Finding[] } {
  const header = findHeader(sheet, INDICATOR_COLUMNS, "name", 3, from);
  const findings = missingColumns(sheet, header);
  if (!header) return { findings };
  const rows = new IndicatorRows(sheet, header.columns);
  const table: IndicatorTable = {
    sheet: sheet.name,
    headerRow: header.lastRow,
    columns: header.columns,
    indicators: [],
    endRow: last + 1,
    firstCol: rows.firstCol,
  };
  let level1 = "";
  let level2 = "";
  for (let r = header.lastRow + 1; r <= last; r++) {
    const blank = rows.isBlank(r);
    const first = firstText(sheet, r);
    if (blank || TABLE_END_WORDS.includes(first)) {
      table.endRow = r;
      if (!blank && TOTAL_ROW_WORDS.includes(first)) table.totalRow = r;
      break;
    }
    // A new 一级 starts a new group, so its 二级 does not continue from the previous group.
    const l1 = rows.text(r, "level1");
    if (l1) {
      level1 = l1;
      level2 = rows.text(r, "level2");
    } else level2 = rows.text(r, "level2") || level2;
    const read = rows.read(r, level1, level2);
    findings.push(...read.findings);
    if (read.indicator) table.indicators.push(read.indicator);
  }
  const { left, right } = headerColumns(sheet, header);
  const bottom = Math.max(table.totalRow ?? table.endRow - 1, header.lastRow);
  table.lastCol = rightmostCell(sheet, bottom);
  return { table, range: { top: header.top, left, bottom, right }, findings };
}

/**
 * The form's right edge: its rightmost non-empty cell from the top of the sheet down to the table's last row
 * (titles, a funds block, sub-headers under a merged header cell), beyond which the tool may write.
 */
function rightmostCell(sheet: SheetGrid, bottom: number): number {
  let right = 0;
  for (let r = 0; r <= bottom; r++) {
    for (let c = colCount(sheet, r) - 1; c > right; c--) {
      if (!isEmpty(cellValue(sheet, r, c))) {
        right = c;
        break;
      }
    }
  }
  return right;
}

/** Every table with an indicator header on any sheet; else the sheets named as the indicator table (to say what they lack). */
function findIndicatorTables(grid: WorkbookGrid): TablePlace[] {
  const byContent = grid.sheets.flatMap((s) => tablesByHeader(s, INDICATOR_COLUMNS, "name", 3));
  return byContent.length > 0 ? byContent : sheetsNamed(grid, "indicators").map(wholeSheet);
}

export const INDICATOR_READER: TableReader<{ indicators?: IndicatorTable }> = {
  key: "indicators",
  required: true,
  find: findIndicatorTables,
  read(sheet, ctx, at) {
    if (!sheet) return { part: { indicators: undefined }, findings: [] };
    const { table, range, findings } = readIndicatorTable(sheet, at?.range?.top ?? 0, at?.range?.bottom ?? rowCount(sheet) - 1);
    // A funds block's execution rate heads the table, unless the table has its own 预算执行率 row.
    const rate = ctx.executionRate;
    if (table && rate && !table.indicators.some((i) => i.isExecutionRate)) table.indicators.unshift(rate);
    return { part: { indicators: table }, findings, range };
  },
};
