/**
 * Hostile cells through the whole core (issue #14): numbers no budget holds and texts built to make regular
 * expressions work in quadratic time. Each must end as findings on its cell, in bounded time.
 */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { normalizeHeader } from "../../src/core/text";
import { HEADER, INFO, sheet, workbook } from "../helpers/grid";

const where = (fs: { code: string; sheet: string; cell: string }[]) => fs.map((f) => `${f.code} ${f.sheet}!${f.cell}`);

function hostileWorkbook(indicatorRows: CellValue[][], spendingRows?: CellValue[][]) {
  const spending = sheet(
    "支出决算",
    spendingRows ?? [
      ["决算支出合计", 2513.05],
      ["基本支出", 518.31],
      ["项目支出", 1994.74],
    ],
  );
  return workbook(INFO(), spending, sheet("绩效指标", [HEADER, ...indicatorRows]));
}

describe("numbers no budget holds", () => {
  test("as amount, target, actual and weight: NOT_A_NUMBER on each cell, nothing huge written, in bounded time", () => {
    const start = performance.now();
    const e = evaluate(
      hostileWorkbook(
        [
          ["产出指标", "数量指标", "甲", "≥", "1e-999999999", "个", 160, 20],
          [null, null, "乙", "≥", 120, "个", "1e999999999", 20],
          [null, null, "丙", "≥", 120, "个", 100, "９".repeat(100000)],
          [null, null, "丁", "≤", 40, "万元", 44, 1e300],
          [null, null, "预算执行率", "≥", "100%", "%", "1e-999999999%", 20],
          [null, null, "戊", "≥", "1e999999999", "个", "1e-999999999", "1e999999999"],
        ],
        [
          ["决算支出合计", "1e999999999"],
          ["基本支出", "1e-999999999"],
          ["人员支出", -1e308],
          ["项目支出", `${"9".repeat(100000)}万元`],
        ],
      ),
    );
    const notNumbers = where(e.findings.filter((f) => f.code === "NOT_A_NUMBER"));
    expect(notNumbers.sort()).toEqual(
      [
        "支出决算!B1",
        "支出决算!B2",
        "支出决算!B3",
        "支出决算!B4",
        "绩效指标!E2",
        "绩效指标!G3",
        "绩效指标!H4",
        "绩效指标!H5",
        "绩效指标!G6",
        "绩效指标!H7",
      ]
        .map((c) => `NOT_A_NUMBER ${c}`)
        .sort(),
    );
    const scores = e.scoring.scores.map((s) => s.score?.toString() ?? null);
    expect(scores).toEqual([null, null, null, null, null, null]);
    const written = [...e.writes.map((w) => String(w.value)), ...e.reportSheet.rows.map((r) => r.text)];
    expect(Math.max(...written.map((t) => t.length))).toBeLessThan(1000);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe("texts that made regular expressions quadratic", () => {
  test("long runs of colons, commas and spaces in a comparison, a reason and a unit are read in bounded time", () => {
    const run = 200000;
    const start = performance.now();
    const e = evaluate(
      hostileWorkbook([
        ["产出指标", "数量指标", "甲", `≥${"：".repeat(run)}x`, 120, "个", 100, 50, null, `原因${"，".repeat(run)}x`],
        [null, null, "乙", "≥", 120, `个${" ".repeat(run)}x `, 100, 50, null, `原因${"，".repeat(run)}。`],
      ]),
    );
    expect(where(e.findings).slice(0, 1)).toEqual(["UNKNOWN_COMPARISON 绩效指标!D2"]);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe("the forms' header notes", () => {
  test("a label of 150,000 characters of notes in brackets ((a)(a)…) is read in bounded time", () => {
    const notes = "(a)".repeat(50000);
    const form = sheet("自评表", [
      ["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "得分"],
      ["年度资金总额", 100, 100, 96, 10, null],
      [`其他资金${notes}`, 10, 10, 9, null, null],
      [],
      [...HEADER],
      ["产出指标", "数量指标", "A", "≥", 1, "个", 1, 90, null, null],
    ]);
    const start = performance.now();
    const e = evaluate(workbook(form));
    expect(e.model.funds?.rows.map((r) => r.kind)).toEqual(["total", "other"]);
    expect(normalizeHeader(`分值${notes}(10分)`)).toBe("分值");
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
