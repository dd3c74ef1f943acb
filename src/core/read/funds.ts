/**
 * 预算执行情况: the funds block at the top of a self-evaluation form. A header (年初预算数 | 全年预算数 or 调整后预算数 |
 * 全年执行数 | 执行率 | 分值 or 权重 | 得分 | 原因, as each province heads it) over rows such as 年度资金总额, 其中：财政拨款,
 * 其他资金, 基本支出, 项目支出, whose label may sit beside a vertical caption (年度预算执行情况（万元）).
 *
 * It supplies the budget figures (the spending fields and the budget picture's stages), the rule of the rate
 * where the form states one (its formula, or its one budget column: Guizhou's 年初预算数), and the execution-rate
 * indicator with its weight: its 执行率 cell as entered, else computed from the budget picture by the scoring
 * rules (scoring/executionRate.ts), which the block's figures are part of.
 */
import { a1 } from "../address";
import { StageFigures, rateRuleFromText } from "../budgetPicture";
import { Finding } from "../findings";
import { SheetGrid, WorkbookGrid, cellText, cellValue, isFormula, rowCount } from "../grid";
import { Amount, AmountUnit, BudgetPicture, FundsBlock, FundsLine, FundsRow, FundsStage, Indicator } from "../model";
import { HUNDRED, dec } from "../numbers";
import { Parsed } from "../parse";
import {
  EXECUTION_RATE_NAME,
  FUNDS_BLOCK_COLUMNS,
  FUNDS_BLOCK_ROWS,
  FundsBlockColumn,
  FundsRowKind,
  SpendingField,
  aliasIndex,
} from "../schema";
import { cleanText, headerNote, normalizeHeader } from "../text";
import { numberAt, readAmount } from "./cells";
import { inPercentPoints } from "./percent";
import { HeaderRow, findHeader, headerColumns, sheetsNamed, tableRange, textAt } from "./scan";
import { isSpendingSheet } from "./spending";
import { statedUnit } from "./units";
import { CellRange, TablePlace, TableReader, wholeSheet } from "./table";

const ROW_INDEX = aliasIndex(FUNDS_BLOCK_ROWS);
const FIGURES: FundsBlockColumn[] = ["initialBudget", "budget", "actual"];

/** A row label as matched: without a leading 其中： (其中：财政拨款 is the 财政拨款 row). */
function rowKind(text: string): FundsRowKind | undefined {
  return ROW_INDEX.get(normalizeHeader(text).replace(/^其中[:：]?/, ""));
}

/** The first column holding figures: the row labels are left of it. */
function firstFigureColumn(header: HeaderRow<FundsBlockColumn>): number {
  return Math.min(...FIGURES.map((k) => header.columns[k] ?? Infinity));
}

/** The row's label: a known one anywhere left of the figures, else the text nearest to them (past a caption). */
function rowLabel(sheet: SheetGrid, r: number, before: number): { label: string; kind?: FundsRowKind; col: number } {
  let nearest = { label: "", col: Math.max(before - 1, 0) };
  for (let c = 0; c < before; c++) {
    const t = textAt(sheet, r, c);
    if (!t) continue;
    const kind = rowKind(t);
    if (kind) return { label: t, kind, col: c };
    nearest = { label: t, col: c };
  }
  return nearest;
}

function hasKnownRow(sheet: SheetGrid, header: HeaderRow<FundsBlockColumn>, range: CellRange): boolean {
  for (let r = header.lastRow + 1; r <= range.bottom; r++) if (rowLabel(sheet, r, firstFigureColumn(header)).kind) return true;
  return false;
}

function findFundsBlocks(grid: WorkbookGrid): TablePlace[] {
  const places: TablePlace[] = [];
  for (const sheet of grid.sheets) {
    const header = findHeader(sheet, FUNDS_BLOCK_COLUMNS, "actual", 3);
    if (!header) continue;
    const range = tableRange(sheet, header);
    // A project table also has budget and spent columns: a funds block has rows such as 年度资金总额, or a
    // rate with its weight. The funds table of the own 支出决算 sheet is the spending reader's (budgetTables.ts).
    const rated = header.columns.rate !== undefined && header.columns.weight !== undefined;
    if (rated || (hasKnownRow(sheet, header, range) && !isSpendingSheet(sheet))) places.push({ sheet, range });
  }
  return places.length > 0 ? places : sheetsNamed(grid, "funds").map(wholeSheet);
}

interface BlockRead {
  block: FundsBlock;
  header: HeaderRow<FundsBlockColumn>;
  findings: Finding[];
}

function readBlock(sheet: SheetGrid, range: CellRange | undefined, unit: AmountUnit): BlockRead | undefined {
  const header = findHeader(sheet, FUNDS_BLOCK_COLUMNS, "actual", 3, range?.top ?? 0);
  if (!header) return undefined;
  const written = statedUnit(sheet, header, firstFigureColumn(header)) ?? unit;
  const block: FundsBlock = { sheet: sheet.name, headerRow: header.lastRow, writtenUnit: written, rows: [] };
  const findings: Finding[] = [];
  const last = Math.min(range?.bottom ?? rowCount(sheet) - 1, tableRange(sheet, header).bottom);
  for (let r = header.lastRow + 1; r <= last; r++) {
    const { label, kind, col } = rowLabel(sheet, r, firstFigureColumn(header));
    // The block ends where its rows do: at a row with neither a known label nor a figure (the indicator header).
    if (!kind && !FIGURES.some((k) => numberAt(sheet, r, header.columns[k] ?? -1).kind === "number")) break;
    const row: FundsRow = { row: r, cell: a1(r, col), label, kind };
    for (const k of FIGURES) {
      const c = header.columns[k];
      if (c === undefined) continue;
      const read = readAmount(sheet, r, c, `${label || "预算执行情况"}·${FUNDS_BLOCK_COLUMNS[k][0]}`, unit, written);
      findings.push(...read.findings.filter(() => !isDash(sheet, r, c)));
      if (read.amount) row[k as "initialBudget" | "budget" | "actual"] = read.amount;
    }
    if (label || row.actual || row.budget || row.initialBudget) block.rows.push(row);
  }
  return { block, header, findings };
}

/** Forms write — or / in the cells that do not apply (其中：财政拨款's 分值). */
function isDash(sheet: SheetGrid, r: number, c: number): boolean {
  return /^[-—–/／\\]+$/.test(cleanText(cellText(cellValue(sheet, r, c))));
}

/** The weight: the row's 分值 cell, else the header's note (分值(10分)). */
function weightOf(sheet: SheetGrid, header: HeaderRow<FundsBlockColumn>, r: number): Parsed {
  const c = header.columns.weight;
  if (c === undefined) return { kind: "empty" };
  const p = numberAt(sheet, r, c);
  if (p.kind !== "empty") return p;
  const note = /^(\d+(?:\.\d+)?)分$/.exec(headerNote(textAt(sheet, header.row, c)));
  return note ? { kind: "number", value: dec(note[1]), unit: "分", percent: false, text: note[0] } : p;
}

/** The execution-rate indicator of the block's total row (or its first row), when the block has a weight column. */
function executionRate(sheet: SheetGrid, read: BlockRead): Indicator | undefined {
  const { block, header } = read;
  const row = totalRow(block);
  if (!row || header.columns.weight === undefined) return undefined;
  const r = row.row;
  const at = (k: FundsBlockColumn) => (header.columns[k] === undefined ? undefined : a1(r, header.columns[k]!));
  // An entered 执行率 is scored as entered (and compared with the figures); an empty one is computed from them.
  const rate = numberAt(sheet, r, header.columns.rate ?? -1);
  const weight = weightOf(sheet, header, r);
  const scoreCol = header.columns.score;
  return {
    row: r,
    sheet: sheet.name,
    level1: EXECUTION_RATE_NAME,
    level2: "",
    name: EXECUTION_RATE_NAME,
    comparisonText: "≥",
    comparison: "≥",
    target: { kind: "number", value: HUNDRED, unit: "%", percent: true, text: "100%" },
    unit: "%",
    actual: inPercentPoints({ target: { kind: "empty" }, actual: rate, unit: "%", isExecutionRate: true }).actual,
    weight: weight.kind === "number" ? weight.value : undefined,
    weightInvalid: weight.kind !== "number" && weight.kind !== "empty",
    enteredScore: scoreCol === undefined ? { kind: "empty" } : numberAt(sheet, r, scoreCol),
    scoreIsFormula: scoreCol !== undefined && isFormula(sheet, r, scoreCol),
    reason: header.columns.reason === undefined ? "" : textAt(sheet, r, header.columns.reason),
    explanationText: "",
    isExecutionRate: true,
    cells: { name: row.cell, actual: at("rate") ?? at("actual"), weight: at("weight"), score: at("score"), reason: at("reason") },
  };
}

/** The row the rate is of: 年度资金总额 (合计), else the block's first row. */
function totalRow(block: FundsBlock): FundsRow | undefined {
  return block.rows.find((r) => r.kind === "total") ?? block.rows[0];
}

/** The budget figures of the block's rows, for the spending model where no 决算 table gives them. */
function supplied(block: FundsBlock): Partial<Record<SpendingField, Amount>> {
  const byKind = (k: FundsRowKind) => block.rows.find((r) => r.kind === k);
  const total = totalRow(block);
  const out: Partial<Record<SpendingField, Amount>> = {};
  if (total?.budget) out.budget = total.budget;
  if (total?.initialBudget) out.initialBudget = total.initialBudget;
  if (total?.actual) out.total = total.actual;
  if (byKind("basic")?.actual) out.basic = byKind("basic")!.actual;
  if (byKind("project")?.actual) out.project = byKind("project")!.actual;
  return out;
}

/** The budget picture's lines of the block's row kinds. */
const LINES: Record<FundsRowKind, FundsLine> = {
  total: "total",
  fiscal: "fiscal",
  other: "otherFunds",
  carryover: "carryover",
  basic: "basic",
  project: "project",
};
const STAGES: ["initialBudget" | "budget" | "actual", FundsStage][] = [
  ["initialBudget", "initial"],
  ["budget", "adjusted"],
  ["actual", "final"],
];

/** The block's figures as stages of the budget picture (its total row as 合计, whatever its label), with their labels. */
export function fundsBlockFigures(block: FundsBlock): StageFigures {
  const out: StageFigures = {};
  const total = totalRow(block);
  for (const row of block.rows) {
    const line = row === total ? "total" : row.kind && LINES[row.kind];
    if (!line) continue;
    for (const [column, stage] of STAGES) {
      const amount = row[column];
      if (amount) (out[stage] ??= {})[line] ??= { amount, label: row.label };
    }
  }
  return out;
}

/** A cell of the block stating the rate's formula (执行率 = 全年执行数 ÷ 年初预算数) with a denominator or basis. */
function statedFormula(sheet: SheetGrid, range: CellRange): BudgetPicture["rateRule"] {
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const text = textAt(sheet, r, c);
      if (text.length > 80 || !/执行率/.test(text) || !/[/÷]|除以/.test(text)) continue;
      const rule = rateRuleFromText(text);
      if (rule.denominator || rule.basis) return { sheet: sheet.name, cell: a1(r, c), text, ...rule };
    }
  }
  return undefined;
}

/**
 * The rule the form states: its formula, else its one budget column (a block with only 年初预算数 divides by it,
 * as Guizhou's does); none where it has both columns (评分设置 then decides, 全年预算数 by default).
 */
function blockRateRule(sheet: SheetGrid, header: HeaderRow<FundsBlockColumn>, range: CellRange): BudgetPicture["rateRule"] {
  const stated = statedFormula(sheet, range);
  if (stated) return stated;
  const { initialBudget, budget } = header.columns;
  if ((initialBudget === undefined) === (budget === undefined)) return undefined;
  const c = (initialBudget ?? budget)!;
  const denominator = initialBudget !== undefined ? "initial" : "adjusted";
  return { sheet: sheet.name, cell: a1(header.row, c), text: textAt(sheet, header.row, c), denominator };
}

export const FUNDS_READER: TableReader<{ funds?: FundsBlock }> = {
  key: "funds",
  required: false,
  find: findFundsBlocks,
  read(sheet, ctx, at) {
    const read = sheet && readBlock(sheet, at?.range, ctx.unit);
    if (!read) return { part: { funds: undefined }, findings: [] };
    const bottom = read.block.rows[read.block.rows.length - 1]?.row ?? read.header.lastRow;
    const range = { top: read.header.top, ...headerColumns(sheet, read.header), bottom };
    const rateRule = blockRateRule(sheet, read.header, range);
    return {
      part: { funds: rateRule ? { ...read.block, rateRule } : read.block },
      findings: read.findings,
      context: { executionRate: executionRate(sheet, read) },
      supplies: supplied(read.block),
      range,
    };
  },
};
