/**
 * What the types refuse: a type-level test, checked by `tsc --noEmit` (which covers test/), not run by Jest.
 * Each `@ts-expect-error` line must be an error, so loosening a type (an optional parameter, a catalogue
 * that may miss a code) fails the type check.
 */
import { Finding, finding } from "../../src/core/findings";
import { FindingMessages, Messages, messages } from "../../src/i18n";

/** Never called: the lines only have to compile, or fail to. */
export function refused(): unknown[] {
  const weightSum: Finding = { severity: "error", code: "WEIGHT_SUM", sheet: "绩效指标", cell: "H2", params: { sum: "99" } };
  const withoutWeightSum: Omit<FindingMessages, "WEIGHT_SUM"> = messages("en").findings;
  return [
    weightSum,
    // @ts-expect-error a missing parameter
    finding("error", "WEIGHT_SUM", "绩效指标", "H2", {}),
    // @ts-expect-error another code's parameter
    finding("error", "MISSING_FIELD", "基本信息", "B2", { column: "分值" }),
    // @ts-expect-error words where the catalogue wants a key
    finding("error", "INVALID_VALUE", "基本信息", "B2", { field: "评价年度", text: "x", expected: "四位年份" }),
    // @ts-expect-error an indicator's finding without its row
    finding("error", "MISSING_WEIGHT", "绩效指标", "H3", { name: "A" }),
    // @ts-expect-error a finding literal whose parameters belong to another code
    { severity: "warning", code: "REPORT_PLACEHOLDER", sheet: "基本信息", cell: "A1", params: { field: "x" } } satisfies Finding,
    // @ts-expect-error a language without one code's message
    withoutWeightSum satisfies FindingMessages,
    // @ts-expect-error a message reading a parameter its code does not have
    ((p) => `${p.total}`) satisfies FindingMessages["WEIGHT_SUM"],
    // @ts-expect-error a language without its CLI labels
    { findings: messages("en").findings, ui: messages("en").ui } satisfies Messages,
  ];
}
