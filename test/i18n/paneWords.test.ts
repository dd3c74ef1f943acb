/** Issue #15's words: full-width punctuation in Chinese, the grade translated and real plurals in English. */
import type { WriteOutcome } from "../../src/app";
import { messages } from "../../src/i18n";
import { scoreOutcomeLines } from "../../src/ui/writeMessages";
import { exampleEvaluation } from "../taskpane/fixtures";

const zh = messages("zh-CN").ui;
const en = messages("en").ui;
const HALF_WIDTH_IN_CHINESE = /[\u4e00-\u9fff][:(),;]|[:(),;][\u4e00-\u9fff]/;

test("Chinese uses full-width colons and brackets", () => {
  expect(zh.totalLine("93.38")).toBe("自评总分：93.38");
  expect(zh.gradeLine("优")).toBe("评价等级：优");
  expect(zh.figuresCount(7)).toBe("引用的数据（7）");
  const texts = [zh.totalLine("1"), zh.gradeLine("优"), zh.figuresCount(2), zh.showMore(3), zh.copyFallback, zh.firstRunIntro, ...Object.values(zh.officeError)];
  for (const t of texts) expect(t).not.toMatch(HALF_WIDTH_IN_CHINESE);
});

test("English translates the grade and counts with real plurals", () => {
  expect(en.gradeLine(en.gradeName["优"])).toBe("Grade: Excellent (优)");
  expect(Object.values(en.gradeName)).toEqual(["Excellent (优)", "Good (良)", "Fair (中)", "Poor (差)"]);
  expect(en.validateCounts(0, 1)).toBe("0 errors, 1 warning");
  expect(en.validateCounts(1, 2)).toBe("1 error, 2 warnings");
  for (const n of [0, 1, 2]) expect(en.validateCounts(n, n)).not.toContain("(s)");
});

test("the ribbon's result names the grade in the language's words", async () => {
  const complete = await exampleEvaluation("complete");
  const outcome: WriteOutcome = { kind: "written", evaluation: complete, changed: [] };
  expect(scoreOutcomeLines(outcome, en)[0]).toBe("Total score 93.38, grade: Excellent (优)");
  expect(scoreOutcomeLines(outcome, zh)[0]).toBe("自评总分 93.38 分，评价等级：优");
});

test("every finding code has a short title and a hint in both languages", () => {
  for (const S of [zh, en])
    for (const [code, h] of Object.entries(S.findingHints)) {
      expect({ code, title: h.title.length > 1, hint: h.hint.length > 4 }).toEqual({ code, title: true, hint: true });
    }
  expect(Object.keys(zh.findingHints).sort()).toEqual(Object.keys(en.findingHints).sort());
});
