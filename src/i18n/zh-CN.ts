/** 简体中文: the add-in's first language; the workbook's own words are Chinese too. */
import { ZH_BATCH } from "./batch.zh-CN";
import { ZH_PANE } from "./pane.zh-CN";
import type { BudgetIdentity, ExpectedValue, FindingParams, IndicatorRef, ReconciledCode } from "../core/findings";
import type { FundsLine, FundsStage } from "../core/model";
import type { PercentSide } from "../core/read/percent";
import type { Band, Unusable } from "../core/scoring";
import type { SheetKey } from "../core/schema";
import type { RateBasis, RateDenominator } from "../core/settings";
import type { WriteKind } from "../app/journal";
import type { Messages } from "./types";

const EXPECTED: Record<ExpectedValue, string> = {
  year: "四位年份，如 2020 或 2020年",
  unit: "“万元”或“元”",
  date: "日期，如 2021年4月15日",
  problemOrMeasure: "“问题”或“措施”",
  reverseFormula: "“线性”或“比例”",
  percentage: "百分比，如 90%",
  share: "0% 至 100% 之间的比例",
  qualitativeBand: "达成 / 部分达成 / 未达成（年度指标）",
  completionTime: "完成时间，如 2023年11月",
  wordList: "以顿号或逗号分隔的用语，如 高、好、较好",
  rateDenominator: "“全年预算数”“调整后预算数”或“年初预算数”",
  rateBasis: "“全部资金”或“财政拨款”",
  yesNo: "“是”或“否”",
  scoreDecimals: "1 或 2",
};

/** The bands' names in scoring-rules.md §4, as the workbook writes them. */
const BAND: Record<Band, string> = {
  achieved: "达成年度指标",
  partial: "部分达成年度指标并具有一定效果",
  notAchieved: "未达成年度指标且效果较差",
};

const IDENTITY: Record<ReconciledCode, string> = {
  TOTAL_MISMATCH: "基本支出 + 项目支出 + 其他支出 = 决算支出合计",
  BASIC_MISMATCH: "人员支出 + 公用经费 = 基本支出",
  PROJECT_SUM_MISMATCH: "项目表各行之和",
  SUMMARY_MISMATCH: "收入支出决算总表的本年支出合计 = 决算支出合计",
};

/** The kinds of table, as the forms and the 决算 software name them. */
const TABLES: Record<SheetKey, string> = {
  info: "基本信息",
  spending: "支出决算",
  indicators: "绩效指标表",
  problems: "问题与措施",
  settings: "评分设置",
  funds: "预算执行情况",
  expenditure: "支出决算表",
  basicExpenditure: "基本支出决算表",
  incomeSummary: "收入支出决算总表",
};

const AGAINST = { project: "项目支出", totalRow: "合计行" };

const STAGE: Record<FundsStage, string> = { initial: "年初预算数", adjusted: "全年预算数", final: "决算数" };
const LINE: Record<FundsLine, string> = {
  total: "合计",
  basic: "基本支出",
  project: "项目支出",
  fiscal: "财政拨款",
  carryover: "上年结转资金",
  otherFunds: "其他资金",
};
const THREE_COSTS = { budget: "三公经费预算数", final: "三公经费决算数" };

/** An identity of the budget picture (scoring-rules.md §7a), as the forms write it. */
function budgetIdentity(i: BudgetIdentity): string {
  switch (i.kind) {
    case "basicProject":
      return `${STAGE[i.stage]}：基本支出 + 项目支出 = 合计`;
    case "fiscalOther":
      return `${STAGE[i.stage]}：财政拨款 + 其他资金 = 合计`;
    case "fiscalCarryoverOther":
      return `${STAGE[i.stage]}：财政拨款 + 上年结转资金 + 其他资金 = 合计`;
    case "vehicleParts":
      return `${THREE_COSTS[i.column]}：购置费 + 运行费 = 公务用车购置及运行费`;
    case "threeCosts":
      return `${THREE_COSTS[i.column]}：因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 = 合计`;
    case "income":
      return "财政拨款收入 + 其他收入 = 收入合计";
    case "labelled":
      return `${STAGE[i.stage]}·${LINE[i.line]} = ${i.label}`;
  }
}

const identityOf = (p: FindingParams["ROUNDING_DIFF"]) =>
  p.of === "BUDGET_IDENTITY_MISMATCH" ? budgetIdentity(p.identity) : IDENTITY[p.of];

/** The budgets an execution rate may divide by, as the forms name them. */
const DENOMINATOR: Record<RateDenominator, string> = { adjusted: "全年预算数", initial: "年初预算数" };
const rateFormula = (basis: RateBasis, d: RateDenominator) =>
  basis === "fiscal" ? `财政拨款决算数 ÷ 财政拨款${DENOMINATOR[d]}` : `决算支出合计 ÷ ${DENOMINATOR[d]}`;

/** Why a 评分标准 could not score its row. */
const WHY: Record<Unusable, string> = {
  unrecognised: "未能自动识别",
  uncovered: "未涵盖该情形",
  noDay: "按日扣分而完成时间未写到日",
};

/** The indicator columns by their headers. */
const SIDE: Record<PercentSide, string> = { target: "年度指标值", actual: "实际完成值" };

/** What a write wrote: the pane's 上次写入 and the command line's --undo name it alike. */
const WRITE_KIND: Record<WriteKind, string> = { scores: "得分", report: "报告", scoresAndReport: "得分和报告" };

const indicator = (p: IndicatorRef) => p.name || `第${p.row}行`;
/** A cell's text as quoted in a message; an empty cell says so. */
const shown = (text: string) => text || "（空）";

export const zhCN: Messages = {
  findings: {
    MISSING_SHEET: (p) => `缺少工作表“${p.sheet}”（也可命名为：${p.aliases.join("、") || "—"}）`,
    MISSING_FIELD: (p) => `缺少必填项“${p.field}”`,
    MISSING_COLUMN: (p) => `表头中找不到“${p.column}”列`,
    NOT_A_NUMBER: (p) => `“${p.field}”应为数字，实际为“${shown(p.text)}”`,
    INVALID_VALUE: (p) => `“${p.field}”的值“${shown(p.text)}”无法识别，应为${EXPECTED[p.expected]}`,
    PERCENT_AS_FRACTION: (p) =>
      `指标“${indicator(p)}”的${SIDE[p.side]}“${p.text}”按小数读作 ${p.points}%；如本意是 ${p.text}%，请写作“${p.text}%”`,
    TOTAL_MISMATCH: (p) => `基本支出 + 项目支出 + 其他支出 = ${p.sum}，与决算支出合计 ${p.total} 相差 ${p.diff}`,
    BASIC_MISMATCH: (p) => `人员支出 + 公用经费 = ${p.sum}，与基本支出 ${p.total} 相差 ${p.diff}`,
    PROJECT_SUM_MISMATCH: (p) => `项目表“${p.column}”列各行之和 ${p.sum}，与${AGAINST[p.against]} ${p.total} 相差 ${p.diff}`,
    SUMMARY_MISMATCH: (p) =>
      `收入支出决算总表的本年支出合计 ${p.sum}（${p.summarySheet}!${p.summaryCell}）与决算支出合计 ${p.total} 相差 ${p.diff}`,
    ROUNDING_DIFF: (p) => `${identityOf(p)}：${p.sum} 与 ${p.total} 相差 ${p.diff}，属于四舍五入误差，请核对`,
    WEIGHT_SUM: (p) => `各指标分值合计为 ${p.sum}，应为 100`,
    DEVIATION_REASON_MISSING: (p) =>
      `指标“${indicator(p)}”未完成（实际 ${p.actual}，目标 ${p.target}），请在“偏差原因分析及改进措施”中说明原因`,
    OVERACHIEVED_REASON_MISSING: (p) =>
      `指标“${indicator(p)}”实际完成值 ${p.actual} 达到目标 ${p.target} 的 ${p.ratio}%（≥${p.threshold}%），请说明超额完成的原因`,
    QUALITATIVE_DEFAULT_SCORE: (p) => `定性指标“${indicator(p)}”（${BAND[p.band]}）未填得分，已按默认给 ${p.score} 分，请确认`,
    WORD_ACTUAL: (p) => `指标“${indicator(p)}”的实际完成值为文字“${shown(p.text)}”，按已完成计分，请填写具体数值`,
    ENTERED_SCORE_DIFFERS: (p) => `指标“${indicator(p)}”原填得分 ${p.old}，按规则应为 ${p.score}，已改为 ${p.score}`,
    EXECUTION_RATE_LOW: (p) => `预算执行率 ${p.rate}% 低于 ${p.threshold}%，请说明原因`,
    MISSING_ACTUAL: (p) => `指标“${indicator(p)}”缺少实际完成值`,
    MISSING_WEIGHT: (p) => `指标“${indicator(p)}”缺少分值`,
    UNKNOWN_COMPARISON: (p) => `指标“${indicator(p)}”的指标性质“${shown(p.text)}”无法识别，应为 ≥ > ≤ < = 或 定性`,
    QUALITATIVE_SCORE_OUT_OF_BAND: (p) =>
      `定性指标“${indicator(p)}”为“${BAND[p.band]}”，得分应在 ${p.low} 至 ${p.high} 之间，原填 ${p.old}`,
    SCORE_COLUMN_ADDED: (p) => `此表没有“得分”列：得分和评分说明写在表格右侧新增的 ${p.column} 列起，表内原有单元格不变`,
    FORMULA_CELL_KEPT: (p) => `此单元格含公式，未改写：按规则应为“${p.wanted}”，公式结果为“${shown(p.shown)}”`,
    REPORT_PLACEHOLDER: (p) => `报告缺少“${p.what}”，已留【待补充】占位`,
    BUDGET_IDENTITY_MISMATCH: (p) => `${budgetIdentity(p.identity)}：${p.sum} 与 ${p.total} 相差 ${p.diff}`,
    EXECUTION_RATE_DIFFERS: (p) =>
      `填报的预算执行率 ${p.entered}% 与按“${rateFormula(p.basis, p.denominator)}”计算的 ${p.computed}% 不一致，已按填报值计分，请核对`,
    RATE_DENOMINATOR_FALLBACK: (p) =>
      `未填${DENOMINATOR[p.wanted]}，预算执行率改以${DENOMINATOR[p.used]} ${p.amount} 为分母；如确应如此，请在评分设置中将“执行率分母”设为“${DENOMINATOR[p.used]}”`,
    QUALITATIVE_WORD_UNKNOWN: (p) =>
      `定性指标“${indicator(p)}”的实际完成值“${shown(p.text)}”无法归入达成、部分达成或未达成，暂不计分；请填写得分，或在评分设置中补充定性用语`,
    QUALITATIVE_WORD_SCORE_KEPT: (p) =>
      `定性指标“${indicator(p)}”的实际完成值“${shown(p.text)}”无法识别，按原填得分 ${p.score} 归入“${BAND[p.band]}”，请确认`,
    COEFFICIENT_DIFFERS: (p) => `指标“${indicator(p)}”填报的得分系数 ${p.entered}% 与按规则计算的 ${p.computed}% 不一致，已按规则计分`,
    MANUAL_SCORE: (p) => `指标“${indicator(p)}”的评分标准“${p.standard}”${WHY[p.why]}，保留原填得分 ${p.score}（人工评分），请核对`,
    STANDARD_UNRECOGNISED: (p) =>
      `指标“${indicator(p)}”的评分标准“${p.standard}”${WHY[p.why]}，且未填得分，已按通用规则计 ${p.score} 分，请核对`,
    SCORE_OUT_OF_RANGE: (p) => `指标“${indicator(p)}”原填得分 ${p.old} 不在 0 至分值 ${p.weight} 之间`,
    CATEGORY_WEIGHT_MISMATCH: (p) => `一级指标“${p.category}”标明 ${p.stated} 分，其下各指标分值合计为 ${p.sum}`,
    AMBIGUOUS_TABLE: (p) =>
      `找到 ${p.places.length} 个${TABLES[p.kind]}：${p.places.join("、")}；无法确定读取哪一个，均未读取（命令行可用 --table ${p.kind}=工作表!A1:J20 指定）`,
    HIDDEN_TABLE_IGNORED: (p) => `隐藏的工作表上另有${TABLES[p.kind]}（${p.others.join("、")}）；读取的是可见的 ${p.chosen}`,
    TABLE_ON_HIDDEN_SHEET: (p) => `${TABLES[p.kind]}在隐藏的工作表“${p.sheet}”上：已读取，但本工具不写入隐藏的工作表`,
    TABLE_CHOICE_INVALID: (p) => `指定的${TABLES[p.kind]}位置在工作表“${p.sheet}”上，但工作簿中没有这个工作表`,
    REPORT_DEFAULT_TEXT: (p) => `报告中的“${p.what}”是本工具起草的通用文字，请审核，或按本单位实际情况改写`,
    DIRECTION_UNSTATED: (p) =>
      `指标“${indicator(p)}”${p.text ? `的指标性质为“${p.text}”，` : ""}年度指标值未写明 ≥ 或 ≤，无法判断正向或反向：保留原填得分 ${p.score}（人工评分），请在指标值前写明 ≥ 或 ≤`,
  },
  ui: {
    ...ZH_PANE,
    appTitle: "绩效自评助手",
    scoreTitle: "评分结果",
    scoreDone: (total, grade) => `自评总分 ${total} 分，评价等级：${grade}`,
    scoreWarnings: (n) => `另有 ${n} 条提示，可在“绩效自评助手”中查看。`,
    errorsFound: (n) => `发现 ${n} 个错误，评分未完成。`,
    scoreErrors: (n) => `发现 ${n} 个错误，评分未完成。已选中第一个错误所在的单元格：`,
    scoreNoTable: "没有写入：没有找到带“得分”列的绩效指标表。",
    notWrittenErrors: "没有写入工作表。请先改正错误，或在“绩效自评助手”中查看并确认后写入。",
    overwritesFound: (n) => `${n} 个单元格的内容不是本工具上次写入的，写入会替换它们：`,
    notWrittenOverwrites: "没有写入工作表。请在“绩效自评助手”中查看将被替换的内容并确认后写入。",
    scoreFailed: "评分未能完成：",
    ok: "确定",
    outsideExcel: "本工具在 Excel 中运行。请在 Excel 中通过“开始”选项卡的“绩效自评助手”按钮打开。",
    officeJsMissing: "无法加载 Office 组件（office.js），请检查网络或联系管理员。",
    loading: "正在加载…",
    working: "正在处理…",
    tabValidate: "校验",
    tabScore: "评分",
    tabReport: "报告",
    validateRun: "校验工作簿",
    validateNone: "没有发现问题。",
    validateCounts: (e, w) => `${e} 个错误，${w} 个警告`,
    errorLabel: "错误",
    warningLabel: "警告",
    selectCell: (sheet, cell) => `选中 ${sheet}!${cell}`,
    noSheets: "这个工作簿里没有预算绩效工作表（基本信息、支出决算、绩效指标）。",
    tablesFound: "读取的表格",
    chooseTable: (table) => `有多张${table}，请选择要读取的一张`,
    chooseTablePrompt: "请选择…",
    insertTemplate: "插入模板工作表",
    templateInserted: (names) => `已插入：${names}`,
    scoreRun: "计算得分",
    scoreWrite: "写入工作表",
    scoreWritten: "得分、总分和等级已写入工作表。",
    colIndicator: "指标",
    colTarget: "目标",
    colActual: "实际",
    colWeight: "分值",
    colScore: "得分",
    colExplanation: "评分说明",
    total: "自评总分",
    grade: "评价等级",
    gradeWithheld: "暂不评级",
    unscored: "未计分",
    reportDraft: "起草报告",
    regenerate: "重新生成",
    figures: "引用的数据",
    insertReport: "插入到工作表",
    reportInserted: (sheet) => `报告已写入工作表“${sheet}”。`,
    copyAll: "复制全文",
    copied: "已复制到剪贴板。",
    exportWord: "导出 Word",
    wordExported: (name) => `已生成 Word 文件“${name}”。`,
    wordDesktopHelp:
      "Excel 桌面版可能阻止下载：如果没有看到文件，请在 Excel 网页版中打开本工作簿再导出，或点“复制全文”后粘贴到 Word 中保存。",
    sectionText: (heading) => `${heading}（可编辑）`,
    errorTitle: "出错了",
    language: "语言",
    confirmTitle: "写入前请确认",
    confirmWrite: "仍然写入",
    cancel: "取消",
    moreItems: (n) => `……另有 ${n} 处`,
    cleared: "（清空）",
    snapshotHint: "写入前会在工作簿中保存被替换的内容，可随时用“撤销上次写入”恢复。",
    notWrittenCancelled: "已取消，工作表没有改动。",
    discardTitle: "放弃修改？",
    discardDraft: "重新起草会放弃你对报告所做的修改。",
    discardSection: (heading) => `重新生成会放弃你对“${heading}”所做的修改。`,
    discard: "放弃修改",
    undoLast: "撤销上次写入",
    lastWrite: (what, time) => `上次写入：${what}（${time}）`,
    writeKind: WRITE_KIND,
    undone: (what) => `已撤销上次写入的${what}。`,
    nothingToUndo: "没有可撤销的写入。",
    undoConfirmTitle: "撤销前请确认",
    undoOverwrites: (n) => `${n} 个单元格在写入之后又被修改过，撤销会替换这些修改：`,
    confirmUndo: "仍然撤销",
    computedAt: (time) => `结果计算于 ${time}`,
    stale: "工作簿在此之后有改动，结果可能已过时。",
    revalidate: "重新校验",
    draftsRestored: (time) => `已恢复 ${time} 保存的报告草稿。`,
  },
  batch: ZH_BATCH,
  tables: TABLES,
  files: {
    NOT_FOUND: "找不到文件",
    NOT_WORKBOOK: "不是 Excel 工作簿（.xlsx 或 .xls）",
    ENCRYPTED: "工作簿设了打开密码：请在 Excel 中取消密码后再试",
    TOO_LARGE: "文件过大或已损坏（解压后超过 200 MB，或压缩比异常）",
    DAMAGED: "文件已损坏，无法读取",
    OUT_IS_INPUT: "--out 指向输入文件本身：输入文件从不被改写，请另选输出文件",
    NO_FOLDER: "无法写入：文件夹不存在或无法创建",
    NO_PERMISSION: "无法写入：没有写入权限",
    DISK_FULL: "无法写入：磁盘空间不足",
    WRITE_FAILED: "无法写入，原有文件保持不变",
  },
  cli: {
    file: "文件",
    department: "部门",
    year: "年度",
    unit: "金额单位",
    spendingTotal: "决算支出合计",
    basic: "基本支出",
    personnel: "人员支出",
    public: "公用经费",
    project: "项目支出",
    other: "其他支出",
    budget: "全年预算数",
    shareOf: (p) => `（占基本支出 ${p}%）`,
    findings: (e, w) => `校验：${e} 个错误，${w} 个警告`,
    indicators: "绩效指标得分",
    total: "自评总分",
    grade: "评价等级",
    unscored: "未计分",
    withheld: "暂不评级",
    error: "错误",
    warning: "警告",
    none: "（无）",
    undone: (kind, at, out) => `已撤销 ${at} 写入的${WRITE_KIND[kind]}，结果已写入 ${out}`,
    nothingToUndo: "没有可撤销的写入：文件中没有本工具写入的记录",
    source: (table, place, hidden) => `${table}：${place}${hidden ? "（隐藏的工作表）" : ""}`,
    xlsWrittenAsXlsx: (input, out) => `注意：${input} 是 .xls 工作簿；${out} 按 .xlsx 格式写出`,
  },
};
