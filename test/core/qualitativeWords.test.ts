import { BAND_WORDS, bandOf, splitWords } from "../../src/core/qualitativeWords";

describe("qualitative words → the three bands (scoring-rules.md §4)", () => {
  test.each([
    ...["达成", "完成", "实现", "是", "有", "健全", "完善", "高", "好", "良好", "较好"].map((w) => [w, "achieved"]),
    ...["基本达成", "部分达成", "一般", "基本健全"].map((w) => [w, "partial"]),
    ...["未达成", "未完成", "否", "无", "差"].map((w) => [w, "notAchieved"]),
  ])("the issue's word %s is %s", (word, band) => expect(bandOf(word)).toBe(band));

  test("the official long forms, with spaces, full-width forms and a trailing full stop", () => {
    expect(bandOf("达成年度指标")).toBe("achieved");
    expect(bandOf("部分达成年度指标并具有一定效果")).toBe("partial");
    expect(bandOf("未达成年度指标且效果较差")).toBe("notAchieved");
    expect(bandOf(" 已完成。")).toBe("achieved");
    expect(bandOf("基本 完成")).toBe("partial");
  });

  test("基本/部分 before a 达成 word is partial; a negation before one is not achieved", () => {
    expect(bandOf("基本规范")).toBe("partial");
    expect(bandOf("部分有效")).toBe("partial");
    expect(bandOf("不健全")).toBe("notAchieved");
    expect(bandOf("不及时")).toBe("notAchieved");
    expect(bandOf("未实现")).toBe("notAchieved");
  });

  test("unknown words name no band", () => {
    expect(bandOf("不知道")).toBeUndefined();
    expect(bandOf("进行中")).toBeUndefined();
    expect(bandOf("")).toBeUndefined();
  });

  test("the settings' words extend the list and win over the built-in ones", () => {
    const extra = { achieved: ["顺利"], partial: ["好"], notAchieved: [] };
    expect(bandOf("顺利", extra)).toBe("achieved");
    expect(bandOf("好", extra)).toBe("partial");
    expect(bandOf("不顺利", extra)).toBe("notAchieved");
    expect(bandOf("顺利")).toBeUndefined();
  });

  test("no word is in two bands", () => {
    const all = Object.values(BAND_WORDS).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  test("a 评分设置 word list: 、 , ， ; and spaces separate", () => {
    expect(splitWords("顺利、 圆满,超额；达标 优异")).toEqual(["顺利", "圆满", "超额", "达标", "优异"]);
    expect(splitWords(" 、 ")).toEqual([]);
  });
});
