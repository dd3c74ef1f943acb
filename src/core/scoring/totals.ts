/**
 * Subtotals by 一级指标, the total and the grade (docs/scoring-rules.md §6). A 一级指标 may state its weight
 * (产出指标（50分）); its indicators' weights must then add up to it.
 */
import { Decimal, ZERO, dec, sum, withinTolerance } from "../numbers";
import { ScoreContext } from "./context";
import { Grade, IndicatorScore, Subtotal } from "./types";

/** ≥90 优, ≥80 良, ≥60 中, else 差 (so 89.99 is 良). */
export function gradeOf(total: Decimal): Grade {
  if (total.gte(90)) return "优";
  if (total.gte(80)) return "良";
  if (total.gte(60)) return "中";
  return "差";
}

const STATED_WEIGHT = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/;

/** The 一级指标 of a scored row, without its stated weight; a blank one is 预算执行率 for that row, else 未分类. */
function categoryOf(s: IndicatorScore): { name: string; stated?: Decimal } {
  const text = s.indicator.level1.trim();
  const m = STATED_WEIGHT.exec(text);
  const name = (m ? text.slice(0, m.index) : text).trim() || (s.indicator.isExecutionRate ? "预算执行率" : "未分类");
  return m ? { name, stated: dec(m[1]) } : { name };
}

/** The subtotals in the order their 一级指标 first appear, with a warning where a stated weight is not met. */
export function subtotalsOf(ctx: ScoreContext, scores: IndicatorScore[]): Subtotal[] {
  const groups = new Map<string, { subtotal: Subtotal; first: IndicatorScore; scores: (Decimal | null)[] }>();
  for (const s of scores) {
    const { name, stated } = categoryOf(s);
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { subtotal: { name, weight: ZERO, statedWeight: stated, score: null, count: 0 }, first: s, scores: [] }));
    g.subtotal.weight = g.subtotal.weight.plus(s.indicator.weight ?? ZERO);
    g.subtotal.count++;
    g.scores.push(s.score);
  }
  return [...groups.values()].map(({ subtotal, first, scores: list }) => {
    const complete = list.every((x) => x !== null);
    const stated = subtotal.statedWeight;
    if (stated !== undefined && !withinTolerance(stated, subtotal.weight)) {
      const i = first.indicator;
      ctx.add("warning", "CATEGORY_WEIGHT_MISMATCH", i.cells.level1, i, {
        category: subtotal.name,
        stated: stated.toString(),
        sum: subtotal.weight.toString(),
      });
    }
    return { ...subtotal, score: complete ? sum(list as Decimal[]) : null };
  });
}
