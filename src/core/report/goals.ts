/** 三、整体绩效目标实现情况: each indicator's target and what was achieved, then the self-evaluation score. */
import { Indicator, IndicatorTable } from "../model";
import { fixed } from "../numbers";
import { Comparison } from "../parse";
import { SHEETS } from "../schema";
import { IndicatorScore } from "../scoring";
import { Part, figure, join, missing, sectionOf, sentence } from "./parts";
import { SectionBody, SectionInput } from "./types";
import { executionRatePart, indicatorValue, textOr, totalLocation } from "./values";

/** How a target reads after the indicator's name: 不低于120个. */
const COMPARISON_PHRASE: Record<Exclude<Comparison, "定性">, string> = {
  "≥": "不低于",
  ">": "高于",
  "≤": "不高于",
  "<": "低于",
  "=": "达到",
};

export function goalsAchieved(input: SectionInput): SectionBody {
  const { model, scoring, year } = input;
  const table = model.indicators;
  const scored = scoring.scores;
  const lists =
    table && scored.length > 0
      ? [
          sentence`我部门${year}年度整体绩效目标：${listOf(scored.map((s) => target(table, s.indicator)))}。`,
          sentence`${year}年度绩效目标完成情况：${listOf(scored.map((s) => achieved(input, table, s)))}。`,
        ]
      : [missing("绩效指标", { sheet: model.sheetNames.indicators ?? SHEETS.indicators[0], cell: "A1" })];
  const achievement = textOr(model.info.achievement, "绩效目标完成情况", model.info.missingAt.achievement);
  return sectionOf([...lists, achievement, selfScore(input)]);
}

function listOf(items: Part[]): Part {
  return join(items.flatMap((p, n) => (n === 0 ? [p] : ["；", p])));
}

function target(table: IndicatorTable, i: Indicator): Part {
  const value = indicatorValue(table, i, "target");
  if (i.comparison === "定性" || i.comparison === undefined) return sentence`${i.name}：${value}`;
  return sentence`${i.name}${COMPARISON_PHRASE[i.comparison]}${value}`;
}

function achieved({ model }: SectionInput, table: IndicatorTable, { indicator: i, rate }: IndicatorScore): Part {
  if (i.isExecutionRate && rate !== undefined && i.actual.kind === "empty") {
    // The scorer computed this rate from 决算支出合计 ÷ 全年预算数; cite those cells.
    return sentence`${i.name}${executionRatePart(model)}`;
  }
  if (i.comparison === "定性") return sentence`${i.name}：${indicatorValue(table, i, "actual")}`;
  return sentence`${i.name}实际完成${indicatorValue(table, i, "actual")}`;
}

function selfScore({ model, scoring, year }: SectionInput): Part {
  const table = model.indicators;
  if (scoring.total !== null && scoring.grade !== null && table) {
    const total = figure(`${fixed(scoring.total, 2)}分`, totalLocation(table), "得分之和");
    return sentence`经自评，我部门${year}年度部门整体支出绩效自评得分为${total}，评价等级为“${scoring.grade}”。`;
  }
  const at = { sheet: table?.sheet ?? SHEETS.indicators[0], cell: "A1" };
  return sentence`经自评，我部门${year}年度部门整体支出绩效自评得分为${missing("自评得分与评价等级（请先更正评分中的错误）", at)}。`;
}
