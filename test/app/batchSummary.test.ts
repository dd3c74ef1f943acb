import { enteredTotal, executionRate, fileSummary, unreadableSummary } from "../../src/app/batchSummary";
import { WorkbookPort, reviewWorkbook } from "../../src/app";
import { evaluate } from "../../src/core/evaluate";
import { CellValue, WorkbookGrid } from "../../src/core/grid";
import { INDICATORS, SPENDING, sheet, validWorkbook } from "../helpers/grid";

const RATE_ROW: CellValue[] = ["预算执行", "预算执行率", "预算执行率", "≥", "100%", "%", "98.5%", 50, null, null];
const COUNT_ROW: CellValue[] = ["产出指标", "数量指标", "招引项目数", "≥", 120, "个", 96, 50, null, "原因"];
/** 50 × 98.5 % = 49.25 and 50 × 96 ÷ 120 = 40: 89.25, 良. */
const COMPUTED = 89.25;

function withTotalRow(entered: CellValue): WorkbookGrid {
  return validWorkbook({ indicators: INDICATORS([RATE_ROW, COUNT_ROW, ["合计", null, null, null, null, null, null, 100, entered, null]]) });
}

/** The port as a use case sees it: the snapshot of a grid, nothing written. */
const port = (grid: WorkbookGrid): WorkbookPort => ({
  read: async () => ({ grid, sheetNames: grid.sheets.map((s) => s.name), ownedSheets: [] }),
  apply: async () => {
    throw new Error("a review writes nothing");
  },
  restore: async () => {
    throw new Error("a review writes nothing");
  },
});

describe("the batch summary's rows", () => {
  test("a form with its own 合计 row: the entered total as read, and computed − entered", async () => {
    const { summary } = await reviewWorkbook("a/b.xlsx", port(withTotalRow(92)));
    expect(summary).toEqual({
      file: "a/b.xlsx",
      department: "测试局",
      year: 2020,
      unit: "万元",
      total: 2513.05,
      basic: 518.31,
      project: 1994.74,
      executionRate: 98.5,
      score: COMPUTED,
      grade: "良",
      errors: 0,
      warnings: summary.warnings,
      enteredTotal: 92,
      difference: -2.75,
      unreadable: null,
    });
  });

  test("the entered total is exact in decimals and read before scoring", () => {
    const grid = withTotalRow(89.26);
    const e = evaluate(grid);
    expect(e.writes.some((w) => w.value === COMPUTED)).toBe(true);
    expect(enteredTotal(grid, e.model.indicators)?.toString()).toBe("89.26");
    expect(fileSummary("f", e, enteredTotal(grid, e.model.indicators)).difference).toBe(-0.01);
  });

  test("no total row, or one whose score cell holds no number: no entered total and no difference", () => {
    for (const grid of [validWorkbook({ indicators: INDICATORS([RATE_ROW, COUNT_ROW]) }), withTotalRow("待补正"), withTotalRow(null)]) {
      const e = evaluate(grid);
      const row = fileSummary("f", e, enteredTotal(grid, e.model.indicators));
      expect(row).toMatchObject({ score: COMPUTED, enteredTotal: null, difference: null });
    }
  });

  test("the execution rate: as the 预算执行率 indicator was scored, else 决算支出合计 ÷ 全年预算数, else none", () => {
    expect(executionRate(evaluate(withTotalRow(null)))).toBe(98.5);
    const budget = sheet("支出决算", [...SPENDING().values, ["全年预算数", 2600]]);
    expect(executionRate(evaluate(validWorkbook({ spending: budget })))).toBe(96.66); // 2513.05 ÷ 2600 = 96.655…
    expect(executionRate(evaluate(validWorkbook({ spending: budget, indicators: INDICATORS([RATE_ROW, COUNT_ROW]) })))).toBe(98.5);
    expect(executionRate(evaluate(validWorkbook()))).toBeNull();
  });

  test("the rate as scored (#12): a blank 预算执行率 row on 年初预算数 alone, where 决算支出合计 ÷ 全年预算数 gives none", () => {
    const blankRate = [...RATE_ROW];
    blankRate[6] = null;
    const initialOnly = sheet("支出决算", [...SPENDING().values, ["年初预算数", 2600]]);
    const e = evaluate(validWorkbook({ spending: initialOnly, indicators: INDICATORS([blankRate, COUNT_ROW]) }));
    expect(e.spending.executionRate).toBeNull();
    expect(e.scoring.executionRate).toMatchObject({ source: "computed", denominator: "initial" });
    expect(executionRate(e)).toBe(96.66); // 2513.05 ÷ 2600
  });

  test("counts and findings agree; each finding carries its file, and no words", async () => {
    const broken = validWorkbook({ indicators: INDICATORS([COUNT_ROW]) }); // weights total 50, not 100
    const review = await reviewWorkbook("x.xlsx", port(broken));
    // The total is still summed; the grade is withheld until the weights total 100.
    expect(review.summary).toMatchObject({ errors: 1, score: 40, grade: null });
    const errors = review.findings.filter((f) => f.finding.severity === "error");
    expect(errors).toEqual([{ file: "x.xlsx", finding: expect.objectContaining({ sheet: "绩效指标", code: "WEIGHT_SUM" }) }]);
    expect(review.findings).toHaveLength(review.summary.errors! + review.summary.warnings!);
    expect(review.findings.every((f) => f.file === "x.xlsx" && !("message" in f.finding))).toBe(true);
  });

  test("an unreadable file: its name and why, every figure empty", () => {
    const row = unreadableSummary("bad.xlsx", "无法读取");
    expect(row.file).toBe("bad.xlsx");
    expect(row.unreadable).toBe("无法读取");
    const figures = Object.entries(row).filter(([k]) => k !== "file" && k !== "unreadable");
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.filter(([, v]) => v !== null)).toEqual([]);
    expect(Object.keys(row)).toEqual(Object.keys(unreadableSummary("x", "y")));
  });
});
