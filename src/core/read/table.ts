/**
 * What a table reader is: one kind of table (基本信息, 绩效指标表, 支出决算表 …) found in the workbook by its
 * content, read into its part of what the workbook says, with its own findings. Readers share no state; what
 * one needs from another comes in the context.
 */
import { a1 } from "../address";
import { Finding } from "../findings";
import { SheetGrid, WorkbookGrid, colCount, rowCount } from "../grid";
import { Amount, AmountUnit, Indicator } from "../model";
import { SheetKey, SpendingField } from "../schema";

/** Cells of a sheet, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One place where a table of some kind may be: the sheet and the cells it takes (header included). */
export interface TablePlace {
  sheet: SheetGrid;
  range: CellRange;
}

export function rangeA1(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** "Sheet!A10:J18", as places are named in messages and in the list of what was found. */
export function placeName(p: TablePlace): string {
  return `${p.sheet.name}!${rangeA1(p.range)}`;
}

/** The whole used area of a sheet: the place of a table laid out as label/value pairs. */
export function wholeSheet(sheet: SheetGrid): TablePlace {
  let right = 0;
  for (let r = 0; r < rowCount(sheet); r++) right = Math.max(right, colCount(sheet, r) - 1);
  return { sheet, range: { top: 0, left: 0, bottom: Math.max(rowCount(sheet) - 1, 0), right } };
}

/** What a reader may need from the readers before it, passed explicitly. */
export interface ReadContext {
  /** The workbook's amount unit (from 基本信息): amounts elsewhere are converted to it. */
  unit: AmountUnit;
  /** Spending figures the tables read so far supply (a 决算 table's 合计 row …), for a later table to cross-check. */
  figures?: Partial<Record<SpendingField, Amount>>;
  /** The budget-execution indicator of a funds block (预算执行情况), for an indicator table that has none. */
  executionRate?: Indicator;
}

/** Before 基本信息 is read, and when it names no unit: 万元, the documented default. */
export const INITIAL_CONTEXT: ReadContext = { unit: "万元" };

export interface TableRead<P> {
  part: P;
  findings: Finding[];
  /** What this table tells the readers after it (基本信息 gives the unit). */
  context?: Partial<ReadContext>;
  /** The cells the table turned out to take, when reading found them more exactly than finding did. */
  range?: CellRange;
  /** Spending figures this table supplies (the first table to supply a figure gives it). */
  supplies?: Partial<Record<SpendingField, Amount>>;
}

/** What the workbook holds, for a reader whose table is needed only when another task's data is absent. */
export interface Found {
  /** The kinds of table found. */
  kinds: ReadonlySet<SheetKey>;
  figures: Partial<Record<SpendingField, Amount>>;
}

/**
 * For 基本信息 and 支出决算: needed only in a workbook that holds neither an indicator table nor spending figures
 * from other tables, so that each task needs only its own data (a self-evaluation table alone is scored).
 */
export function neededWithoutOtherData(found: Found): boolean {
  return !found.kinds.has("indicators") && found.figures.total === undefined;
}

export interface TableReader<P> {
  /** The table kind, by which messages and the list of what was found name it (in the user's language). */
  key: SheetKey;
  /** When its absence is a MISSING_SHEET error: always, never, or judged from what else the workbook holds. */
  required: boolean | ((found: Found) => boolean);
  /** Every place in the workbook where this kind of table is, by its content (or its sheet's name). */
  find(grid: WorkbookGrid): TablePlace[];
  /**
   * Called with the sheet of the place chosen, or undefined when there is none: the part is then what an empty
   * sheet says. `at` gives the place's cells and the whole workbook (for the lines around a table).
   */
  read(sheet: SheetGrid | undefined, ctx: ReadContext, at?: ReadAt): TableRead<P>;
}

/** Where a reader reads: the whole workbook, and the cells of the place chosen (none when there is none). */
export interface ReadAt {
  grid: WorkbookGrid;
  range?: CellRange;
}
