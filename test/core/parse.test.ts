import { isDateFormat, isPercentFormat, parseDate, parseNumberCell, parseNumberText, parseYear, serialToDate } from "../../src/core/parse";

function num(p: ReturnType<typeof parseNumberCell>) {
  if (p.kind !== "number") throw new Error(`expected a number, got ${JSON.stringify(p)}`);
  return { value: p.value.toString(), unit: p.unit, percent: p.percent, comparison: p.comparison };
}

describe("parseNumberCell: the forms a number arrives in", () => {
  test("a plain number keeps its exact decimal", () => {
    expect(num(parseNumberCell(2513.05))).toEqual({ value: "2513.05", unit: "", percent: false, comparison: undefined });
    expect(num(parseNumberCell(0.1)).value).toBe("0.1");
  });
  test("a %-formatted cell holding 0.95 is 95 percentage points", () => {
    expect(num(parseNumberCell(0.95, "0%"))).toMatchObject({ value: "95", unit: "%", percent: true });
    expect(num(parseNumberCell(0.995, "0.0%")).value).toBe("99.5");
    // A quoted % in a format is a literal, not a percentage format.
    expect(num(parseNumberCell(95, '0"%"')).percent).toBe(false);
  });
  test.each([
    ["2,513.05", "2513.05", ""],
    ["160个", "160", "个"],
    ["95%", "95", "%"],
    ["７７.４", "77.4", ""],
    ["2020年", "2020", "年"],
    ["1,234,567.8万元", "1234567.8", "万元"],
    ["  12.50  ", "12.5", ""],
    ["-3", "-3", ""],
    ["－３", "-3", ""],
    ["(1,234.00)", "-1234", ""],
    ["1.5e3", "1500", ""],
    ["９６个", "96", "个"],
    ["3.5 万人次", "3.5", "万人次"],
  ])("text %s reads as %s with unit %s", (text, value, unit) => {
    expect(num(parseNumberCell(text))).toMatchObject({ value, unit });
  });
  test.each([
    ["≥95%", "≥"],
    [">=95%", "≥"],
    ["≤40", "≤"],
    ["<=40", "≤"],
    ["＞3", ">"],
    ["<3", "<"],
    ["=100%", "="],
  ])("a leading sign in %s is kept as comparison %s", (text, comparison) => {
    expect(num(parseNumberCell(text)).comparison).toBe(comparison);
  });
  test("empty, error and word cells are not numbers", () => {
    expect(parseNumberCell(null).kind).toBe("empty");
    expect(parseNumberCell("  \u3000 ").kind).toBe("empty");
    expect(parseNumberCell({ error: "#DIV/0!" })).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(parseNumberCell("#N/A")).toEqual({ kind: "error", error: "#N/A" });
    expect(parseNumberCell("完成")).toEqual({ kind: "text", text: "完成" });
    expect(parseNumberCell(true).kind).toBe("text");
    expect(parseNumberCell(Number.NaN).kind).toBe("text");
    expect(parseNumberCell(Infinity).kind).toBe("text");
  });
  test("a sentence that starts with a number is text, not a number with a unit", () => {
    expect(parseNumberText("2020年完成了全部160个项目").kind).toBe("text");
    expect(parseNumberText("12 hours and 30 minutes").kind).toBe("text");
  });
});

describe("numbers a budget cannot hold are text (so NOT_A_NUMBER where a number belongs)", () => {
  const hostile: [string, string][] = [
    ["1e999999999", "1e999999999"],
    ["1e-999999999", "1e-999999999"],
    ["-1E+999999999", "-1E+999999999"],
    ["an exponent of a thousand digits", `1e${"9".repeat(1000)}`],
    ["100,000 full-width nines", "９".repeat(100000)],
    ["100,000 nines", "9".repeat(100000)],
    ["a 1 after 100,000 decimal zeros", `0.${"0".repeat(100000)}1`],
    ["10^15 (16 integer digits)", "1000000000000000"],
    ["1.5e20", "1.5e20"],
    ["1e-21 (an exponent beyond ±20)", "1e-21"],
    ["21 decimals", `0.${"1".repeat(21)}`],
    ["≥1e999999999%", "≥1e999999999%"],
    ["(1e999999999)", "(1e999999999)"],
  ];
  test.each(hostile)("text: %s", (_, text) => {
    expect(parseNumberText(text).kind).toBe("text");
    expect(parseNumberCell(text).kind).toBe("text");
  });
  test.each([
    ["999999999999999", "999999999999999"],
    ["-999999999999999.5", "-999999999999999.5"],
    ["20 decimals", `0.${"1".repeat(20)}`, `0.${"1".repeat(20)}`],
    ["1e-20", "1e-20"],
    ["1.5e14", "1.5e14", "150000000000000"],
    ["a thousand leading zeros", `${"0".repeat(1000)}12.50`, "12.5"],
  ])("within the bound, %s is still a number", (_, text, value = text) => {
    expect(num(parseNumberText(text)).value).toBe(value);
  });
  test("a number cell beyond 10^15 is text; a tiny one is kept", () => {
    for (const v of [1e15, -1e15, 1e308, -1e308, Number.MAX_VALUE]) expect(parseNumberCell(v)).toEqual({ kind: "text", text: String(v) });
    expect(num(parseNumberCell(999999999999999)).value).toBe("999999999999999");
    expect(num(parseNumberCell(5e-324)).value).toBe("5e-324");
  });
  test("hostile texts are read in bounded time", () => {
    const texts = [`1e${"9".repeat(100000)}`, "９".repeat(100000), `x${" ".repeat(200000)}x `, `1${"，".repeat(200000)}x`, `(${"1".repeat(200000)}`];
    const start = performance.now();
    for (const t of texts) parseNumberCell(t);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("formats", () => {
  test("percent formats", () => {
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
  test("date formats, not times or numbers", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat("[$-804]yyyy/m/d")).toBe(true);
    expect(isDateFormat("h:mm")).toBe(false);
    expect(isDateFormat("0.00")).toBe(false);
    expect(isDateFormat('0.00"d"')).toBe(false);
  });
});

describe("years and dates", () => {
  test.each([
    [2020, 2020],
    ["2020", 2020],
    ["2020年", 2020],
    ["２０２０年度", 2020],
    ["二〇二〇", undefined],
    [20.2, undefined],
    ["1850", undefined],
  ])("year of %p is %p", (v, y) => expect(parseYear(v)).toBe(y));
  test("Excel serials, including the 1900 leap-year bug", () => {
    expect(serialToDate(44301)).toEqual({ year: 2021, month: 4, day: 15 });
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(-5)).toBeUndefined();
  });
  test.each(["2021年4月15日", "2021-04-15", "2021/4/15", "2021.4.15", "２０２１年４月１５日"])("date text %s", (t) => {
    expect(parseDate(t)).toEqual({ year: 2021, month: 4, day: 15 });
  });
  test("a date cell and impossible dates", () => {
    expect(parseDate(44301, "yyyy-mm-dd")).toEqual({ year: 2021, month: 4, day: 15 });
    expect(parseDate("2021年2月30日")).toBeUndefined();
    expect(parseDate("明年")).toBeUndefined();
  });
});
