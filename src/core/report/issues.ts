/**
 * The problems the data itself shows, each with its measure: an execution rate below the threshold, each
 * indicator not fully achieved, targets exceeded far beyond the over-achievement threshold (a target set too
 * low), and indicators whose values are still missing or illustrative. 四 states the problems after the unit's
 * own; 五 keeps the unit's measures and drafts one, marked for review, for each problem none of them addresses.
 */
import { Indicator, Located } from "../model";
import { IndicatorScore } from "../scoring";
import { IndicatorContext, RateContext, completionFigure, isOverachieved, isUnmet } from "./indicatorText";
import { Part, Piece, join, joinWith, sentence } from "./parts";
import { SectionInput } from "./types";
import { executionRatePart, indicatorValue, isIllustrative, lacksValue, trimEnd } from "./values";

export interface DataIssue {
  problem: Part;
  /** True when a measure of the unit's own addresses the problem. */
  addressedBy: (measure: string) => boolean;
  /** The measure drafted when none does: a caption ending in 。, then what to do. */
  measure: { caption: string; text: string };
  /** Where the problem comes from: the drafted measure's warning points there. */
  at: Located;
}

/** Ends every measure this tool drafts, so that none is submitted unread. */
export const REVIEW_MARK = "【建议措施，请审核】";

const mentionsAny = (words: string[]) => (measure: string) => words.some((w) => measure.includes(w));

/** Adjacent character pairs of a name, without punctuation. */
function bigrams(s: string): string[] {
  const chars = [...s.replace(/[^\p{L}\p{N}]/gu, "")];
  return [...new Set(chars.slice(1).map((c, n) => chars[n] + c))];
}

/**
 * A measure that names the indicator, allowing for words left out or changed: most of the name's character
 * pairs are in it (通过集中采购压降单套系统运维成本 names 单套系统年均运维成本).
 */
function namesIndicator(name: string): (measure: string) => boolean {
  const pairs = bigrams(name);
  if (pairs.length === 0) return (m) => name !== "" && m.includes(name);
  return (m) => pairs.filter((p) => m.includes(p)).length / pairs.length >= 0.6;
}

const EXECUTION_WORDS = ["预算执行", "执行进度", "支出进度", "用款计划", "执行率"];
const TARGET_WORDS = ["目标管理", "目标设定", "设定目标", "绩效目标", "指标值", "目标值"];
const DATA_WORDS = ["绩效信息", "信息采集", "数据采集", "信息收集", "数据收集", "绩效运行信息", "完成值", "采集"];

const EXECUTION_MEASURE = {
  caption: "加快预算执行进度。",
  text: "科学编制年度用款计划，按月跟踪预算执行情况，对执行进度缓慢的项目及时分析原因、督促整改，确需调整的按程序调整预算，提高财政资金使用效率。",
};

function executionIssue(ctx: RateContext, cause: string, at: Located): DataIssue {
  const threshold = ctx.settings.executionRatePercent.toString();
  const rate = executionRatePart(ctx.model, ctx.executionRate);
  const problem = sentence`预算执行率偏低。全年预算执行率为${rate}，低于${threshold}%，${cause}`;
  return { problem, addressedBy: mentionsAny(EXECUTION_WORDS), measure: EXECUTION_MEASURE, at };
}

/** The execution rate's problem when no 预算执行率 row was scored: from the budget figures. */
function budgetRateIssue(ctx: RateContext): DataIssue[] {
  const rate = ctx.executionRate;
  if (!rate || rate.rate.gte(ctx.settings.executionRatePercent)) return [];
  return [executionIssue(ctx, "预算执行进度有待加快。", rate.at)];
}

function reasonAt(ctx: IndicatorContext, i: Indicator): Located {
  return { sheet: ctx.table.sheet, cell: i.cells.reason ?? i.cells.actual ?? i.cells.name ?? "A1" };
}

/** The 预算执行率 row below the threshold, or an indicator not fully achieved. */
function indicatorIssue(ctx: IndicatorContext, s: IndicatorScore): DataIssue[] {
  const i = s.indicator;
  // A made-up weight leaves the shortfall a fact (the score is in proportion); a made-up value does not.
  if (s.score === null || i.weight === undefined || i.illustrative?.some((v) => v !== "weight")) return [];
  const reason = i.reason ? `原因是：${trimEnd(i.reason)}` : "";
  if (i.isExecutionRate) {
    if (s.rate === undefined || s.rate.gte(ctx.settings.executionRatePercent)) return [];
    return [executionIssue(ctx, reason ? `${reason}。` : "预算执行进度有待加快。", reasonAt(ctx, i))];
  }
  if (!isUnmet(s)) return [];
  const detail =
    i.comparison === "定性"
      ? `完成情况为“${i.actual.kind === "text" ? i.actual.text : ""}”`
      : sentence`年度指标值为${indicatorValue(ctx.table, i, "target")}，${i.comparison === "≤" || i.comparison === "<" ? "实际为" : "实际完成"}${indicatorValue(ctx.table, i, "actual")}`;
  const caption = `推进“${i.name}”指标落实。`;
  return [
    {
      problem: sentence`“${i.name}”指标未完全达成。${detail}${reason ? `，${reason}` : ""}。`,
      addressedBy: namesIndicator(i.name),
      measure: { caption, text: "针对该指标未达到年度目标的原因制定整改措施，明确责任和完成时限，加强执行过程中的跟踪监控，确保下一年度完成目标。" },
      at: reasonAt(ctx, i),
    },
  ];
}

/** Names in quotes, at most three of them and then how many: “A”、“B”、“C”等5项指标. */
function namesOf(indicators: Indicator[]): string {
  const quoted = indicators.slice(0, 3).map((i) => `“${i.name}”`).join("、");
  return indicators.length > 3 ? `${quoted}等${indicators.length}项指标` : quoted;
}

/** Targets exceeded by the threshold or more: one problem for all of them. */
function overachievedIssue(ctx: IndicatorContext): DataIssue[] {
  const over = ctx.table.indicators.filter((i) => isOverachieved(i, ctx.settings));
  if (over.length === 0) return [];
  const items = over.map((i) => {
    const rate = completionFigure(ctx.table, i)!;
    const reason: Piece = i.reason ? `，原因是：${trimEnd(i.reason)}` : "";
    return sentence`“${i.name}”实际完成${indicatorValue(ctx.table, i, "actual")}，完成率${rate}${reason}`;
  });
  const threshold = ctx.settings.overachievementPercent.toString();
  return [
    {
      problem: join(["部分绩效指标目标值设定偏低。", joinWith(items, "；"), `，超过年度指标值的${threshold}%，年初绩效目标设定的科学性、合理性有待提高。`]),
      addressedBy: mentionsAny(TARGET_WORDS),
      measure: {
        caption: "提高绩效目标设定的科学性。",
        text: "结合历史完成情况和年度工作计划合理测算绩效指标值，对实际完成值明显高于目标值的指标，在下一年度适当调高目标值。",
      },
      at: reasonAt(ctx, over[0]),
    },
  ];
}

/** The rows whose target or actual the report cannot state (a placeholder in 三). */
function lacking(ctx: IndicatorContext, scores: IndicatorScore[]): Indicator[] {
  return scores
    .filter((s) => {
      const i = s.indicator;
      const computedRate = i.isExecutionRate && s.rate !== undefined && i.actual.kind === "empty";
      return lacksValue(i, "target") || (lacksValue(i, "actual") && !computedRate);
    })
    .map((s) => s.indicator);
}

/** Values still missing or illustrative: one problem for all of them. */
function missingDataIssue(ctx: IndicatorContext, scores: IndicatorScore[]): DataIssue[] {
  const rows = lacking(ctx, scores);
  if (rows.length === 0) return [];
  const marked = rows.filter((i) => isIllustrative(i, "target") || isIllustrative(i, "actual")).length;
  const state = marked === rows.length ? "为示例值，尚待核实填报" : marked === 0 ? "尚未填报" : "尚未填报或为示例值";
  const targets = rows.some((i) => lacksValue(i, "target"));
  const actuals = rows.some((i) => lacksValue(i, "actual"));
  const values = targets && actuals ? "年度指标值或实际完成值" : targets ? "年度指标值" : "实际完成值";
  const first = rows[0];
  return [
    {
      problem: join([`部分绩效指标完成数据尚待补充。${namesOf(rows)}的${values}${state}，绩效数据采集不够及时、完整。`]),
      addressedBy: mentionsAny(DATA_WORDS),
      measure: {
        caption: "健全绩效信息采集机制。",
        text: "明确各项绩效指标完成数据的来源和采集责任，按时收集、核实实际完成值，确保绩效评价依据完整准确。",
      },
      at: { sheet: ctx.table.sheet, cell: first.cells.actual ?? first.cells.name ?? "A1" },
    },
  ];
}

/** Every problem the data shows, in the order 四 states them. */
export function dataIssues({ model, scoring, settings, budget }: SectionInput): DataIssue[] {
  const table = model.indicators;
  const rates: RateContext = { model, settings, executionRate: budget.executionRate };
  if (!table) return budgetRateIssue(rates);
  const ctx: IndicatorContext = { ...rates, table };
  const rateScored = scoring.scores.some((s) => s.indicator.isExecutionRate && s.rate !== undefined);
  return [
    ...(rateScored ? [] : budgetRateIssue(ctx)),
    ...scoring.scores.flatMap((s) => indicatorIssue(ctx, s)),
    ...overachievedIssue(ctx),
    ...missingDataIssue(ctx, scoring.scores),
  ];
}
