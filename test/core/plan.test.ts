import { parseA1 } from "../../src/core/address";
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { GRADE_PENDING, TOTAL_PENDING } from "../../src/core/plan";
import { renderMessage } from "../../src/i18n";
import { paramsOf } from "../helpers/findings";
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
  test("no 得分 column (#11): the tool's own 得分 and 评分说明 columns right of the table, and a warning saying so", () => {
    const rows = [ROW("A", 100).slice(0, 8)];
    const e = evaluate(validWorkbook({ indicators: sheet("绩效指标", [HEADER.slice(0, 8), ...rows]) }));
    const w = Object.fromEntries(e.writes.map((x) => [x.cell, x.value]));
    // Columns A–H are the form's and stay as they are; I and J are the tool's, headed so that a re-run reads them.
    expect(w).toEqual({ I1: "得分", J1: "评分说明", I2: 100, J2: expect.stringContaining("得满分"), A3: "自评总分", I3: 100, A4: "评价等级", I4: "优" });
    expect(e.findings.filter((f) => f.code === "SCORE_COLUMN_ADDED").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["绩效指标!I1"]);
    expect(e.findings.filter((f) => f.code === "MISSING_COLUMN")).toEqual([]);
    // A re-run reads the added columns as the table's own: the same cells and values, and no second pair of columns.
    const filled = sheet("绩效指标", [HEADER.slice(0, 8), ...rows]);
    for (const x of e.writes) {
      const { row, col } = parseA1(x.cell);
      (filled.values[row] ??= [])[col] = x.value;
    }
    const again = evaluate(validWorkbook({ indicators: filled }));
    const scores = Object.fromEntries(Object.entries(w).filter(([cell]) => cell !== "I1" && cell !== "J1"));
    expect(Object.fromEntries(again.writes.map((x) => [x.cell, x.value]))).toEqual(scores);
    expect(again.findings.filter((f) => f.code === "SCORE_COLUMN_ADDED")).toEqual([]);
  });

  test("no 得分 column: the added columns skip cells the user has filled right of the table", () => {
    const s = sheet("绩效指标", [[...HEADER.slice(0, 8), null, "备注"], [...ROW("A", 100).slice(0, 8), null, "用户备注"]]);
    const e = evaluate(validWorkbook({ indicators: s }));
    const cells = e.writes.map((x) => x.cell);
    expect(cells).toEqual(expect.arrayContaining(["K1", "L1", "K2", "L2"]));
    expect(cells.filter((c) => /^[A-J]\d+$/.test(c) && !["A3", "A4"].includes(c))).toEqual([]);
  });
});

/** The indicator sheet with these A1 cells holding formulas (their values are the formulas' results). */
function evaluateWithFormulas(rows: CellValue[][], formulaCells: string[], header = HEADER) {
  const s = sheet("绩效指标", [header, ...rows]);
  s.formulas = [];
  for (const cell of formulaCells) {
    const { row, col } = parseA1(cell);
    (s.formulas[row] ??= [])[col] = true;
  }
  const e = evaluate(validWorkbook({ indicators: s }));
  return { e, w: Object.fromEntries(e.writes.map((x) => [x.cell, x.value])), kept: e.findings.filter((f) => f.code === "FORMULA_CELL_KEPT") };
}

describe("a user's formula is never a free cell, whatever it shows", () => {
  test("a formula showing \"\" below the table: the total and grade go further down", () => {
    const { w } = evaluateWithFormulas([ROW("A", 100), [null, null, null, null, null, null, null, null, ""]], ["I3"]);
    expect(w).toEqual({ I2: 100, A4: "自评总分", I4: 100, A5: "评价等级", I5: "优" });
  });
  test("a formula showing \"\" beside the total: the grade goes to the next free cell", () => {
    const { w } = evaluateWithFormulas([ROW("A", 100), ["合计", null, null, null, null, null, null, 100, null, ""]], ["J3"]);
    expect(w).toEqual({ I2: 100, I3: 100, K3: "评价等级：优" });
  });
  test("…also where the 评分说明 cell of the total row holds one", () => {
    const { w } = evaluateWithFormulas(
      [
        [...ROW("A", 100), null],
        ["合计", null, null, null, null, null, null, 100, null, "", ""],
      ],
      ["J3", "K3"],
      [...HEADER, "评分说明"],
    );
    expect(w).toMatchObject({ I2: 100, I3: 100, L3: "评价等级：优" });
    expect(w).not.toHaveProperty("K3");
  });
  test("a 得分 formula is kept: a warning gives the rule's score and the formula's value, none when they agree", () => {
    const differs = evaluateWithFormulas([["产出指标", "数量指标", "A", "≥", 2, "个", 1, 100, 60, null]], ["I2"]);
    expect(differs.w).not.toHaveProperty("I2");
    expect(differs.w).toMatchObject({ A3: "自评总分", I3: 50 });
    expect(differs.kept).toEqual([
      { severity: "warning", code: "FORMULA_CELL_KEPT", sheet: "绩效指标", cell: "I2", params: { wanted: "50.00", shown: "60" } },
    ]);
    expect(differs.e.findings.map((f) => f.code)).not.toContain("ENTERED_SCORE_DIFFERS");
    const agrees = evaluateWithFormulas([["产出指标", "数量指标", "A", "≥", 2, "个", 1, 100, 50.004, null]], ["I2"]);
    expect(agrees.w).not.toHaveProperty("I2");
    expect(agrees.kept).toEqual([]);
  });
  test("a formula showing \"\" in 得分 or 评分说明 is kept and named", () => {
    const { w, kept } = evaluateWithFormulas([[...ROW("A", 100), ""]], ["I2", "K2"], [...HEADER, "评分说明"]);
    expect(w).not.toHaveProperty("I2");
    expect(w).not.toHaveProperty("K2");
    // The finding says the formula shows nothing (""); the message says so in words.
    expect(kept.map((f) => [f.cell, paramsOf(f, "FORMULA_CELL_KEPT").shown])).toEqual([
      ["I2", ""],
      ["K2", ""],
    ]);
    expect(kept.map((f) => renderMessage(f, "zh-CN"))).toEqual([
      "此单元格含公式，未改写：按规则应为“100.00”，公式结果为“（空）”",
      expect.stringMatching(/^此单元格含公式，未改写：按规则应为“.+”，公式结果为“（空）”$/),
    ]);
  });
  test("the total row's =SUM is kept; the grade is still written", () => {
    const { w, kept } = evaluateWithFormulas([ROW("A", 60), ROW("B", 40), ["合计", null, null, null, null, null, null, 100, 0, null]], ["I4"]);
    // The grade beside the form, past its last column (J, 偏差原因), never in one of its cells (#11).
    expect(w).toEqual({ I2: 60, I3: 40, K4: "评价等级：优" });
    expect(kept.map((f) => [f.cell, f.params.wanted, f.params.shown])).toEqual([["I4", "100.00", "0"]]);
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
