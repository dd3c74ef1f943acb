/**
 * Cell grids → the budget model, with findings for whatever cannot be read (missing sheets, fields and
 * columns, text where a number belongs). Reconciliation of the figures is validate.ts's job.
 */
import { a1, columnLetters } from "./address";
import { Finding } from "./findings";
import { SheetGrid, WorkbookGrid, cellFormat, cellText, cellValue, colCount, isEmpty, rowCount } from "./grid";
import {
  Amount,
  AmountUnit,
  BudgetModel,
  DepartmentInfo,
  Indicator,
  IndicatorTable,
  LocatedText,
  ProjectRow,
  ProjectTable,
  Spending,
} from "./model";
import { Comparison, Parsed, parseDate, parseNumberCell, parseYear, splitComparison } from "./parse";
import {
  EXECUTION_RATE_NAME,
  INDICATOR_COLUMNS,
  INFO_FIELDS,
  IndicatorColumn,
  PROBLEM_COLUMNS,
  PROJECT_COLUMNS,
  REQUIRED_INDICATOR_COLUMNS,
  REQUIRED_INFO,
  REQUIRED_SPENDING,
  SHEETS,
  SPENDING_FIELDS,
  SheetKey,
  SpendingField,
  TABLE_END_WORDS,
  aliasIndex,
  displayName,
} from "./schema";
import { cleanText, normalizeLabel, toHalfWidth } from "./text";

/** How far down a table's header row may be (title rows above it are common). */
const HEADER_SEARCH_ROWS = 10;

export interface ReadResult {
  model: BudgetModel;
  findings: Finding[];
}

export function findSheet(grid: WorkbookGrid, key: SheetKey): SheetGrid | undefined {
  const wanted = new Set(SHEETS[key].map(normalizeLabel));
  return grid.sheets.find((s) => wanted.has(normalizeLabel(s.name)));
}

function textAt(sheet: SheetGrid, row: number, col: number): string {
  return cleanText(cellText(cellValue(sheet, row, col)));
}

/** Longer texts are never labels or headers; skipping them keeps scans of large sheets cheap. */
const MAX_LABEL_LENGTH = 40;

function labelAt(sheet: SheetGrid, row: number, col: number): string {
  const v = cellValue(sheet, row, col);
  return typeof v === "string" && v.length <= MAX_LABEL_LENGTH ? normalizeLabel(v) : "";
}

function rowIsBlank(sheet: SheetGrid, row: number): boolean {
  const r = sheet.values[row];
  return !r || r.every((v) => v === undefined || isEmpty(v));
}

/** The first text of a row, normalised when it is short enough to be a table-ending word (合计, 自评总分 …). */
export function firstText(sheet: SheetGrid, row: number): string {
  const n = colCount(sheet, row);
  for (let c = 0; c < n; c++) {
    const v = cellValue(sheet, row, c);
    if (isEmpty(v)) continue;
    const t = cellText(v);
    return t.length <= 12 ? normalizeLabel(t) : t;
  }
  return "";
}

/** The first row below the used area, where a missing label could be added. */
function nextFreeCell(sheet: SheetGrid): string {
  return a1(rowCount(sheet), 0);
}

interface LabelHit {
  row: number;
  col: number;
  /** Where the value is (or should be). */
  valueRow: number;
  valueCol: number;
  hasValue: boolean;
}

/**
 * Finds label cells and their values: the value is the first non-empty cell to the right of the label
 * (labels are often merged over two columns), unless that cell is itself a label, in which case the value
 * is missing and belongs in the cell right of the label.
 */
function scanLabels<K extends string>(
  sheet: SheetGrid,
  table: Record<K, readonly string[]>,
  skipRows: (row: number) => boolean = () => false,
): Map<K, LabelHit> {
  const index = aliasIndex(table);
  const hits = new Map<K, LabelHit>();
  for (let r = 0; r < rowCount(sheet); r++) {
    if (skipRows(r)) continue;
    const n = colCount(sheet, r);
    for (let c = 0; c < n; c++) {
      const key = index.get(labelAt(sheet, r, c));
      if (key === undefined || hits.has(key)) continue;
      let hit: LabelHit = { row: r, col: c, valueRow: r, valueCol: c + 1, hasValue: false };
      for (let vc = c + 1; vc < n; vc++) {
        const v = cellValue(sheet, r, vc);
        if (isEmpty(v)) continue;
        if (index.has(labelAt(sheet, r, vc))) break;
        hit = { ...hit, valueCol: vc, hasValue: true };
        break;
      }
      hits.set(key, hit);
    }
  }
  return hits;
}

/** Header row detection: the row (within the first rows) matching most column aliases. */
function findHeader<K extends string>(
  sheet: SheetGrid,
  table: Record<K, readonly string[]>,
  mustHave: NoInfer<K>,
  minMatches: number,
  fromRow = 0,
  toRow = fromRow + HEADER_SEARCH_ROWS,
): { row: number; columns: Partial<Record<K, number>> } | undefined {
  const index = aliasIndex(table);
  let best: { row: number; columns: Partial<Record<K, number>>; count: number } | undefined;
  for (let r = fromRow; r < Math.min(toRow, rowCount(sheet)); r++) {
    const columns: Partial<Record<K, number>> = {};
    let count = 0;
    for (let c = 0; c < colCount(sheet, r); c++) {
      const key = index.get(labelAt(sheet, r, c));
      if (key !== undefined && columns[key] === undefined) {
        columns[key] = c;
        count++;
      }
    }
    if (columns[mustHave] !== undefined && count >= minMatches && (!best || count > best.count)) {
      best = { row: r, columns, count };
    }
  }
  if (!best) return undefined;
  // Two-row headers: a column merged vertically keeps its text in the row above.
  if (best.row > 0) {
    for (let c = 0; c < colCount(sheet, best.row - 1); c++) {
      const key = index.get(labelAt(sheet, best.row - 1, c));
      if (key !== undefined && best.columns[key] === undefined && isEmpty(cellValue(sheet, best.row, c))) {
        best.columns[key] = c;
      }
    }
  }
  return { row: best.row, columns: best.columns };
}

class Reader {
  readonly findings: Finding[] = [];
  unit: AmountUnit = "万元";

  constructor(private readonly grid: WorkbookGrid) {}

  private add(severity: Finding["severity"], code: Finding["code"], sheet: string, cell: string, params: Finding["params"] = {}) {
    this.findings.push({ severity, code, sheet, cell, params });
  }

  sheet(key: SheetKey, required: boolean): SheetGrid | undefined {
    const s = findSheet(this.grid, key);
    if (!s && required) {
      this.add("error", "MISSING_SHEET", SHEETS[key][0], "A1", {
        sheet: SHEETS[key][0],
        aliases: SHEETS[key].slice(1).join("、") || "—",
      });
    }
    return s;
  }

  /** An amount in the workbook's unit; converts between 元 and 万元 when the cell says which it is. */
  amount(sheet: SheetGrid, row: number, col: number, field: string): Amount | undefined {
    const cell = a1(row, col);
    const p = parseNumberCell(cellValue(sheet, row, col), cellFormat(sheet, row, col));
    if (p.kind === "empty") return undefined;
    if (p.kind !== "number" || p.percent) {
      this.add("error", "NOT_A_NUMBER", sheet.name, cell, { field, text: p.kind === "number" ? p.text : describe(p) });
      return undefined;
    }
    let value = p.value;
    if (p.unit === "元" && this.unit === "万元") value = value.div(10000);
    else if (p.unit === "万元" && this.unit === "元") value = value.times(10000);
    return { sheet: sheet.name, cell, value, text: p.text };
  }

  info(): { info: DepartmentInfo; sheetName?: string } {
    const info: DepartmentInfo = { unit: "万元", missingAt: {} };
    const sheet = this.sheet("info", true);
    if (!sheet) {
      for (const key of Object.keys(INFO_FIELDS) as (keyof typeof INFO_FIELDS)[])
        info.missingAt[key] = { sheet: SHEETS.info[0], cell: "A1" };
      return { info };
    }
    const hits = scanLabels(sheet, INFO_FIELDS);
    const at = (h: LabelHit) => ({ sheet: sheet.name, cell: a1(h.valueRow, h.valueCol) });
    for (const key of Object.keys(INFO_FIELDS) as (keyof typeof INFO_FIELDS)[]) {
      const h = hits.get(key);
      if (!h?.hasValue) info.missingAt[key] = h ? at(h) : { sheet: sheet.name, cell: nextFreeCell(sheet) };
    }
    for (const key of REQUIRED_INFO) {
      const h = hits.get(key);
      if (!h || !h.hasValue) {
        this.add("error", "MISSING_FIELD", sheet.name, h ? a1(h.valueRow, h.valueCol) : nextFreeCell(sheet), {
          field: displayName(INFO_FIELDS, key),
        });
      }
    }
    const text = (key: keyof typeof INFO_FIELDS): LocatedText | undefined => {
      const h = hits.get(key);
      if (!h || !h.hasValue) return undefined;
      return { ...at(h), text: textAt(sheet, h.valueRow, h.valueCol) };
    };
    info.department = text("department");
    info.basis = text("basis");
    info.goal = text("goal");
    info.achievement = text("achievement");

    const yh = hits.get("year");
    if (yh?.hasValue) {
      const y = parseYear(cellValue(sheet, yh.valueRow, yh.valueCol));
      if (y === undefined) {
        this.add("error", "INVALID_VALUE", sheet.name, a1(yh.valueRow, yh.valueCol), {
          field: "评价年度",
          text: textAt(sheet, yh.valueRow, yh.valueCol),
          expected: "四位年份，如 2020 或 2020年",
        });
        info.missingAt.year = at(yh);
      } else info.year = { ...at(yh), value: y };
    }

    const uh = hits.get("unit");
    if (uh?.hasValue) {
      const u = normalizeLabel(textAt(sheet, uh.valueRow, uh.valueCol));
      if (u === "元" || u === "万元") info.unit = u;
      else {
        this.add("error", "INVALID_VALUE", sheet.name, a1(uh.valueRow, uh.valueCol), {
          field: "金额单位",
          text: textAt(sheet, uh.valueRow, uh.valueCol),
          expected: "“万元”或“元”",
        });
      }
    }
    this.unit = info.unit;

    const dh = hits.get("reportDate");
    if (dh?.hasValue) {
      const d = parseDate(cellValue(sheet, dh.valueRow, dh.valueCol), cellFormat(sheet, dh.valueRow, dh.valueCol));
      if (d) info.reportDate = { ...at(dh), date: d };
      else {
        this.add("warning", "INVALID_VALUE", sheet.name, a1(dh.valueRow, dh.valueCol), {
          field: "报告日期",
          text: textAt(sheet, dh.valueRow, dh.valueCol),
          expected: "日期，如 2021年4月15日",
        });
        info.missingAt.reportDate = at(dh);
      }
    }
    return { info, sheetName: sheet.name };
  }

  spending(): Spending {
    const spending: Spending = { fields: {} };
    const sheet = this.sheet("spending", true);
    if (!sheet) return spending;
    spending.sheet = sheet.name;
    const projects = this.projectTable(sheet);
    spending.projects = projects;
    const inTable = (r: number) =>
      projects !== undefined &&
      r >= projects.headerRow &&
      r <= (projects.totalRow?.row ?? projects.rows[projects.rows.length - 1]?.row ?? projects.headerRow);
    const hits = scanLabels(sheet, SPENDING_FIELDS, inTable);
    for (const key of Object.keys(SPENDING_FIELDS) as SpendingField[]) {
      const h = hits.get(key);
      const name = displayName(SPENDING_FIELDS, key);
      if (!h || !h.hasValue) {
        if (REQUIRED_SPENDING.includes(key)) {
          this.add("error", "MISSING_FIELD", sheet.name, h ? a1(h.valueRow, h.valueCol) : nextFreeCell(sheet), {
            field: name,
          });
        }
        continue;
      }
      const amount = this.amount(sheet, h.valueRow, h.valueCol, name);
      if (amount) spending.fields[key] = amount;
    }
    return spending;
  }

  private projectTable(sheet: SheetGrid): ProjectTable | undefined {
    const header = findHeader(sheet, PROJECT_COLUMNS, "name", 2, 0, rowCount(sheet));
    if (!header || header.columns.name === undefined) return undefined;
    if (header.columns.actual === undefined && header.columns.budget === undefined) return undefined;
    const cols = { name: header.columns.name, budget: header.columns.budget, actual: header.columns.actual };
    const table: ProjectTable = { sheet: sheet.name, headerRow: header.row, columns: cols, rows: [] };
    for (let r = header.row + 1; r < rowCount(sheet); r++) {
      if (rowIsBlank(sheet, r)) break;
      const name = textAt(sheet, r, cols.name);
      const row: ProjectRow = {
        row: r,
        name,
        budget: cols.budget === undefined ? undefined : this.amount(sheet, r, cols.budget, `${name || "项目"}·全年预算数`),
        actual: cols.actual === undefined ? undefined : this.amount(sheet, r, cols.actual, `${name || "项目"}·全年执行数`),
      };
      if (["合计", "总计"].includes(normalizeLabel(name)) || ["合计", "总计"].includes(firstText(sheet, r))) {
        table.totalRow = row;
        break;
      }
      table.rows.push(row);
    }
    return table;
  }

  indicators(): IndicatorTable | undefined {
    const sheet = this.sheet("indicators", true);
    if (!sheet) return undefined;
    const header = findHeader(sheet, INDICATOR_COLUMNS, "name", 3);
    if (!header) {
      for (const key of REQUIRED_INDICATOR_COLUMNS) {
        this.add("error", "MISSING_COLUMN", sheet.name, "A1", { column: displayName(INDICATOR_COLUMNS, key) });
      }
      return undefined;
    }
    const columns = header.columns;
    const missing = REQUIRED_INDICATOR_COLUMNS.filter((k) => columns[k] === undefined);
    const headerEnd = a1(header.row, colCount(sheet, header.row));
    for (const key of missing) {
      this.add("error", "MISSING_COLUMN", sheet.name, headerEnd, { column: displayName(INDICATOR_COLUMNS, key) });
    }
    const used = Object.values(columns) as number[];
    const firstCol = Math.min(...used);
    const table: IndicatorTable = {
      sheet: sheet.name,
      headerRow: header.row,
      columns,
      indicators: [],
      endRow: rowCount(sheet),
      firstCol,
    };
    // Each column's letters, computed once rather than for every row of a large table.
    const columnLetterList = (Object.keys(columns) as IndicatorColumn[]).map((k) => [k, columnLetters(columns[k]!)] as const);
    let level1 = "";
    let level2 = "";
    const text = (r: number, k: IndicatorColumn) => (columns[k] === undefined ? "" : textAt(sheet, r, columns[k]!));
    const parsed = (r: number, k: IndicatorColumn): Parsed =>
      columns[k] === undefined ? { kind: "empty" } : parseNumberCell(cellValue(sheet, r, columns[k]!), cellFormat(sheet, r, columns[k]!));
    for (let r = header.row + 1; r < rowCount(sheet); r++) {
      const blank = rowIsBlank(sheet, r) || used.every((c) => isEmpty(cellValue(sheet, r, c)));
      const first = firstText(sheet, r);
      if (blank || TABLE_END_WORDS.includes(first)) {
        table.endRow = r;
        if (!blank && ["合计", "总分", "总计"].includes(first)) table.totalRow = r;
        break;
      }
      // A new 一级 starts a new group, so its 二级 does not continue from the previous group.
      const l1 = text(r, "level1");
      if (l1) {
        level1 = l1;
        level2 = text(r, "level2");
      } else level2 = text(r, "level2") || level2;
      const name = text(r, "name");
      const target = parsed(r, "target");
      const actual = parsed(r, "actual");
      const weightParsed = parsed(r, "weight");
      // A row with no indicator name and nothing to score is a section caption, not an indicator.
      if (!name && target.kind === "empty" && actual.kind === "empty" && weightParsed.kind === "empty") continue;
      const cells: Indicator["cells"] = {};
      for (const [k, letters] of columnLetterList) cells[k] = `${letters}${r + 1}`;
      if (!name) {
        this.add("warning", "MISSING_FIELD", sheet.name, cells.name ?? a1(r, firstCol), { field: "三级指标" });
      }
      // Normalising every name is costly on large tables; only a name with spaces or full-width forms needs it.
      const isExecutionRate = name.includes(EXECUTION_RATE_NAME) || (!/^[\u4e00-\u9fff\w（）()]*$/.test(name) && normalizeLabel(name).includes(EXECUTION_RATE_NAME));
      let weight;
      // A weight written "10%" means 10 of the 100 points, so the percentage points are the weight.
      if (weightParsed.kind === "number") weight = weightParsed.value;
      else if (weightParsed.kind !== "empty") {
        this.add("error", "NOT_A_NUMBER", sheet.name, cells.weight!, { field: `${name}·分值`, text: describe(weightParsed) });
      }
      const enteredScore = parsed(r, "score");
      if (enteredScore.kind === "text" || enteredScore.kind === "error") {
        this.add("warning", "NOT_A_NUMBER", sheet.name, cells.score!, { field: `${name}·得分`, text: describe(enteredScore) });
      }
      const comparisonText = text(r, "comparison");
      const unitText = text(r, "unit");
      table.indicators.push({
        row: r,
        level1,
        level2,
        name,
        comparisonText: comparisonText || (target.kind === "number" && target.comparison ? target.comparison : ""),
        comparison: inferComparison(comparisonText, target, isExecutionRate),
        target,
        unit: unitText || (target.kind === "number" ? target.unit : ""),
        actual,
        weight,
        weightInvalid: weight === undefined && weightParsed.kind !== "empty",
        enteredScore,
        reason: text(r, "reason"),
        explanationText: text(r, "explanation"),
        isExecutionRate,
        cells,
      });
    }
    return table;
  }

  problems(): { problems: LocatedText[]; measures: LocatedText[]; sheetName?: string } {
    const out = { problems: [] as LocatedText[], measures: [] as LocatedText[] };
    const sheet = this.sheet("problems", false);
    if (!sheet) return out;
    const header = findHeader(sheet, PROBLEM_COLUMNS, "content", 2);
    if (!header || header.columns.category === undefined || header.columns.content === undefined) {
      for (const key of ["category", "content"] as const) {
        if (header?.columns[key] === undefined) {
          this.add("error", "MISSING_COLUMN", sheet.name, "A1", { column: displayName(PROBLEM_COLUMNS, key) });
        }
      }
      return { ...out, sheetName: sheet.name };
    }
    const { category, content } = header.columns as { category: number; content: number };
    for (let r = header.row + 1; r < rowCount(sheet); r++) {
      const kind = normalizeLabel(textAt(sheet, r, category));
      const text = textAt(sheet, r, content);
      if (!text && !kind) continue;
      const item = { sheet: sheet.name, cell: a1(r, content), text };
      if (!text) {
        this.add("warning", "MISSING_FIELD", sheet.name, a1(r, content), { field: "内容" });
      } else if (kind.includes("问题")) out.problems.push(item);
      else if (kind.includes("措施")) out.measures.push(item);
      else {
        this.add("warning", "INVALID_VALUE", sheet.name, a1(r, category), {
          field: "类别",
          text: textAt(sheet, r, category),
          expected: "“问题”或“措施”",
        });
      }
    }
    return { ...out, sheetName: sheet.name };
  }
}

function describe(p: Parsed): string {
  switch (p.kind) {
    case "empty":
      return "";
    case "error":
      return p.error;
    case "text":
      return p.text.length > 40 ? `${p.text.slice(0, 40)}…` : p.text;
    case "number":
      return p.text;
  }
}

const COMPARISON_WORDS: [string[], Comparison][] = [
  [["≥", "≥=", ">=", "≧", "大于等于", "不低于", "不少于", "正向"], "≥"],
  [[">", "大于", "高于", "多于"], ">"],
  [["≤", "≤=", "<=", "≦", "小于等于", "不高于", "不超过", "不多于", "反向"], "≤"],
  [["<", "小于", "低于", "少于"], "<"],
  [["=", "==", "等于"], "="],
  [["定性"], "定性"],
];

/** 指标性质 text → comparison; undefined when it cannot be recognised. */
export function parseComparison(text: string): Comparison | undefined {
  const t = normalizeLabel(toHalfWidth(text));
  for (const [words, c] of COMPARISON_WORDS) if (words.includes(t)) return c;
  return undefined;
}

function inferComparison(text: string, target: Parsed, isExecutionRate: boolean): Comparison | undefined {
  if (text) return parseComparison(text);
  if (target.kind === "number" && target.comparison) return target.comparison;
  if (target.kind === "text") return splitComparison(target.text).comparison ?? "定性";
  if (isExecutionRate) return "≥";
  return undefined;
}

/** Reads a whole workbook. Never throws on content: everything odd becomes a finding. */
export function readWorkbook(grid: WorkbookGrid): ReadResult {
  const reader = new Reader(grid);
  const { info, sheetName: infoName } = reader.info();
  const spending = reader.spending();
  const indicators = reader.indicators();
  const { problems, measures, sheetName: problemsName } = reader.problems();
  const model: BudgetModel = {
    info,
    spending,
    indicators,
    problems,
    measures,
    sheetNames: {
      info: infoName,
      spending: spending.sheet,
      indicators: indicators?.sheet ?? findSheet(grid, "indicators")?.name,
      problems: problemsName,
      settings: findSheet(grid, "settings")?.name,
    },
  };
  return { model, findings: reader.findings };
}
