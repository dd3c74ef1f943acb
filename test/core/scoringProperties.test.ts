/** Properties of scoring over random indicator tables that use every method (issue #12). */
import fc from "fast-check";
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { sum } from "../../src/core/numbers";
import { HEADER, INFO, SPENDING, sheet, workbook } from "../helpers/grid";

const H = [...HEADER, "评分说明", "评分标准", "得分系数"];

const number = fc.oneof(
  fc.integer({ min: -50, max: 300 }),
  fc.integer({ min: -10, max: -1 }),
  fc.double({ min: -10, max: 300, noNaN: true }).map((d) => Math.round(d * 100) / 100),
);
const values = fc.oneof(
  number,
  fc.constantFrom<CellValue>("95%", "≥95%", "100%", "2020年12月", "≤2020年11月", "年底前", "12月底", "2021年2月", "2020-06-30"),
  fc.constantFrom<CellValue>("达成", "部分达成", "未达成", "高", "好", "否", "基本健全", "进行中", "按时完成", "完成", null),
);
const standards = fc.constantFrom<CellValue>(
  null,
  "≥95%得满分，90%-95%得80%，低于90%不得分",
  "达到95%得满分，每降低1个百分点扣1分，扣完为止",
  "≤100%，计1分；每超过一个百分点扣0.1分，扣完为止",
  "完成得满分，未完成不得分",
  "达成得满分，部分达成得60%，未达成不得分",
  "按时完成得满分，每延迟1个月扣2分，最多扣4分",
  "按完成比例计算得分",
  "≥95%得12分",
  "由评价小组综合评定",
);
/** Weights of up to 2 decimals, as forms write them. */
const weight = fc.oneof(
  fc.integer({ min: 0, max: 80 }).map((n) => n / 2),
  fc.integer({ min: 0, max: 4000 }).map((n) => n / 100),
);

const row = fc.record({
  level1: fc.constantFrom("产出指标", "效益指标（30分）", "满意度指标", "", "预算执行率"),
  level2: fc.constantFrom("数量指标", "时效指标", "质量指标"),
  name: fc.constantFrom("A", "B", "预算执行率", "完成时间"),
  cmp: fc.constantFrom<CellValue>("≥", ">", "=", "≤", "<", "定性", null),
  target: values,
  unit: fc.constantFrom<CellValue>("个", "%", "万元", "月", null),
  actual: values,
  weight,
  score: fc.oneof(fc.constant<CellValue>(null), number),
  standard: standards,
  coefficient: fc.oneof(fc.constant<CellValue>(null), fc.constantFrom<CellValue>(80, "90%", 0.5, 150)),
});

const settings = fc.record({
  reverse: fc.constantFrom("线性", "比例"),
  cut: fc.constantFrom("是", "否"),
  decimals: fc.constantFrom(1, 2),
  late: fc.constantFrom("100%", "20%"),
});

const workbooks = fc.tuple(fc.array(row, { minLength: 1, maxLength: 8 }), settings).map(([rows, s]) =>
  workbook(
    INFO(),
    sheet("支出决算", [...SPENDING().values, ["全年预算数", 2600], ["年初预算数", 2400]]),
    sheet("绩效指标", [
      H,
      ...rows.map((r) => [
        r.level1,
        r.level2,
        r.name,
        r.cmp,
        r.target,
        r.unit,
        r.actual,
        r.weight,
        r.score,
        "r",
        null,
        r.standard,
        r.coefficient,
      ]),
    ]),
    sheet("评分设置", [
      ["反向指标计分方式", s.reverse],
      ["偏离度调减", s.cut],
      ["得分小数位数", s.decimals],
      ["时效逾期每月扣分比例", s.late],
    ]),
  ),
);

describe("scoring properties", () => {
  test("every score lies between 0 and its weight", () => {
    fc.assert(
      fc.property(workbooks, (grid) => {
        for (const s of evaluate(grid).scoring.scores) {
          if (s.score === null) continue;
          expect(s.score.gte(0)).toBe(true);
          expect(s.score.lte(s.indicator.weight!)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("the total equals the sum of the subtotals, and their weights the sum of the weights", () => {
    fc.assert(
      fc.property(workbooks, (grid) => {
        const { scoring } = evaluate(grid);
        const weights = sum(scoring.scores.map((s) => s.indicator.weight!));
        expect(sum(scoring.subtotals.map((s) => s.weight)).eq(weights)).toBe(true);
        if (scoring.total === null) return;
        expect(scoring.total.eq(sum(scoring.subtotals.map((s) => s.score!)))).toBe(true);
        expect(scoring.total.eq(sum(scoring.scores.map((s) => s.score!)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
