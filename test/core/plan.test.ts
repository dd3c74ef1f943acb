import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { GRADE_PENDING, TOTAL_PENDING } from "../../src/core/plan";
import { HEADER, sheet, validWorkbook } from "../helpers/grid";

const ROW = (name: string, weight: number): CellValue[] => ["产出指标", "数量指标", name, "≥", 1, "个", 1, weight, null, null];

function plan(rows: CellValue[][], header = HEADER) {
  const e = evaluate(validWorkbook({ indicators: sheet("绩效指标", [header, ...rows]) }));
  return Object.fromEntries(e.writes.map((w) => [w.cell, w.value]));
}

describe("where the scores, total and grade go", () => {
  test("into the table's own 合计 row; the grade into the first free cell right of the score", () => {
    const w = plan([ROW("A", 60), ROW("B", 40), ["合计", null, null, null, null, null, null, 100, null, "备注"]]);
    expect(w).toEqual({ I2: 60, I3: 40, I4: 100, K4: "评价等级：优" });
  });
  test("into the 评分说明 column of the 合计 row when it exists", () => {
    const w = plan(
      [
        [...ROW("A", 100), "old"],
        ["总分", null, null, null, null, null, null, 100, null, null, null],
      ],
      [...HEADER, "评分说明"],
    );
    expect(w).toMatchObject({ I2: 100, K2: "实际1个 ≥ 目标1个，得满分100.00", I3: 100, K3: "评价等级：优" });
  });
  test("without a total row: 自评总分 and 评价等级 right below the table", () => {
    expect(plan([ROW("A", 100)])).toEqual({ I2: 100, A3: "自评总分", I3: 100, A4: "评价等级", I4: "优" });
  });
  test("…but never over the user's cells: further down, where two rows are free", () => {
    const w = plan([ROW("A", 100), [], ["注：本表由财务科填写"], []]);
    expect(w).toEqual({ I2: 100, A5: "自评总分", I5: 100, A6: "评价等级", I6: "优" });
  });
  test("…and where an earlier run put them", () => {
    const w = plan([
      ROW("A", 100),
      [],
      ["注"],
      [],
      ["自评总分", null, null, null, null, null, null, null, 100],
      ["评价等级", null, null, null, null, null, null, null, "优"],
    ]);
    expect(w).toEqual({ I2: 100, A6: "自评总分", I6: 100, A7: "评价等级", I7: "优" });
    const below = plan([
      ROW("A", 100),
      ["自评总分", null, null, null, null, null, null, null, 99],
      ["评价等级", null, null, null, null, null, null, null, "优"],
    ]);
    expect(below).toEqual({ I2: 100, A3: "自评总分", I3: 100, A4: "评价等级", I4: "优" });
  });
  test("an unscored indicator keeps its cell; the total and grade say they are pending", () => {
    const w = plan([["产出指标", "数量指标", "A", "≥", 1, "个", null, 100, 55, null]]);
    expect(w).toEqual({ A3: "自评总分", I3: TOTAL_PENDING, A4: "评价等级", I4: GRADE_PENDING });
  });
  test("no 得分 column: nothing is written", () => {
    expect(plan([ROW("A", 100).slice(0, 8)], HEADER.slice(0, 8))).toEqual({});
  });
});

test("scores kept to one decimal (得分小数位数 1) are written with the format 0.0, else 0.00", () => {
  const formats = (settings: CellValue[][]) => {
    const grid = validWorkbook({ indicators: sheet("绩效指标", [HEADER, ["产出指标", "数量指标", "A", "≥", 3, "个", 2, 100, null, "r"]]) });
    const e = evaluate({ sheets: [...grid.sheets, sheet("评分设置", settings)] });
    return e.writes.filter((w) => typeof w.value === "number").map((w) => `${w.cell}=${w.value} ${w.numberFormat}`);
  };
  expect(formats([["得分小数位数", 1]])).toEqual(["I2=66.7 0.0", "I3=66.7 0.0"]);
  expect(formats([["得分小数位数", 2]])).toEqual(["I2=66.67 0.00", "I3=66.67 0.00"]);
});
