import { formatTimePoint, lateness, parseTimeText, timePointOf } from "../../src/core/dates";
import { parseNumberCell } from "../../src/core/parse";

describe("dates as 时效 indicators write them (scoring-rules.md §3a)", () => {
  test.each([
    ["2023年12月", { year: 2023, month: 12 }],
    ["2023-12", { year: 2023, month: 12 }],
    ["2023/6", { year: 2023, month: 6 }],
    ["2023年12月31日前", { year: 2023, month: 12, day: 31 }],
    ["2023-12-31", { year: 2023, month: 12, day: 31 }],
    ["2023.11.30", { year: 2023, month: 11, day: 30 }],
    ["≤2023年12月", { year: 2023, month: 12 }],
    ["2023年12月底前完成", { year: 2023, month: 12 }],
    ["２０２３年１１月", { year: 2023, month: 11 }],
    ["2023年底", { year: 2023, month: 12 }],
    ["2023年上半年", { year: 2023, month: 6 }],
    ["2023年第三季度", { year: 2023, month: 9 }],
    ["截至2023年10月", { year: 2023, month: 10 }],
  ])("%s", (text, point) => expect(parseTimeText(text, undefined)).toEqual(point));

  test.each([
    ["12月底", { year: 2023, month: 12 }],
    ["年底前", { year: 2023, month: 12 }],
    ["年内", { year: 2023, month: 12 }],
    ["6月30日前", { year: 2023, month: 6, day: 30 }],
    ["三季度末", { year: 2023, month: 9 }],
    ["上半年", { year: 2023, month: 6 }],
  ])("%s takes the evaluation year", (text, point) => expect(parseTimeText(text, 2023)).toEqual(point));

  test("without an evaluation year, a text that names none is not a date", () => {
    expect(parseTimeText("年底前", undefined)).toBeUndefined();
    expect(parseTimeText("12月底", undefined)).toBeUndefined();
  });

  test("a bare month only under a 时效 heading (loose); durations and numbers are not dates", () => {
    expect(parseTimeText("12月", 2023)).toBeUndefined();
    expect(parseTimeText("12月", 2023, true)).toEqual({ year: 2023, month: 12 });
    expect(parseTimeText("6个月", 2023, true)).toBeUndefined();
    expect(parseTimeText("100%", 2023, true)).toBeUndefined();
    expect(parseTimeText("2023年13月", 2023)).toBeUndefined();
    expect(parseTimeText("2023年2月30日", 2023)).toBeUndefined();
    expect(parseTimeText("2023年12月完成率", 2023)).toBeUndefined();
  });

  test("a date cell (serial with a date format), and a number with unit 月 in a 时效 row", () => {
    // 45260 is 2023-11-30 in Excel's 1900 system.
    expect(timePointOf(parseNumberCell(45260, "yyyy-mm-dd"), 2023)).toEqual({ year: 2023, month: 11, day: 30 });
    expect(timePointOf(parseNumberCell(45260), 2023)).toBeUndefined();
    expect(timePointOf(parseNumberCell(12), 2023, true, "月")).toEqual({ year: 2023, month: 12 });
    expect(timePointOf(parseNumberCell(12), 2023, false, "月")).toBeUndefined();
    expect(timePointOf(parseNumberCell("11月"), 2023, true)).toEqual({ year: 2023, month: 11 });
  });

  test("lateness at the coarser precision: months begun after the deadline", () => {
    const dec2023 = { year: 2023, month: 12 };
    expect(lateness({ year: 2023, month: 11 }, dec2023)).toEqual({ late: false, months: 0 });
    expect(lateness({ year: 2023, month: 12, day: 31 }, dec2023)).toEqual({ late: false, months: 0 });
    expect(lateness({ year: 2024, month: 2 }, dec2023)).toEqual({ late: true, months: 2 });
    const june15 = { year: 2023, month: 6, day: 15 };
    expect(lateness({ year: 2023, month: 6, day: 15 }, june15)).toEqual({ late: false, months: 0, days: 0 });
    expect(lateness({ year: 2023, month: 6, day: 20 }, june15)).toEqual({ late: true, months: 1, days: 5 });
    expect(lateness({ year: 2023, month: 7, day: 15 }, june15)).toEqual({ late: true, months: 1, days: 30 });
    expect(lateness({ year: 2023, month: 7, day: 16 }, june15)).toEqual({ late: true, months: 2, days: 31 });
  });

  test("shown as the reports write them", () => {
    expect(formatTimePoint({ year: 2023, month: 12 })).toBe("2023年12月");
    expect(formatTimePoint({ year: 2023, month: 6, day: 30 })).toBe("2023年6月30日");
  });
});
