/** The budget workbook as the core understands it. Every value remembers the sheet and cell it came from. */
import type { Decimal } from "./decimal";
import type { Comparison, DateParts, Parsed } from "./parse";
import type { FundsRowKind, IndicatorColumn, SheetKey, SpendingField } from "./schema";
import type { RateBasis, RateDenominator } from "./settings";

export interface Located {
  sheet: string;
  /** A1 address. */
  cell: string;
}

export interface LocatedText extends Located {
  text: string;
}

export interface Amount extends Located {
  value: Decimal;
  /** As the cell showed it. */
  text: string;
  /** Set when the figure covers only 财政拨款 (一般公共预算财政拨款基本支出决算表), not all of the department's funds. */
  scope?: "fiscal";
}

export type AmountUnit = "万元" | "元";

export interface DepartmentInfo {
  department?: LocatedText;
  year?: Located & { value: number };
  unit: AmountUnit;
  basis?: LocatedText;
  reportDate?: Located & { date: DateParts };
  goal?: LocatedText;
  achievement?: LocatedText;
  /** 单位类型 (行政单位, 事业单位, 乡镇 …), 报告主语 and 报告标题: how the report words itself (report/wording.ts). */
  unitType?: LocatedText;
  subject?: LocatedText;
  reportTitle?: LocatedText;
  /** 自评工作开展情况: section 二 in the unit's own words. */
  selfEvaluationWork?: LocatedText;
  /** Where each absent field belongs: its empty value cell, or the next free row of the sheet. */
  missingAt: Partial<
    Record<
      | "department"
      | "year"
      | "unit"
      | "basis"
      | "reportDate"
      | "goal"
      | "achievement"
      | "unitType"
      | "subject"
      | "reportTitle"
      | "selfEvaluationWork",
      Located
    >
  >;
}

export interface ProjectRow {
  /** 0-based row index. */
  row: number;
  name: string;
  budget?: Amount;
  actual?: Amount;
}

export interface ProjectTable {
  sheet: string;
  headerRow: number;
  columns: { name: number; budget?: number; actual?: number };
  rows: ProjectRow[];
  totalRow?: ProjectRow;
}

export interface Spending {
  sheet?: string;
  fields: Partial<Record<SpendingField, Amount>>;
  projects?: ProjectTable;
}

/** The values of an indicator row a 备注 can mark as illustrative. */
export type IllustrativeValue = "target" | "actual" | "weight";

export interface Indicator {
  /** 0-based row index in the indicator sheet (Excel row = row + 1). */
  row: number;
  /** The sheet, when it is not the indicator table's (the execution rate of a funds block elsewhere). */
  sheet?: string;
  level1: string;
  level2: string;
  name: string;
  /** What the 指标性质 cell said, or the sign in front of the target. */
  comparisonText: string;
  comparison?: Comparison;
  target: Parsed;
  unit: string;
  actual: Parsed;
  weight?: Decimal;
  /** True when the 分值 cell held something that is not a number (already reported by the reader). */
  weightInvalid: boolean;
  /** Whatever the 得分 cell already held. */
  enteredScore: Parsed;
  /** The 得分 cell holds the user's formula: it is never overwritten (the write plan reports a difference). */
  scoreIsFormula: boolean;
  reason: string;
  /** What the 评分说明 cell holds (the add-in's own output from an earlier run, if any). */
  explanationText: string;
  isExecutionRate: boolean;
  /** The 得分系数 cell (a score as a percentage of the weight), in forms that have one. */
  coefficient?: Parsed;
  /** The row's own 评分标准 text, in forms that have one. */
  standard?: string;
  /**
   * The values the row's 备注 marks as illustrative (示例值): made up so that an example runs, never facts. The
   * report shows a placeholder for each, and no score built on one. Absent when nothing is marked.
   */
  illustrative?: IllustrativeValue[];
  /** A1 address of each of the row's cells, by column. */
  cells: Partial<Record<IndicatorColumn, string>>;
}

export interface IndicatorTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  indicators: Indicator[];
  /** 0-based index of the row after the last data row: a blank row, a 合计/总分 row or the add-in's own rows. */
  endRow: number;
  /** The table's own 合计/总分 row, when it has one. */
  totalRow?: number;
  /** Leftmost column of the table. */
  firstCol: number;
  /** The rightmost column holding anything from the top of the sheet to the table's end: the form ends there. */
  lastCol?: number;
}

/** One row of a funds block (预算执行情况): 年度资金总额, 其中：财政拨款, 基本支出 … with its figures. */
export interface FundsRow {
  /** 0-based row index. */
  row: number;
  /** The label's cell (A1). */
  cell: string;
  label: string;
  /** Which row it is, when its label is one the reader knows. */
  kind?: FundsRowKind;
  initialBudget?: Amount;
  budget?: Amount;
  actual?: Amount;
}

/** The funds block at the top of a self-evaluation form, amounts in the workbook's unit. */
export interface FundsBlock {
  sheet: string;
  headerRow: number;
  /** The unit the block states (金额单位 or the caption's （万元）), which its amounts were converted from. */
  writtenUnit: AmountUnit;
  rows: FundsRow[];
  /** The execution-rate rule the block states: its formula, or the one budget column it has (Guizhou's 年初预算数). */
  rateRule?: BudgetPicture["rateRule"];
}

/** A 决算 public table read for its figures: 支出决算表, 一般公共预算财政拨款基本支出决算表, 收入支出决算总表. */
export interface FinalAccountsTable {
  sheet: string;
  /** The unit the table states (金额单位：元), which its amounts were converted from. */
  writtenUnit: AmountUnit;
  /** Its figures in the workbook's unit, each with its own cell. */
  figures: Partial<Record<SpendingField, Amount>>;
}

/** Where a table was found: shown to the user so that a wrong guess is seen (绩效指标表：Sheet!A10:J18). */
export interface TableSource {
  /** The table kind's key (indicators, spending …); the hosts name it in the user's language. */
  kind: SheetKey;
  sheet: string;
  /** The cells the table takes, A1:J18. */
  range: string;
  /** On a hidden sheet: read, never written. */
  hidden?: boolean;
}

/** 年初预算数, 全年（调整后）预算数, 决算数 (全年执行数). */
export type FundsStage = "initial" | "adjusted" | "final";
/** 合计, 基本支出, 项目支出, and by source: 财政拨款, 上年结转资金 (a form's funds block), 其他资金. */
export type FundsLine = "total" | "basic" | "project" | "fiscal" | "carryover" | "otherFunds";
/** 三公经费: 合计, 因公出国（境）费, 公务用车购置及运行费 (购置费, 运行费), 公务接待费. */
export type ThreeCostsLine = "total" | "abroad" | "vehicles" | "vehiclePurchase" | "vehicleRunning" | "reception";
export type IncomeLine = "total" | "fiscal" | "other";

/**
 * The whole budget picture, each figure with its cell: the workbook's own 支出决算 sheet fills it, and so may
 * a provincial form's funds block. 决算 合计/基本/项目 and 全年/年初预算数 合计 are the same Amounts as
 * Spending.fields when those labels gave them.
 */
export interface BudgetPicture {
  funds: Partial<Record<FundsStage, Partial<Record<FundsLine, Amount>>>>;
  threeCosts: Partial<Record<"budget" | "final", Partial<Record<ThreeCostsLine, Amount>>>>;
  income: Partial<Record<IncomeLine, Amount>>;
  /** The execution-rate formula a form states (its denominator and basis); it wins over 评分设置. */
  rateRule?: Located & { text: string; denominator?: RateDenominator; basis?: RateBasis };
  /**
   * Sheet!A1 of each figure the 支出决算 sheet's funds table gave, kept or replaced by its label's: a funds block
   * that is that same table reads those cells again, and a figure read twice is neither added nor checked twice.
   */
  tableCells?: readonly string[];
}

export interface BudgetModel {
  info: DepartmentInfo;
  spending: Spending;
  /** Absent only where no reader filled it (a model built by hand). */
  budgetPicture?: BudgetPicture;
  indicators?: IndicatorTable;
  funds?: FundsBlock;
  expenditureTable?: FinalAccountsTable;
  basicExpenditureTable?: FinalAccountsTable;
  incomeSummary?: FinalAccountsTable;
  problems: LocatedText[];
  measures: LocatedText[];
  /** The actual names of the sheets found, by table kind. */
  sheetNames: Partial<Record<SheetKey, string>>;
  /** Every table read, with where it was found. */
  sources: TableSource[];
}
