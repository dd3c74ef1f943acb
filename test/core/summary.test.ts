import { evaluate } from "../../src/core/evaluate";
import { INFO, sheet, workbook } from "../helpers/grid";

const withSpending = (rows: [string, number][]) => evaluate(workbook(INFO(), sheet("支出决算", rows))).spending;

describe("the spending summary", () => {
  test("amounts as numbers; shares and the execution rate in percent with 2 decimals", () => {
    const s = withSpending([
      ["决算支出合计", 1500],
      ["基本支出", 500],
      ["人员支出", 405.87],
      ["公用经费", 94.13],
      ["项目支出", 1000],
      ["全年预算数", 1600],
    ]);
    expect(s).toEqual({
      total: 1500,
      basic: 500,
      personnel: 405.87,
      public: 94.13,
      project: 1000,
      other: null,
      budget: 1600,
      personnelShare: 81.17,
      publicShare: 18.83,
      executionRate: 93.75,
    });
  });

  test("the execution rate is null without a budget, or with a zero one", () => {
    expect(withSpending([["决算支出合计", 1500]]).executionRate).toBeNull();
    expect(withSpending([["决算支出合计", 1500], ["全年预算数", 0]]).executionRate).toBeNull();
    expect(withSpending([["决算支出合计", 2], ["全年预算数", 3]]).executionRate).toBe(66.67);
  });
});
