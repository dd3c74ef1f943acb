/**
 * One reading of percentages for every path: the model, the score, its explanation and the report all see
 * the same number (docs/workbook-format.md, "How values are read").
 */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { HEADER, sheet, validWorkbook } from "../helpers/grid";

/** One indicator row [name, comparison, target, unit, actual, weight] (a filler makes the weights 100). */
function run(row: CellValue[], formats: Record<string, string> = {}) {
  const [name, comparison, target, unit, actual, weight] = row;
  const rows: CellValue[][] = [
    ["产出指标", "质量指标", name, comparison, target, unit, actual, weight, null, "原因"],
    ["产出指标", "数量指标", "filler", "≥", 1, "个", 1, 100 - (weight as number), null, null],
  ];
  const e = evaluate(validWorkbook({ indicators: sheet("绩效指标", [HEADER, ...rows], formats) }));
  const s = e.scoring.scores[0];
  const value = (p: (typeof s.indicator)["actual"]) => (p.kind === "number" ? `${p.value.toString()}${p.percent ? "%" : ""}` : p.kind);
  return {
    target: value(s.indicator.target),
    actual: value(s.indicator.actual),
    score: s.score?.toFixed(2),
    explanation: s.explanation,
    rate: s.rate?.toString(),
    report: JSON.stringify(e.report.sections),
    codes: e.findings.map((f) => `${f.code}@${f.cell}`),
    fraction: e.findings.find((f) => f.code === "PERCENT_AS_FRACTION"),
  };
}

describe("a fraction typed in a % row", () => {
  test("0.96 against a target of 95 in a % row is 96 %: in the model, the score, the explanation and the report", () => {
    const r = run(["合格率", "≥", 95, "%", 0.96, 10]);
    expect([r.target, r.actual]).toEqual(["95", "96%"]);
    expect(r.score).toBe("10.00");
    expect(r.explanation).toBe("实际96% ≥ 目标95%，得满分10.00");
    expect(r.report).toContain("合格率目标不低于95%，实际完成96%");
    expect(r.report).not.toContain("0.96%");
    expect(r.codes).toEqual(["PERCENT_AS_FRACTION@G2"]);
    expect(r.fraction).toMatchObject({ severity: "warning", sheet: "绩效指标", params: { name: "合格率", text: "0.96", points: "96" } });
  });

  test("the 预算执行率 row reads the same numbers the same way", () => {
    const r = run(["预算执行率", "≥", 95, "%", 0.96, 10]);
    expect([r.target, r.actual, r.rate]).toEqual(["95", "96%", "96"]);
    expect(r.score).toBe("9.60");
    // The rate the score used, as every section cites it: 2 decimals, never 96% beside 96.00%.
    expect(r.report).toContain("预算执行率目标不低于95.00%，实际为96.00%。");
    expect(r.report).toContain("预算执行率96.00%。");
    expect(r.report).not.toMatch(/[^.\d]96%/);
    expect(r.report).not.toContain("0.96%");
    expect(r.codes).toEqual(["PERCENT_AS_FRACTION@G2"]);
  });

  test("a zero against a target in % is 0 % either way: read as points, with no warning (Chongqing 2021: 预算调整率 3% → 0)", () => {
    const r = run(["预算调整率", "≤", "3%", "%", 0, 10]);
    expect([r.target, r.actual, r.score, r.codes]).toEqual(["3%", "0%", "10.00", []]);
  });

  test("a target typed as a fraction against a whole actual: the target is the one read as points", () => {
    const r = run(["合格率", "≥", 0.95, "%", 90, 10]);
    expect([r.target, r.actual]).toEqual(["95%", "90"]);
    expect(r.score).toBe("9.47");
    expect(r.codes).toEqual(["PERCENT_AS_FRACTION@E2"]);
  });
});

describe("what stays as written", () => {
  test("a %-formatted cell is read ×100, with no warning (Excel stores 96% as 0.96)", () => {
    const r = run(["合格率", "≥", 95, "%", 0.96, 10], { G2: "0%" });
    expect([r.actual, r.score, r.codes]).toEqual(["96%", "10.00", []]);
  });

  test("a value written with % is in points, however small", () => {
    const r = run(["合格率", "≥", 95, "%", "0.96%", 10]);
    expect([r.actual, r.score, r.codes]).toEqual(["0.96%", "0.10", []]);
  });

  test("both values small, or both large: as written", () => {
    const small = run(["差错率", "≤", 1, "%", 0.5, 10]);
    expect([small.target, small.actual, small.score, small.codes]).toEqual(["1", "0.5", "10.00", []]);
    const large = run(["合格率", "≥", 95, "%", 90, 10]);
    expect([large.target, large.actual, large.score, large.codes]).toEqual(["95", "90", "9.47", []]);
  });

  test("a row whose unit is not % is never rescaled", () => {
    const r = run(["吨数", "≥", 95, "吨", 0.96, 10]);
    expect([r.actual, r.score, r.codes]).toEqual(["0.96", "0.10", []]);
  });
});
