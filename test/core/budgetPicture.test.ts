import { budgetPictureSummary } from "../../src/core/budgetPicture";
import { evaluate } from "../../src/core/evaluate";
import { renderMessage } from "../../src/i18n";
import { CellValue } from "../../src/core/grid";
import { sheet, validWorkbook } from "../helpers/grid";

/** The spending sheet's labels (the seed's figures), then the rows given. */
const LABELS: CellValue[][] = [
  ["决算支出合计", 2513.05],
  ["基本支出", 518.31],
  ["人员支出", 405.87],
  ["公用经费", 112.44],
  ["项目支出", 1994.74],
];

function picture(rows: CellValue[][]) {
  const e = evaluate(validWorkbook({ spending: sheet("支出决算", [...LABELS, [], ...rows]) }));
  const at = (f: { sheet: string; cell: string; code: string; severity: string }) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
  return {
    e,
    p: e.model.budgetPicture!,
    findings: e.findings.filter((f) => f.sheet === "支出决算").map(at),
    summary: budgetPictureSummary(e.model.budgetPicture),
  };
}

/** Illustrative figures in the form of a county department's 2023 funds table (万元). */
const FUNDS: CellValue[][] = [
  ["预算执行情况", "年初预算数", "全年预算数", "决算数"],
  ["合计", 2400, 2600, 2513.05],
  ["基本支出", 500, 520, 518.31],
  ["项目支出", 1900, 2080, 1994.74],
  ["其中：财政拨款", 2300, 2450, 2380.05],
  ["其他资金", 100, 150, 133],
];

describe("the budget picture on 支出决算 (workbook-format.md)", () => {
  test("the funds table: each stage by line, each figure with its cell; the labels' figures are the same amounts", () => {
    const { p, findings, summary } = picture(FUNDS);
    expect(findings).toEqual([]);
    expect(p.funds.initial?.total?.value.toString()).toBe("2400");
    expect(p.funds.adjusted?.fiscal).toMatchObject({ sheet: "支出决算", cell: "C11" });
    expect(p.funds.final?.otherFunds?.value.toString()).toBe("133");
    // 决算 合计 is 决算支出合计's own cell: the label is kept, and the table's equal figure checked against it.
    expect(p.funds.final?.total?.cell).toBe("B1");
    expect(summary.funds.initial.basic).toEqual({ value: 500, sheet: "支出决算", cell: "B9" });
  });

  test("the label/value scan does not read the table's rows as labels", () => {
    const { e } = picture(FUNDS);
    expect(e.model.spending.fields.basic?.cell).toBe("B2");
    expect(e.model.spending.fields.budget).toBeUndefined();
    expect(e.model.spending.fields.initialBudget).toBeUndefined();
  });

  test("identities with the total's cell named: 基本 + 项目 = 合计 and 财政拨款 + 其他 = 合计 for each stage", () => {
    const rows = FUNDS.map((r) => [...r]);
    rows[2][1] = 501; // 年初 基本支出: 501 + 1900 ≠ 2400
    rows[5][2] = 150.01; // 全年 其他资金: 2450 + 150.01 vs 2600 — a rounding difference
    const { findings, e } = picture(rows);
    expect(findings).toEqual(["error BUDGET_IDENTITY_MISMATCH 支出决算!B8", "warning ROUNDING_DIFF 支出决算!C8"]);
    const mismatch = e.findings.find((f) => f.code === "BUDGET_IDENTITY_MISMATCH")!;
    expect(mismatch.params).toMatchObject({
      identity: { kind: "basicProject", stage: "initial" },
      sum: "2401.00",
      total: "2400.00",
      diff: "1.00",
    });
    expect(renderMessage(mismatch, "zh-CN")).toBe("年初预算数：基本支出 + 项目支出 = 合计：2401.00 与 2400.00 相差 1.00");
  });

  test("a table figure that differs from its label is named on the table's cell", () => {
    const rows = FUNDS.map((r) => [...r]);
    rows[1][3] = 2513.5;
    const { findings } = picture(rows);
    expect(findings).toContain("error BUDGET_IDENTITY_MISMATCH 支出决算!D8");
  });

  test("the 三公经费 table: 合计 = its parts, 购置费 + 运行费 = 公务用车购置及运行费", () => {
    const { p, findings } = picture([
      ["三公经费", "预算数", "决算数"],
      ["因公出国（境）费", 0, 0],
      ["公务用车购置及运行费", 12, 10.5],
      ["其中：公务用车购置费", 0, 0],
      ["公务用车运行费", 12, 10.6],
      ["公务接待费", 3, 2.35],
      ["“三公”经费合计", 15, 12.85],
    ]);
    expect(p.threeCosts.final?.reception?.value.toString()).toBe("2.35");
    expect(p.threeCosts.budget?.total?.cell).toBe("B13");
    expect(findings).toEqual(["error BUDGET_IDENTITY_MISMATCH 支出决算!C9"]);
  });

  test("income labels: 财政拨款收入 + 其他收入 = 收入合计; a '/' in a table cell is no figure", () => {
    const { p, findings } = picture([
      ["本年收入合计", 2600],
      ["财政拨款收入", 2450],
      ["其他收入", 140],
      [],
      ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
      ["年度资金总额", 2400, 2600, "/"],
    ]);
    expect(p.income.total?.value.toString()).toBe("2600");
    expect(findings).toEqual(["error BUDGET_IDENTITY_MISMATCH 支出决算!B7"]);
    expect(p.funds.adjusted?.total?.cell).toBe("C12");
    expect(p.funds.final?.total?.cell).toBe("B1");
  });

  test("without the tables the picture holds the labels' figures", () => {
    const e = evaluate(validWorkbook());
    expect(Object.keys(e.model.budgetPicture!.funds)).toEqual(["final"]);
    expect(budgetPictureSummary(e.model.budgetPicture).threeCosts).toEqual({ budget: {}, final: {} });
  });
});
