import { WorkbookEvaluation as Evaluation } from "../../../src/app";
import { PaneAction, PaneState, initialPaneState, paneReducer } from "../../../src/taskpane/state/reducer";
import { exampleEvaluation } from "../fixtures";

const reduce = (state: PaneState, ...actions: PaneAction[]) => actions.reduce(paneReducer, state);

let seed: Evaluation;
let complete: Evaluation;
beforeAll(async () => {
  [seed, complete] = await Promise.all([exampleEvaluation("seed-2020"), exampleEvaluation("complete")]);
  // The tests below tell the two reports' sections apart.
  for (const i of [0, 1, 2]) expect(complete.report.sections[i]).not.toEqual(seed.report.sections[i]);
});

test("the pane opens on 校验, idle, with no data, no edits and no table picked", () => {
  expect(initialPaneState).toEqual({ view: "validate", busy: false, drafts: {}, tableChoices: {} });
});

test("a table picked is kept beside the others picked, by kind (the latest pick of a kind wins)", () => {
  const range = { top: 0, left: 0, bottom: 1, right: 9 };
  const one = paneReducer(initialPaneState, { type: "tableChosen", choices: { indicators: { sheet: "甲", range } } });
  const two = paneReducer(one, { type: "tableChosen", choices: { spending: { sheet: "决算", range } } });
  const again = paneReducer(two, { type: "tableChosen", choices: { indicators: { sheet: "乙", range } } });
  expect(again.tableChoices).toEqual({ indicators: { sheet: "乙", range }, spending: { sheet: "决算", range } });
  expect(again).toEqual({ ...initialPaneState, tableChoices: again.tableChoices });
});

describe("jobs", () => {
  test("a job that starts shows progress and clears the last error and notice, keeping the data", () => {
    const before: PaneState = { ...initialPaneState, evaluation: seed, drafts: { 1: "x" }, error: "old", notice: "done" };
    expect(paneReducer(before, { type: "jobStarted" })).toEqual({ ...before, busy: true, error: undefined, notice: undefined });
  });

  test("a failed job clears busy and shows its message; the next job clears the message", () => {
    const failed = reduce(initialPaneState, { type: "jobStarted" }, { type: "jobFailed", message: "Excel is busy" });
    expect(failed).toMatchObject({ busy: false, error: "Excel is busy" });
    expect(paneReducer(failed, { type: "jobStarted" })).toMatchObject({ busy: true, error: undefined });
  });

  test("a job without data ends with its notice, or keeps the notice another job left", () => {
    const started = paneReducer(initialPaneState, { type: "jobStarted" });
    expect(paneReducer(started, { type: "jobSucceeded", notice: "已复制到剪贴板。" })).toMatchObject({
      busy: false,
      notice: "已复制到剪贴板。",
    });
    expect(reduce(started, { type: "jobSucceeded", notice: "a" }, { type: "jobSucceeded" })).toMatchObject({ busy: false, notice: "a" });
  });

  test("an evaluation replaces the last one and ends the job; the edits and the draft stay", () => {
    const before = reduce(initialPaneState, { type: "reportDrafted", evaluation: seed }, { type: "sectionEdited", index: 1, text: "mine" });
    const after = reduce(before, { type: "jobStarted" }, { type: "evaluated", evaluation: complete, notice: "written" });
    expect(after).toEqual({ ...before, busy: false, evaluation: complete, notice: "written", error: undefined });
    expect(after.draft).toBe(seed.report);
  });
});

describe("views and edits", () => {
  test("switching views changes only the view: edits and data survive", () => {
    const edited = reduce(initialPaneState, { type: "evaluated", evaluation: seed }, { type: "sectionEdited", index: 0, text: "mine" });
    const back = reduce(edited, { type: "viewChanged", view: "score" }, { type: "viewChanged", view: "report" });
    expect(back).toEqual({ ...edited, view: "report" });
  });

  test("an edit sets its section's text and keeps the other sections' edits, even while a job runs", () => {
    const state = reduce(
      initialPaneState,
      { type: "jobStarted" },
      { type: "sectionEdited", index: 0, text: "a" },
      { type: "sectionEdited", index: 3, text: "b" },
    );
    expect(state.drafts).toEqual({ 0: "a", 3: "b" });
    expect(state.busy).toBe(true);
    expect(paneReducer(state, { type: "sectionEdited", index: 0, text: "c" }).drafts).toEqual({ 0: "c", 3: "b" });
  });

  test("起草报告 starts a fresh draft from the evaluation and drops the edits", () => {
    const edited = reduce(initialPaneState, { type: "evaluated", evaluation: seed }, { type: "sectionEdited", index: 2, text: "mine" });
    const drafted = reduce(edited, { type: "jobStarted" }, { type: "reportDrafted", evaluation: complete });
    expect(drafted).toMatchObject({ busy: false, evaluation: complete, draft: complete.report });
    expect(drafted.drafts).toEqual({});
  });
});

describe("regenerating a section", () => {
  test("replaces only that section of the draft and drops only its edit, keeping the edits made while it ran", () => {
    const drafted = reduce(
      initialPaneState,
      { type: "reportDrafted", evaluation: seed },
      { type: "sectionEdited", index: 1, text: "before" },
    );
    const after = reduce(
      drafted,
      { type: "sectionEdited", index: 2, text: "to be replaced" },
      { type: "jobStarted" },
      { type: "sectionEdited", index: 0, text: "typed meanwhile" },
      { type: "sectionRegenerated", index: 2, evaluation: complete },
    );
    expect(after.drafts).toEqual({ 0: "typed meanwhile", 1: "before" });
    expect(after.draft?.sections).toEqual(seed.report.sections.map((s, i) => (i === 2 ? complete.report.sections[2] : s)));
    expect(after).toMatchObject({ busy: false, evaluation: complete });
  });

  test("without a draft, the report on show is the base", () => {
    const shown = reduce(initialPaneState, { type: "evaluated", evaluation: seed }, { type: "jobStarted" });
    const after = paneReducer(shown, { type: "sectionRegenerated", index: 0, evaluation: complete });
    expect(after.draft).toEqual({ ...seed.report, sections: [complete.report.sections[0], ...seed.report.sections.slice(1)] });
  });
});

describe("questions, staleness and kept drafts (issue #14)", () => {
  const question = { kind: "discardEdits", then: { draft: true } } as const;

  test("a job that stops to ask ends busy with the question and the evaluation it read; answering closes it", () => {
    const asking = reduce(initialPaneState, { type: "jobStarted" }, { type: "confirmationNeeded", confirmation: question, evaluation: seed });
    expect(asking).toMatchObject({ busy: false, confirmation: question, evaluation: seed });
    expect(paneReducer(asking, { type: "confirmationClosed" })).toEqual({ ...asking, confirmation: undefined });
    expect(paneReducer(asking, { type: "confirmationClosed", notice: "没有改动" })).toMatchObject({
      confirmation: undefined,
      notice: "没有改动",
      noticeTone: "warning",
    });
  });

  test("a notice of something not done is a warning; the next job clears it and its tone", () => {
    const warned = paneReducer(initialPaneState, { type: "evaluated", evaluation: seed, notice: "没有写入", noticeTone: "warning" });
    expect(warned).toMatchObject({ notice: "没有写入", noticeTone: "warning" });
    expect(paneReducer(warned, { type: "jobStarted" })).toMatchObject({ notice: undefined, noticeTone: undefined });
    expect(paneReducer(warned, { type: "evaluated", evaluation: seed, notice: "已写入" }).noticeTone).toBeUndefined();
  });

  test("a change to the workbook is remembered with its time; the data stays", () => {
    const shown = paneReducer(initialPaneState, { type: "evaluated", evaluation: seed });
    expect(paneReducer(shown, { type: "workbookChanged", at: 5 })).toEqual({ ...shown, changedAt: 5 });
  });

  test("drafts kept in the document come back into a pane with none of its own, never over what was typed", () => {
    const restored = { type: "draftsRestored", report: complete.report, edits: { 2: "kept" }, notice: "已恢复" } as const;
    expect(paneReducer(initialPaneState, restored)).toMatchObject({ draft: complete.report, drafts: { 2: "kept" }, notice: "已恢复" });
    const typed = paneReducer(initialPaneState, { type: "sectionEdited", index: 0, text: "typed" });
    expect(paneReducer(typed, restored)).toBe(typed);
  });
});
