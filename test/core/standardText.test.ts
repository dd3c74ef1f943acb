import { normalizeStandard, parseStandard } from "../../src/core/scoring/standardText";

/** A parsed standard with decimals as strings, for readable expectations. */
const read = (text: string) => JSON.parse(JSON.stringify(parseStandard(text) ?? null));

describe("评分标准 texts (scoring-rules.md §3b)", () => {
  test("normalising: Chinese numerals before a unit, 百分之, ranges with 至 or ～", () => {
    expect(normalizeStandard("每降低一个百分点扣零点五分")).toBe("每降低1个百分点扣0.5分");
    expect(normalizeStandard("百分之九十五以上得满分")).toBe("95%以上得满分");
    expect(normalizeStandard("90%～95%得八十%")).toBe("90%-95%得80%");
    expect(normalizeStandard("90%至95%（含）得80%")).toBe("90%-95%(含)得80%");
    expect(normalizeStandard("一般得两分")).toBe("一般得2分");
  });

  test("bands: ≥95%得满分，90%-95%得80%，低于90%不得分", () => {
    expect(read("≥95%得满分，90%-95%得80%，低于90%不得分")).toEqual({
      clauses: [
        { when: { kind: "range", lo: "95", loIn: true, hiIn: false, of: "actual", percent: true }, then: { kind: "full" } },
        {
          when: { kind: "range", lo: "90", loIn: true, hi: "95", hiIn: false, of: "actual", percent: true },
          then: { kind: "share", percent: "80" },
        },
        { when: { kind: "range", hi: "90", hiIn: false, loIn: false, of: "actual", percent: true }, then: { kind: "zero" } },
      ],
      otherwiseZero: false,
      proportional: false,
    });
  });

  test("达到…得满分，每降低1个百分点扣1分，扣完为止", () => {
    const s = read("完成率达到95%得满分，每降低1个百分点扣1分，扣完为止");
    expect(s.clauses).toEqual([
      { when: { kind: "range", lo: "95", loIn: true, hiIn: false, of: "rate", percent: true }, then: { kind: "full" } },
    ]);
    expect(s.step).toEqual({ direction: "below", step: "1", points: "1", unit: "point" });
  });

  test("the 湖南 framework's wording: ≤100%，计1分；每超过一个百分点扣0.1分，扣完为止", () => {
    const s = read("在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分，扣完为止");
    expect(s.clauses[0]).toEqual({
      when: { kind: "range", hi: "100", hiIn: true, loIn: false, of: "actual", percent: true },
      then: { kind: "points", points: "1" },
    });
    expect(s.step).toEqual({ direction: "above", step: "1", points: "0.1", unit: "point" });
  });

  test("完成得满分，未完成不得分; 按时完成得满分，每延迟1个月扣2分，最多扣4分", () => {
    expect(read("完成得满分，未完成不得分")).toMatchObject({
      clauses: [{ when: { kind: "achieved" }, then: { kind: "full" } }],
      otherwiseZero: true,
    });
    const late = read("按时完成得满分，每延迟1个月扣2分，最多扣4分");
    expect(late.step).toEqual({ direction: "late", step: "1", points: "2", unit: "month" });
    expect(late.cap).toBe("4");
  });

  test("qualitative bands: 达成得满分，部分达成得60%，未达成不得分", () => {
    expect(read("达成得满分；部分达成得60%；未达成不得分").clauses).toEqual([
      { when: { kind: "achieved" }, then: { kind: "full" } },
      { when: { kind: "band", band: "partial" }, then: { kind: "share", percent: "60" } },
    ]);
  });

  test("proportional wordings", () => {
    expect(read("按完成比例计算得分，满分为止").proportional).toBe(true);
    expect(read("执行率*该指标分值，最高不得超过分值上限").proportional).toBe(true);
  });

  test("anything not understood, even one clause, is not recognised", () => {
    expect(parseStandard("视情况酌情扣分")).toBeUndefined();
    expect(parseStandard("≥95%得满分，其余由评价组酌定")).toBeUndefined();
    expect(parseStandard("扣完为止")).toBeUndefined();
    expect(parseStandard("")).toBeUndefined();
    // Lateness is counted in months or days, not in times.
    expect(parseStandard("每延迟1次扣1分")).toBeUndefined();
  });
});
