/**
 * The title and metadata lines that forms carry around their tables, wherever they are: "部门（单位）名称：X"
 * in one cell or a label with its value in the next non-empty cell, "（2023年度）" or "2023年度…" in a title,
 * "填报日期：…". They give the department, the year and the date when no 基本信息 sheet does. Read from the
 * rows above and below the tables (the first rows and the last rows of each sheet), visible sheets first.
 */
import { a1 } from "../address";
import { SheetGrid, WorkbookGrid, cellFormat, cellText, cellValue, colCount, isEmpty, rowCount } from "../grid";
import { Located, LocatedText } from "../model";
import { DateParts, parseDate, parseYear } from "../parse";
import { cleanText, normalizeLabel, toHalfWidth } from "../text";
import { HEADER_SEARCH_ROWS } from "./scan";

/** Where the signature lines are (填报人, 填报日期), below a form's table. */
const FOOTER_ROWS = 20;

/** A title is longer than a label but still one line. */
const MAX_TITLE_LENGTH = 80;

/** The labels naming the department, the most specific first. */
const DEPARTMENT_LABELS = [
  "部门(单位)名称",
  "部门名称",
  "单位名称",
  "部门(单位)",
  "编制单位",
  "填报单位",
  "预算单位",
  "部门",
  "单位",
  "主管部门",
];
const YEAR_LABELS = ["评价年度", "年度", "预算年度", "所属年度"];
const DATE_LABELS = ["填报日期", "报告日期", "评价日期"];

/** Words too common to be labels unless a colon follows them ("单位：X", not a 单位 column header). */
const COLON_ONLY = new Set(["部门", "单位"]);

/** A value that is an amount unit, not a department ("单位：万元"). */
const UNIT_VALUE = /^(万?元|人民币)/;
const YEAR_IN_TITLE = /(\d{4})\s*年度/;

export interface TitleLines {
  department?: LocatedText;
  year?: Located & { value: number };
  reportDate?: Located & { date: DateParts };
}

interface LabelValue {
  label: string;
  /** The value's sheet, row and column (the label's own cell for "标签：值"). */
  sheet: SheetGrid;
  row: number;
  col: number;
  /** The text after the colon when label and value share a cell. */
  inline?: string;
}

/** The rows where title and signature lines are. */
function metadataRows(sheet: SheetGrid): number[] {
  const n = rowCount(sheet);
  const rows: number[] = [];
  for (let r = 0; r < Math.min(n, HEADER_SEARCH_ROWS); r++) rows.push(r);
  for (let r = Math.max(HEADER_SEARCH_ROWS, n - FOOTER_ROWS); r < n; r++) rows.push(r);
  return rows;
}

/** The label and value pairs of one row: "标签：值" in a cell, or a label cell and the next non-empty cell. */
function pairsInRow(sheet: SheetGrid, r: number, labels: Set<string>): LabelValue[] {
  const out: LabelValue[] = [];
  const n = colCount(sheet, r);
  for (let c = 0; c < n; c++) {
    const v = cellValue(sheet, r, c);
    if (typeof v !== "string" || v.length > MAX_TITLE_LENGTH) continue;
    const colon = /[:：]/.exec(v);
    const head = normalizeLabel(colon ? v.slice(0, colon.index) : v);
    if (!labels.has(head) || (COLON_ONLY.has(head) && !colon)) continue;
    const inline = colon ? cleanText(v.slice(colon.index + 1)) : "";
    if (inline) {
      out.push({ label: head, sheet, row: r, col: c, inline });
      continue;
    }
    for (let vc = c + 1; vc < n; vc++) {
      if (isEmpty(cellValue(sheet, r, vc))) continue;
      out.push({ label: head, sheet, row: r, col: vc });
      break;
    }
  }
  return out;
}

const ALL_LABELS = new Set([...DEPARTMENT_LABELS, ...YEAR_LABELS, ...DATE_LABELS].map(normalizeLabel));

function textOf(p: LabelValue): string {
  return p.inline ?? cleanText(cellText(cellValue(p.sheet, p.row, p.col)));
}

function at(p: LabelValue): Located {
  return { sheet: p.sheet.name, cell: a1(p.row, p.col) };
}

function department(pairs: LabelValue[]): LocatedText | undefined {
  const rank = (p: LabelValue) => DEPARTMENT_LABELS.map(normalizeLabel).indexOf(p.label);
  const named = pairs.filter((p) => rank(p) >= 0 && !UNIT_VALUE.test(textOf(p)) && !ALL_LABELS.has(normalizeLabel(textOf(p))));
  const best = named.sort((a, b) => rank(a) - rank(b))[0];
  return best && { ...at(best), text: textOf(best) };
}

function yearFrom(pairs: LabelValue[], titles: { sheet: SheetGrid; row: number; col: number }[]): TitleLines["year"] {
  for (const p of pairs.filter((x) => YEAR_LABELS.map(normalizeLabel).includes(x.label))) {
    const y = parseYear(p.inline ?? cellValue(p.sheet, p.row, p.col));
    if (y !== undefined) return { ...at(p), value: y };
  }
  for (const t of titles) {
    const m = YEAR_IN_TITLE.exec(toHalfWidth(cellText(cellValue(t.sheet, t.row, t.col))));
    const y = m ? parseYear(m[1]) : undefined;
    if (y !== undefined) return { sheet: t.sheet.name, cell: a1(t.row, t.col), value: y };
  }
  return undefined;
}

function reportDate(pairs: LabelValue[]): TitleLines["reportDate"] {
  for (const p of pairs.filter((x) => DATE_LABELS.map(normalizeLabel).includes(x.label))) {
    const d = p.inline ? parseDate(p.inline, undefined) : parseDate(cellValue(p.sheet, p.row, p.col), cellFormat(p.sheet, p.row, p.col));
    if (d) return { ...at(p), date: d };
  }
  return undefined;
}

/** The text cells of the metadata rows that may be titles (a year in them counts). */
function titleCells(sheet: SheetGrid): { sheet: SheetGrid; row: number; col: number }[] {
  const out: { sheet: SheetGrid; row: number; col: number }[] = [];
  for (const r of metadataRows(sheet)) {
    for (let c = 0; c < colCount(sheet, r); c++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === "string" && v.length <= MAX_TITLE_LENGTH && v.includes("年")) out.push({ sheet, row: r, col: c });
    }
  }
  return out;
}

/** What the title and metadata lines of the workbook say, visible sheets before hidden ones. */
export function readTitleLines(grid: WorkbookGrid): TitleLines {
  const sheets = [...grid.sheets.filter((s) => !s.hidden), ...grid.sheets.filter((s) => s.hidden)];
  const pairs = sheets.flatMap((s) => metadataRows(s).flatMap((r) => pairsInRow(s, r, ALL_LABELS)));
  return { department: department(pairs), year: yearFrom(pairs, sheets.flatMap(titleCells)), reportDate: reportDate(pairs) };
}
