/** 四、存在的主要问题 and 五、下一步改进措施: the workbook's own, then the problems the data itself shows. */
import { IndicatorTable } from "../model";
import { formatPercent } from "../numbers";
import { IndicatorScore } from "../scoring";
import { ScoringSettings } from "../settings";
import { trimEndOf } from "../text";
import { Part, Piece, figure, missing, numbered, sectionOf, sentence } from "./parts";
import { SectionBody, SectionInput } from "./types";
import { indicatorValue, problemsAt } from "./values";

export function mainProblems({ model, scoring, settings }: SectionInput): SectionBody {
  const table = model.indicators;
  const problems: Piece[] = model.problems.map((p) => p.text);
  if (table) for (const s of scoring.scores) problems.push(...dataProblems(table, settings, s));
  return sectionOf(numbered(problems.length ? problems : [missing("存在的主要问题", problemsAt(model))]));
}

export function improvementMeasures({ model }: SectionInput): SectionBody {
  const measures = model.measures.map((m) => m.text);
  return sectionOf(numbered(measures.length ? measures : [missing("下一步改进措施", problemsAt(model))]));
}

/** Problems the data itself shows: indicators not achieved, an execution rate below the threshold. */
function dataProblems(table: IndicatorTable, settings: ScoringSettings, s: IndicatorScore): Part[] {
  const { indicator: i, rate } = s;
  if (s.score === null || i.weight === undefined) return [];
  if (i.isExecutionRate) {
    if (rate === undefined || rate.gte(settings.executionRatePercent)) return [];
    const shown = figure(formatPercent(rate), { sheet: table.sheet, cell: i.cells.actual ?? i.cells.name! });
    const threshold = settings.executionRatePercent.toString();
    return [
      sentence`预算执行率偏低。全年预算执行率为${shown}，低于${threshold}%，${i.reason ? `原因是：${trimEnd(i.reason)}。` : "预算执行进度有待加快。"}`,
    ];
  }
  if (s.score.gte(i.weight)) return [];
  // A qualitative row quotes its actual only; its target is not in this text, so neither a figure nor a placeholder here.
  const detail =
    i.comparison === "定性"
      ? `完成情况为“${i.actual.kind === "text" ? i.actual.text : ""}”`
      : sentence`年度指标值为${indicatorValue(table, i, "target")}，实际完成${indicatorValue(table, i, "actual")}`;
  return [sentence`“${i.name}”指标未完全达成。${detail}${i.reason ? `，原因是：${trimEnd(i.reason)}` : ""}。`];
}

const PUNCTUATION_AT_END = new Set(["。", "；", ";", "，", ","]);

function trimEnd(s: string): string {
  return trimEndOf(s, (ch) => PUNCTUATION_AT_END.has(ch) || /\s/.test(ch));
}
