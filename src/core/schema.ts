/**
 * The workbook format: sheet names, labels and column headers with their accepted aliases.
 * docs/workbook-format.md documents the same table for people; keep the two in step.
 */
import { normalizeHeader } from "./text";

export const SHEETS = {
  info: ["基本信息", "部门信息"],
  spending: ["支出决算", "整体支出"],
  indicators: ["绩效指标", "绩效自评表"],
  problems: ["问题与措施"],
  settings: ["评分设置"],
  funds: ["预算执行情况"],
  expenditure: ["支出决算表", "公开03表"],
  basicExpenditure: ["一般公共预算财政拨款基本支出决算表", "基本支出决算表"],
  incomeSummary: ["收入支出决算总表", "公开01表"],
} as const;

export type SheetKey = keyof typeof SHEETS;

export const INFO_FIELDS = {
  department: ["部门名称"],
  year: ["评价年度"],
  unit: ["金额单位"],
  basis: ["评价依据"],
  reportDate: ["报告日期"],
  goal: ["部门整体绩效目标"],
  achievement: ["绩效目标完成情况"],
  /** The report's wording (report/wording.ts): what kind of unit this is, how it names itself, the report's name. */
  unitType: ["单位类型", "单位性质"],
  subject: ["报告主语"],
  reportTitle: ["报告标题", "报告名称"],
  /** Section 二 of the report in the unit's own words: one paragraph per line. */
  selfEvaluationWork: ["自评工作开展情况", "整体支出绩效自评工作开展情况"],
} as const;

export type InfoField = keyof typeof INFO_FIELDS;

export const SPENDING_FIELDS = {
  total: ["决算支出合计"],
  basic: ["基本支出"],
  personnel: ["人员支出", "人员经费"],
  public: ["公用经费", "公用经费支出"],
  project: ["项目支出"],
  other: ["其他支出"],
  budget: ["全年预算数", "调整后预算数"],
  initialBudget: ["年初预算数"],
  incomeTotal: ["本年收入合计", "收入合计"],
  incomeFiscal: ["财政拨款收入"],
  incomeOther: ["其他收入"],
} as const;

export type SpendingField = keyof typeof SPENDING_FIELDS;

export const REQUIRED_INFO: InfoField[] = ["department", "year"];
export const REQUIRED_SPENDING: SpendingField[] = ["total", "basic", "project"];

export const PROJECT_COLUMNS = {
  name: ["项目名称"],
  budget: ["全年预算数", "调整后预算数"],
  actual: ["全年执行数", "决算数"],
} as const;

/**
 * The indicator table's columns, with the headers of the provincial forms in use (docs/workbook-format.md lists
 * the layouts): Sichuan's 指标值 | 度量单位 | 完成值 | 权重 | 未完成原因分析, Guizhou's 年度指标值(A) | 全年实际值(B),
 * Chongqing's 年初指标值 | 调整指标值 | 全年完成值 | 指标权重(分) | 指标得分(分), and 财预〔2020〕10号's.
 */
export const INDICATOR_COLUMNS = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标", "指标名称"],
  comparison: ["指标性质", "比较方式"],
  target: ["年度指标值", "指标值", "目标值", "年初指标值", "年度目标值"],
  /** Where filled, replaces the target (Chongqing's 调整指标值 beside 年初指标值). */
  adjustedTarget: ["调整指标值", "调整后指标值"],
  unit: ["计量单位", "单位", "度量单位"],
  actual: ["实际完成值", "完成值", "全年完成值", "全年实际值", "实际值"],
  weight: ["分值", "权重", "指标权重", "指标分值"],
  score: ["得分", "指标得分", "自评得分"],
  reason: ["偏差原因分析及改进措施", "偏差原因", "未完成原因分析", "偏差原因分析", "未完成原因"],
  explanation: ["评分说明"],
  coefficient: ["得分系数", "得分系数(%)"],
  standard: ["评分标准", "评分细则", "评分办法"],
  /** Remarks; a 备注 saying 示例值 marks the row's values as illustrative (read/indicators.ts). */
  note: ["备注"],
} as const;

export type IndicatorColumn = keyof typeof INDICATOR_COLUMNS;

/** The columns of the project's own layout, all said missing when no header row is found. */
export const REQUIRED_INDICATOR_COLUMNS: IndicatorColumn[] = ["name", "comparison", "target", "actual", "weight", "score"];

/**
 * Columns without which a table that was found cannot be scored. 指标性质 is not one: forms without it write the
 * comparison in front of the target (≥120个), as 财预〔2020〕10号's table does. Nor is 得分: a form without one gets the
 * tool's own 得分 and 评分说明 columns right of the table (plan.ts, SCORE_COLUMN_ADDED).
 */
export const REQUIRED_COLUMNS_OF_FOUND_TABLE: IndicatorColumn[] = ["name", "target", "actual", "weight"];

/** 支出决算表 (公开03表): the columns of its 合计 row. */
export const EXPENDITURE_COLUMNS = {
  code: ["科目编码", "功能分类科目编码"],
  subject: ["科目名称"],
  total: ["本年支出合计", "支出合计", "本年支出"],
  basic: ["基本支出"],
  project: ["项目支出"],
  toSuperior: ["上缴上级支出"],
  business: ["经营支出"],
  subsidiary: ["对附属单位补助支出"],
} as const;

export type ExpenditureColumn = keyof typeof EXPENDITURE_COLUMNS;

/**
 * The funds block (预算执行情况) at the top of a provincial self-evaluation form (read/funds.ts): its columns, as the
 * provinces head them: the figures of the 支出决算 sheet's funds table (FUNDS_COLUMNS), in the forms' own layout.
 */
export const FUNDS_BLOCK_COLUMNS = {
  initialBudget: ["年初预算数", "年初预算"],
  budget: ["全年预算数", "调整后预算数", "全年(调整)预算数", "全年调整预算数", "调整后预算"],
  actual: ["全年执行数", "预算执行数", "执行数"],
  rate: ["执行率", "预算执行率"],
  weight: ["分值", "权重", "执行率权重"],
  score: ["得分", "执行率得分"],
  reason: ["原因", "偏差原因", "未完成原因"],
} as const;

export type FundsBlockColumn = keyof typeof FUNDS_BLOCK_COLUMNS;

/** The funds block's rows, by their label (a leading 其中： is dropped before matching). */
export const FUNDS_BLOCK_ROWS = {
  total: ["年度资金总额", "资金总额", "年度预算资金总额", "合计", "总计"],
  fiscal: ["财政拨款", "财政资金", "当年财政拨款", "财政拨款资金"],
  other: ["其他资金"],
  carryover: ["上年结转资金", "上年结转"],
  basic: ["基本支出"],
  project: ["项目支出"],
} as const;

export type FundsRowKind = keyof typeof FUNDS_BLOCK_ROWS;

/**
 * The funds table on 支出决算 (预算执行情况): a header row with two or more of these columns, and rows
 * labelled as in FUNDS_ROWS. docs/workbook-format.md shows it.
 */
export const FUNDS_COLUMNS = {
  initial: ["年初预算数", "年初预算"],
  adjusted: ["全年预算数", "调整后预算数", "全年(调整)预算数", "调整预算数"],
  final: ["决算数", "全年执行数", "预算执行数", "执行数"],
} as const;

export const FUNDS_ROWS = {
  total: ["合计", "总计", "年度资金总额", "资金总额", "总额"],
  basic: ["基本支出"],
  project: ["项目支出"],
  fiscal: ["财政拨款", "财政资金", "当年财政拨款", "本年财政拨款"],
  otherFunds: ["其他资金"],
} as const;

/** The 三公经费 table on 支出决算: columns 预算数 and 决算数, one row per kind of cost. */
export const THREE_COSTS_COLUMNS = {
  budget: ["预算数"],
  final: ["决算数"],
} as const;

export const THREE_COSTS_ROWS = {
  total: ["三公经费合计", "三公经费", "合计"],
  abroad: ["因公出国(境)费", "因公出国(境)费用", "因公出国(境)经费"],
  vehicles: ["公务用车购置及运行费", "公务用车购置及运行维护费"],
  vehiclePurchase: ["公务用车购置费", "购置费"],
  vehicleRunning: ["公务用车运行费", "公务用车运行维护费", "运行费", "运行维护费"],
  reception: ["公务接待费"],
} as const;

export const PROBLEM_COLUMNS = {
  category: ["类别"],
  content: ["内容"],
} as const;

/** A row whose first text is one of these ends the indicator table (自评总分 is what the add-in writes). */
export const TABLE_END_WORDS = ["合计", "总分", "总计", "自评总分", "评价等级"];

export const EXECUTION_RATE_NAME = "预算执行率";

/** The normalised alias → key lookup for one of the tables above. */
export function aliasIndex<K extends string>(table: Record<K, readonly string[]>): Map<string, K> {
  const m = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) {
    for (const alias of table[key]) m.set(normalizeHeader(alias), key);
  }
  return m;
}

/** Display name (the first alias) of a key, for messages. */
export function displayName<K extends string>(table: Record<K, readonly string[]>, key: K): string {
  return table[key][0];
}
