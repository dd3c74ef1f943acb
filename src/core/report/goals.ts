/**
 * 三、整体绩效目标实现情况: the unit's own account of the year, then each indicator grouped by its 一级 and 二级
 * indicator (one sentence per indicator, target and actual together), then the conclusion: the total, the grade,
 * the subtotals by 一级指标 and what they say of the year (the seed's "从整体情况来看…").
 */
import { IndicatorTable } from "../model";
import { fixed, sum } from "../numbers";
import { SHEETS } from "../schema";
import { Grade, IndicatorScore, ScoreResult } from "../scoring";
import { IndicatorContext, indicatorSentence } from "./indicatorText";
import { Part, figure, join, joinWith, missing, plain, sectionOf, sentence } from "./parts";
import { SectionBody, SectionInput } from "./types";
import { columnRange, indicatorRange, textOr, totalLocation } from "./values";

export function goalsAchieved(input: SectionInput): SectionBody {
  const info = input.model.info;
  return sectionOf([
    "（一）总体完成情况",
    textOr(info.achievement, "绩效目标完成情况", info.missingAt.achievement),
    "（二）绩效指标完成情况",
    ...indicatorParagraphs(input),
    "（三）自评结论",
    conclusion(input),
  ]);
}

interface Group<T> {
  key: string;
  items: T[];
}

/** Items grouped by a key, groups in the order their keys first appear. */
function groupsOf<T>(items: T[], keyOf: (item: T) => string): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, grouped]) => ({ key, items: grouped }));
}

function indicatorParagraphs({ model, scoring, settings, year, wording, budget }: SectionInput): Part[] {
  const table = model.indicators;
  if (!table || scoring.scores.length === 0) {
    return [missing("绩效指标", { sheet: model.sheetNames.indicators ?? SHEETS.indicators[0], cell: "A1" })];
  }
  const ctx: IndicatorContext = { model, table, settings, executionRate: budget.executionRate };
  const count = figure(`${table.indicators.length}项`, indicatorRange(table), "指标行数");
  const intro = sentence`${wording.subject}${year}年度共设置绩效指标${count}，完成情况如下：`;
  const groups = groupsOf(scoring.scores, (s) => s.indicator.level1);
  if (groups.length === 1 && groups[0].key === "") return [intro, groupText(ctx, groups[0])];
  return [intro, ...groups.map((g, n) => join([`${n + 1}.${g.key || "其他指标"}。`, groupText(ctx, g)]))];
}

/** A 一级 group's sentences by 二级指标: 数量指标方面，A目标…；B目标…。质量指标方面，…。 */
/** Indicators told one by one in each 二级 group of 三; a larger group refers the rest to the table. */
export const SENTENCES_PER_GROUP = 30;

function groupText(ctx: IndicatorContext, group: Group<IndicatorScore>): Part {
  const byLevel2 = groupsOf(group.items, (s) => s.indicator.level2);
  return join(
    byLevel2.flatMap((g) => [
      g.key && g.key !== group.key ? `${g.key}方面，` : "",
      joinWith(
        g.items.slice(0, SENTENCES_PER_GROUP).map((s) => indicatorSentence(ctx, s)),
        "；",
      ),
      // A report tells, it does not copy the table: past SENTENCES_PER_GROUP the rest are referred to it.
      g.items.length > SENTENCES_PER_GROUP ? `；另有${g.items.length - SENTENCES_PER_GROUP}项指标的完成情况详见${ctx.table.sheet}` : "",
      "。",
    ]),
  );
}

function conclusion({ model, scoring, year, wording }: SectionInput): Part {
  const table = model.indicators;
  const lead = `经自评，${wording.subject}${year}年度部门整体支出绩效自评得分为`;
  if (!table || scoring.total === null || scoring.grade === null) {
    const at = { sheet: table?.sheet ?? SHEETS.indicators[0], cell: "A1" };
    return sentence`${lead}${missing("自评得分与评价等级（请先更正评分中的错误）", at)}。`;
  }
  const marked = table.indicators.find((i) => i.illustrative);
  if (marked) {
    // A score built on made-up values is no fact either.
    const at = { sheet: table.sheet, cell: marked.cells.note ?? marked.cells.name ?? "A1" };
    return sentence`${lead}${missing("自评得分与评价等级（分值或完成值含示例值）", at)}。`;
  }
  const total = figure(`${fixed(scoring.total, 2)}分`, totalLocation(table), "得分之和");
  return join([
    sentence`${lead}${total}，评价等级为“${scoring.grade}”。`,
    subtotals(table, scoring),
    judgement(wording.subject, scoring.grade),
  ]);
}

/** 其中，产出指标得分45.00分（分值50.00分），…: by 一级指标, when the table has more than one. */
function subtotals(table: IndicatorTable, scoring: ScoreResult): Part {
  const groups = groupsOf(scoring.scores, (s) => s.indicator.level1);
  if (groups.length < 2 || groups.some((g) => g.key === "")) return plain("");
  const parts = groups.map(({ key, items }) => {
    const rows = items.map((s) => s.indicator.row);
    const score = sum(items.map((s) => s.score!));
    const weight = sum(items.map((s) => s.indicator.weight!));
    const scored = figure(`${fixed(score, 2)}分`, columnRange(table, table.columns.score, rows), "得分之和");
    const weighed = figure(`${fixed(weight, 2)}分`, columnRange(table, table.columns.weight, rows), "分值之和");
    return sentence`${key}得分${scored}（分值${weighed}）`;
  });
  return join(["其中，", joinWith(parts, "，"), "。"]);
}

/** What the grade says of the year, in the seed's words for 优. */
function judgement(subject: string, grade: Grade): string {
  const lead = `从整体情况来看，${subject}支出`;
  switch (grade) {
    case "优":
      return `${lead}达到了部门绩效管理目标，预算绩效管理工作水平有所提升，合理实现了财政资金使用效率，保障了单位履行职能。`;
    case "良":
      return `${lead}基本达到了部门绩效管理目标，但部分指标完成情况与年度目标仍有差距，预算绩效管理工作有待进一步加强。`;
    case "中":
      return `${lead}部分达到了部门绩效管理目标，预算执行和绩效目标完成方面存在明显差距，需认真分析原因、加以改进。`;
    case "差":
      return `${lead}未达到部门绩效管理目标，需全面查找原因、切实整改。`;
  }
}
