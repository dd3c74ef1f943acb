import { Evaluation } from "../../../src/core/evaluate";
import { PaneState, initialPaneState } from "../../../src/taskpane/state/reducer";
import { currentReport, editedReport, reportToShare } from "../../../src/taskpane/state/selectors";
import { exampleEvaluation } from "../fixtures";

let seed: Evaluation;
let complete: Evaluation;
beforeAll(async () => {
  [seed, complete] = await Promise.all([exampleEvaluation("seed-2020"), exampleEvaluation("complete")]);
});

test("the report on show is the draft when there is one, else the evaluation's, else none", () => {
  expect(currentReport(initialPaneState)).toBeUndefined();
  expect(currentReport({ ...initialPaneState, evaluation: seed })).toBe(seed.report);
  expect(currentReport({ ...initialPaneState, evaluation: seed, draft: complete.report })).toBe(complete.report);
});

test("the edited report takes each edited section's non-empty lines, trimmed, as its paragraphs", () => {
  const before = structuredClone(seed.report);
  const edited = editedReport(seed.report, { 1: "  第一段 \n\n第二段\n   \n" });
  expect(edited.sections[1]).toEqual({ ...seed.report.sections[1], paragraphs: ["第一段", "第二段"] });
  expect(edited.sections.filter((_, i) => i !== 1)).toEqual(seed.report.sections.filter((_, i) => i !== 1));
  expect({ ...edited, sections: [] }).toEqual({ ...seed.report, sections: [] });
  expect(seed.report).toEqual(before);
});

test("the report to insert or copy is the one on show with the edits, or none", () => {
  expect(reportToShare({ ...initialPaneState, drafts: { 0: "x" } })).toBeUndefined();
  const state: PaneState = { ...initialPaneState, evaluation: seed, draft: complete.report, drafts: { 0: "x" } };
  expect(reportToShare(state)).toEqual(editedReport(complete.report, { 0: "x" }));
});
