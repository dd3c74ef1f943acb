import Big from "big.js";
import { Amount, BudgetModel } from "../../src/core/model";
import {
  ROUNDING_TOLERANCE,
  dec,
  executionRate,
  fixed,
  formatAmount,
  formatPercent,
  parsedText,
  parsedValue,
  round2,
  roundDown,
  share,
  toNumber,
  withinTolerance,
} from "../../src/core/numbers";
import { parseNumberCell } from "../../src/core/parse";

describe("the core's big.js is its own", () => {
  test("importing the numbers module leaves the global Big's settings as they were", () => {
    jest.isolateModules(() => {
      // A fresh registry: this big.js is the one the freshly required core will import.
      const FreshBig = jest.requireActual<typeof Big>("big.js");
      expect([FreshBig.DP, FreshBig.RM]).toEqual([20, 1]); // big.js's defaults
      FreshBig.DP = 3;
      FreshBig.RM = FreshBig.roundDown;
      jest.requireActual("../../src/core/numbers");
      expect([FreshBig.DP, FreshBig.RM]).toEqual([3, 0]);
    });
  });

  test("settings another program gives the global Big change nothing here", () => {
    const [dp, rm] = [Big.DP, Big.RM];
    try {
      Big.DP = 0;
      Big.RM = Big.roundDown;
      expect(dec(1).div(3).toString()).toBe("0.33333333333333333333");
      expect(dec(2).div(3).round(2).toString()).toBe("0.67");
    } finally {
      Big.DP = dp;
      Big.RM = rm;
    }
  });
});

describe("rounding by name", () => {
  test("half up to 2 places, exactly: 2.675 is 2.68 (binary floating point says 2.67)", () => {
    expect((2.675).toFixed(2)).toBe("2.67");
    expect(round2(dec("2.675")).toString()).toBe("2.68");
    expect(round2(dec("-2.675")).toString()).toBe("-2.68");
    expect(fixed(dec("78.3125"), 2)).toBe("78.31");
    expect(toNumber(dec("0.125"), 2)).toBe(0.13);
  });
  test("down keeps a value under a bound: 7.999 is 7.99", () => {
    expect(roundDown(dec("7.999"), 2).toString()).toBe("7.99");
  });
});

describe("figures as text", () => {
  test("amounts with 2 decimals and the unit; percentages with 2 decimals", () => {
    expect(formatAmount(dec("2513.05"), "万元")).toBe("2513.05万元");
    expect(formatAmount(dec(10), "元")).toBe("10.00元");
    expect(formatPercent(dec("78.3125"))).toBe("78.31%");
  });
  test("a parsed cell: a number as entered with its unit, text as written, nothing for empty or error", () => {
    expect(parsedText(parseNumberCell(120), "个")).toBe("120个");
    expect(parsedText(parseNumberCell(120))).toBe("120");
    expect(parsedText(parseNumberCell("95%"))).toBe("95%");
    expect(parsedText(parseNumberCell(0.95, "0%"), "%")).toBe("95%");
    expect(parsedText(parseNumberCell("160个"), "个")).toBe("160个");
    expect(parsedText(parseNumberCell("建立"))).toBe("建立");
    expect(parsedText(parseNumberCell(null))).toBeUndefined();
    expect(parsedText(parseNumberCell({ error: "#N/A" }))).toBeUndefined();
  });
  test("a parsed cell for JSON: numbers as numbers, percentages in points, text and errors as text, nothing as null", () => {
    expect(parsedValue(parseNumberCell("2,513.05"))).toBe(2513.05);
    expect(parsedValue(parseNumberCell(0.95, "0%"))).toBe(95);
    expect(parsedValue(parseNumberCell("建立"))).toBe("建立");
    expect(parsedValue(parseNumberCell({ error: "#N/A" }))).toBe("#N/A");
    expect(parsedValue(parseNumberCell(null))).toBeNull();
  });
});

describe("the 0.01 tolerance", () => {
  test("a difference of 0.01 is rounding; more is not", () => {
    expect(ROUNDING_TOLERANCE.toString()).toBe("0.01");
    expect(withinTolerance(dec("100.01"), 100)).toBe(true);
    expect(withinTolerance(dec("99.99"), dec(100))).toBe(true);
    expect(withinTolerance(dec("100.011"), 100)).toBe(false);
  });
});

describe("shares and the execution rate", () => {
  const amount = (value: number, cell: string): Amount => ({ sheet: "支出决算", cell, value: dec(value), text: String(value) });
  const model = (fields: BudgetModel["spending"]["fields"]) => ({ spending: { fields } }) as BudgetModel;

  test("part ÷ whole × 100, exact; nothing when either is missing or the whole is 0", () => {
    expect(share(amount(405.87, "B4"), amount(518.31, "B3"))!.toFixed(4)).toBe("78.3064");
    expect(share(amount(1, "B4"), amount(0, "B3"))).toBeUndefined();
    expect(share(undefined, amount(1, "B3"))).toBeUndefined();
  });
  test("决算支出合计 ÷ 全年预算数, once for everyone", () => {
    expect(executionRate(model({ total: amount(1500, "B2"), budget: amount(1600, "B8") }))!.toString()).toBe("93.75");
    expect(executionRate(model({ total: amount(1500, "B2"), budget: amount(0, "B8") }))).toBeUndefined();
    expect(executionRate(model({ total: amount(1500, "B2") }))).toBeUndefined();
  });
});
