import { WorkbookEvaluation as Evaluation, evaluateWorkbook } from "../../../src/app";
import { PaneState, initialPaneState } from "../../../src/taskpane/state/reducer";
import { currentReport, editedReport, editedSections, isBlankWorkbook, isStale, reportToShare, undoableWrite } from "../../../src/taskpane/state/selectors";
import { MemoryWorkbook } from "../../fakes/memoryWorkbook";
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

test("results are stale once the workbook changed after they were read", () => {
  const shown: PaneState = { ...initialPaneState, evaluation: seed };
  expect(isStale(shown)).toBe(false);
  expect(isStale({ ...shown, changedAt: seed.readAt - 1 })).toBe(false);
  expect(isStale({ ...shown, changedAt: seed.readAt + 1 })).toBe(true);
  expect(isStale({ ...initialPaneState, changedAt: 1 })).toBe(false);
});

test("an edit typed back to the generated text is no edit", () => {
  const shown: PaneState = { ...initialPaneState, evaluation: seed };
  const generated = seed.report.sections[1].paragraphs.join("\n");
  expect(editedSections({ ...shown, drafts: { 1: generated, 3: "mine" } })).toEqual([3]);
});

test("the write to undo is the one the journal of the results on show records", () => {
  expect(undoableWrite(initialPaneState)).toBeUndefined();
  expect(undoableWrite({ ...initialPaneState, evaluation: seed })).toBeUndefined();
  const at = "2025-03-31T06:00:00.000Z";
  const journal = { version: 1 as const, written: { cells: {} }, last: { kind: "report" as const, at, before: [], writtenBefore: { cells: {} } } };
  expect(undoableWrite({ ...initialPaneState, evaluation: { ...seed, source: { ...seed.source, journal } } })).toEqual({ kind: "report", at });
});

describe("isBlankWorkbook", () => {
  test("a workbook without any of the budget sheets is blank; one with them, or not yet read, is not", async () => {
    const blank = await evaluateWorkbook(new MemoryWorkbook({ sheets: [{ name: "Sheet1", values: [["随手记"]] }] }));
    expect(isBlankWorkbook({ ...initialPaneState, evaluation: blank })).toBe(true);
    expect(isBlankWorkbook({ ...initialPaneState, evaluation: await exampleEvaluation("broken") })).toBe(false);
    expect(isBlankWorkbook(initialPaneState)).toBe(false);
  });
});
