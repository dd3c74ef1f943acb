import type {
  ChartsOutcome,
  WorkbookEvaluation as Evaluation,
  JobStage,
  NativeChart,
  OnStage,
  SavedDrafts,
  UndoOutcome,
  WriteOutcome,
} from "../../../src/app";
import { Report } from "../../../src/core/report";
import { reportText } from "../../../src/core/reportSheet";
import { messages } from "../../../src/i18n";
import type { PaneServices } from "../../../src/taskpane/services";
import { paneActions } from "../../../src/taskpane/state/paneActions";
import { editedReport, isStale } from "../../../src/taskpane/state/selectors";
import { createPaneStore } from "../../../src/taskpane/state/store";
import { exampleEvaluation } from "../fixtures";

const S = messages("zh-CN").ui;

let seed: Evaluation;
let complete: Evaluation;
beforeAll(async () => {
  [seed, complete] = await Promise.all([exampleEvaluation("seed-2020"), exampleEvaluation("complete")]);
});

/** A validation the test finishes when it wants, to act while the job runs. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Services that record what the pane sends; validate answers with `next` until a test changes it. */
function fakeServices() {
  const tables: unknown[] = [];
  const sent = {
    reports: [] as Report[],
    evaluations: [] as Evaluation[],
    copied: [] as string[],
    selected: [] as string[],
    exported: [] as Report[],
    downloads: [] as { name: string; bytes: Uint8Array }[],
    confirmed: [] as (boolean | undefined)[],
    saved: [] as SavedDrafts[],
    charts: [] as NativeChart[][],
  };
  let chartsOutcome: (e: Evaluation) => ChartsOutcome = (e) => ({ kind: "inserted", sheet: e.reportSheet.name });
  let next: (onStage?: OnStage) => Promise<Evaluation> = async () => seed;
  let copyRefused = false;
  let scoreOutcome: () => WriteOutcome = () => ({ kind: "written", evaluation: complete, changed: [] });
  let reportOutcome: (e: Evaluation) => WriteOutcome = (evaluation) => ({
    kind: "written",
    evaluation,
    changed: [
      { sheet: "支出决算", cells: ["I5"] },
      { sheet: "绩效评价报告", cells: ["A1"] },
    ],
  });
  let undoOutcome: (confirmed: boolean) => UndoOutcome = () => ({ kind: "nothingToUndo" });
  let saved: SavedDrafts | undefined;
  let clock = Date.now();
  const services: PaneServices = {
    validate: (onStage, chosen) => {
      tables.push(chosen);
      return next(onStage);
    },
    score: async () => scoreOutcome(),
    writeScores: async (evaluation, options) => {
      sent.evaluations.push(evaluation);
      sent.confirmed.push(options?.confirmed);
      return { kind: "written", evaluation, changed: [] };
    },
    insertReport: async (evaluation, report, options) => {
      sent.evaluations.push(evaluation);
      sent.reports.push(report);
      sent.confirmed.push(options?.confirmed);
      return options?.confirmed ? { kind: "written", evaluation, changed: [{ sheet: "绩效评价报告", cells: ["A1"] }] } : reportOutcome(evaluation);
    },
    undo: async (options) => undoOutcome(options?.confirmed ?? false),
    select: async (sheet, cell) => {
      sent.selected.push(`${sheet}!${cell}`);
    },
    insertTemplate: async () => ["基本信息", "支出决算"],
    insertExample: async () => ["基本信息", "支出决算", "绩效指标", "问题与措施"],
    insertCharts: async (evaluation, charts) => {
      sent.charts.push(charts);
      return chartsOutcome(evaluation);
    },
    copy: async (text) => {
      if (copyRefused) throw new Error("clipboard unavailable");
      sent.copied.push(text);
    },
    exportWord: async (report) => {
      sent.exported.push(report);
      return { name: "报告.docx", bytes: new Uint8Array([80, 75]) };
    },
    download: async (name, bytes) => {
      sent.downloads.push({ name, bytes });
    },
    downloadsMayBeBlocked: false,
    watchChanges: async () => undefined,
    loadDrafts: async () => saved,
    saveDrafts: async (d) => void sent.saved.push(d),
    now: () => clock,
  };
  const store = createPaneStore();
  return {
    sent,
    tables,
    services,
    store,
    actions: paneActions(services, S, store),
    answer: (f: (onStage?: OnStage) => Promise<Evaluation>) => (next = f),
    refuseCopy: () => (copyRefused = true),
    onCharts: (f: (e: Evaluation) => ChartsOutcome) => (chartsOutcome = f),
    onScore: (f: () => WriteOutcome) => (scoreOutcome = f),
    onInsert: (f: (e: Evaluation) => WriteOutcome) => (reportOutcome = f),
    onUndo: (f: (confirmed: boolean) => UndoOutcome) => (undoOutcome = f),
    keep: (d: SavedDrafts) => (saved = d),
    tick: (ms: number) => (clock += ms),
  };
}

test("validate shows progress while it runs, then the evaluation", async () => {
  const { store, actions, answer } = fakeServices();
  const job = deferred<Evaluation>();
  answer(() => job.promise);
  const done = actions.validate();
  expect(store.getState().busy).toBe(true);
  job.resolve(seed);
  await done;
  expect(store.getState()).toMatchObject({ busy: false, evaluation: seed, error: undefined });
});

test("a failing job shows its message and ends; a thrown non-Error shows as text", async () => {
  const { store, actions, answer } = fakeServices();
  answer(() => Promise.reject(new Error("Excel is in cell-edit mode")));
  await actions.validate();
  expect(store.getState()).toMatchObject({ busy: false, error: "Excel is in cell-edit mode" });
  answer(() => Promise.reject("offline"));
  await actions.draftReport();
  expect(store.getState()).toMatchObject({ busy: false, error: "offline" });
});

test("writing scores shows the scored evaluation and says so; inserting the template names the sheets", async () => {
  const { store, actions } = fakeServices();
  await actions.writeScores();
  expect(store.getState()).toMatchObject({ evaluation: complete, notice: S.scoreWritten });
  await actions.insertTemplate();
  expect(store.getState()).toMatchObject({ evaluation: seed, notice: "已插入：基本信息、支出决算" });
});

test("a cell link selects its cell", async () => {
  const { sent, store, actions } = fakeServices();
  await actions.selectCell("支出决算", "B2:C3");
  expect(sent.selected).toEqual(["支出决算!B2:C3"]);
  expect(store.getState().busy).toBe(false);
});

test("insert and copy send the report on show with the user's edits, and say where it went", async () => {
  const { sent, store, actions } = fakeServices();
  await actions.insertReport();
  await actions.copyReport();
  expect(sent).toMatchObject({ reports: [], copied: [] });
  await actions.validate();
  actions.editSection(1, "改过的第一段\n改过的第二段");
  await actions.insertReport();
  expect(store.getState().notice).toBe("报告已写入工作表“绩效评价报告”。");
  await actions.copyReport();
  expect(store.getState().notice).toBe(S.copied);
  const expected = editedReport(seed.report, { 1: "改过的第一段\n改过的第二段" });
  expect(sent.reports).toEqual([expected]);
  // The pane's own evaluation goes with it: the workbook is not read again to insert.
  expect(sent.evaluations).toHaveLength(1);
  expect(sent.evaluations[0]).toBe(seed);
  expect(sent.copied).toEqual([reportText(expected)]);
});

test("导出 Word exports the edited report and downloads the file; in Excel desktop it says how to save otherwise", async () => {
  const { sent, services, store, actions } = fakeServices();
  await actions.exportWord();
  expect(sent).toMatchObject({ exported: [], downloads: [] });
  await actions.validate();
  actions.editSection(0, "改过的基本情况");
  await actions.exportWord();
  expect(sent.exported).toEqual([editedReport(seed.report, { 0: "改过的基本情况" })]);
  expect(sent.downloads).toEqual([{ name: "报告.docx", bytes: new Uint8Array([80, 75]) }]);
  expect(store.getState()).toMatchObject({ busy: false, notice: S.wordExported("报告.docx") });
  services.downloadsMayBeBlocked = true;
  await actions.exportWord();
  expect(store.getState().notice).toBe(`${S.wordExported("报告.docx")} ${S.wordDesktopHelp}`);
  services.download = async () => {
    throw new Error("download blocked");
  };
  await actions.exportWord();
  expect(store.getState()).toMatchObject({ busy: false, error: "download blocked" });
});

test("regenerating a section keeps what the user types into other sections while the job runs", async () => {
  const { store, actions, answer } = fakeServices();
  await actions.validate();
  actions.editSection(1, "edited before");
  const job = deferred<Evaluation>();
  answer(() => job.promise);
  const regenerating = actions.regenerateSection(2);
  actions.editSection(0, "typed meanwhile");
  job.resolve(complete);
  await regenerating;
  const state = store.getState();
  expect(state.drafts).toEqual({ 0: "typed meanwhile", 1: "edited before" });
  expect(state.draft?.sections.map((s) => s.heading)).toEqual(seed.report.sections.map((s) => s.heading));
  expect(state.draft?.sections[2]).toEqual(complete.report.sections[2]);
  expect(state.draft?.sections.filter((_, i) => i !== 2)).toEqual(seed.report.sections.filter((_, i) => i !== 2));
});

test("起草报告 with edits asks first: cancelling keeps them, confirming replaces them with a fresh draft", async () => {
  const { store, actions, answer } = fakeServices();
  await actions.validate();
  actions.editSection(1, "mine");
  answer(async () => complete);
  await actions.draftReport();
  expect(store.getState().confirmation).toEqual({ kind: "discardEdits", then: { draft: true } });
  expect(store.getState().drafts).toEqual({ 1: "mine" });
  actions.cancel();
  expect(store.getState()).toMatchObject({ confirmation: undefined, drafts: { 1: "mine" }, notice: undefined });
  await actions.draftReport();
  await actions.confirm();
  expect(store.getState().draft).toBe(complete.report);
  expect(store.getState().drafts).toEqual({});
  expect(store.getState().confirmation).toBeUndefined();
});

describe("honest writes, questions first (issue #14)", () => {
  test("nothing to write: the pane says so as a warning, never that scores were written", async () => {
    const { store, actions, onScore } = fakeServices();
    onScore(() => ({ kind: "nothingToWrite", evaluation: seed, changed: [] }));
    await actions.writeScores();
    expect(store.getState()).toMatchObject({ notice: S.scoreNoTable, noticeTone: "warning" });
  });

  test("with errors, writing asks first: cancelling writes nothing, confirming writes what was asked about", async () => {
    const { sent, store, actions, onScore } = fakeServices();
    const errors = complete.findings.slice(0, 1);
    onScore(() => ({ kind: "needsConfirmation", evaluation: complete, changed: [], errors, overwrites: [] }));
    await actions.writeScores();
    expect(store.getState()).toMatchObject({ busy: false, evaluation: complete, confirmation: { kind: "writeScores", evaluation: complete, errors } });
    actions.cancel();
    expect(store.getState()).toMatchObject({ confirmation: undefined, notice: S.notWrittenCancelled, noticeTone: "warning" });
    expect(sent.confirmed).toEqual([]);
    await actions.writeScores();
    await actions.confirm();
    expect(sent.evaluations).toEqual([complete]);
    expect(sent.confirmed).toEqual([true]);
    expect(store.getState()).toMatchObject({ confirmation: undefined, notice: S.scoreWritten });
  });

  test("an edited report sheet: inserting asks with the cells; confirming inserts the same text", async () => {
    const { sent, store, actions, onInsert } = fakeServices();
    const overwrites = [{ sheet: "绩效评价报告", cell: "A4", before: "我的", after: "生成的" }];
    onInsert((evaluation) => ({ kind: "needsConfirmation", evaluation, changed: [], errors: [], overwrites }));
    await actions.validate();
    actions.editSection(0, "改过");
    await actions.insertReport();
    const asked = store.getState().confirmation;
    expect(asked).toMatchObject({ kind: "insertReport", overwrites });
    await actions.confirm();
    expect(sent.confirmed).toEqual([undefined, true]);
    expect(sent.reports[1]).toBe(sent.reports[0]);
    expect(sent.reports[1].sections[0].paragraphs).toEqual(["改过"]);
    expect(store.getState().notice).toBe(S.reportInserted("绩效评价报告"));
  });

  test("regenerating an edited section asks first; an unedited one does not", async () => {
    const { store, actions, answer } = fakeServices();
    await actions.validate();
    actions.editSection(0, "mine");
    answer(async () => complete);
    await actions.regenerateSection(1);
    expect(store.getState().confirmation).toBeUndefined();
    await actions.regenerateSection(0);
    expect(store.getState().confirmation).toEqual({ kind: "discardEdits", then: { regenerate: 0, heading: seed.report.sections[0].heading } });
    expect(store.getState().drafts[0]).toBe("mine");
    await actions.confirm();
    expect(store.getState().drafts[0]).toBeUndefined();
    expect(store.getState().draft?.sections[0]).toEqual(complete.report.sections[0]);
  });

  test("after the workbook changed, inserting reads it again first and shows that reading", async () => {
    const { sent, store, actions, answer, tick } = fakeServices();
    await actions.validate();
    tick(60_000);
    actions.workbookChanged();
    expect(isStale(store.getState())).toBe(true);
    const fresh = await exampleEvaluation("seed-2020");
    answer(async () => fresh);
    await actions.insertReport();
    expect(sent.evaluations).toEqual([fresh]);
    expect(store.getState().evaluation).toBe(fresh);
  });

  test("undo: asks when cells changed since; once undone, reads the workbook again and says what was undone", async () => {
    const { store, actions, onUndo, answer } = fakeServices();
    const overwrites = [{ sheet: "绩效指标", cell: "I2", before: "99", after: "" }];
    onUndo((confirmed) => (confirmed ? { kind: "undone", undid: "scores", at: "2025-03-31T06:00:00.000Z", changed: [] } : { kind: "needsConfirmation", overwrites }));
    answer(async () => complete);
    await actions.undoLastWrite();
    expect(store.getState().confirmation).toEqual({ kind: "undo", overwrites });
    await actions.confirm();
    expect(store.getState()).toMatchObject({ confirmation: undefined, evaluation: complete, notice: S.undone(S.writeKind.scores) });
    onUndo(() => ({ kind: "nothingToUndo" }));
    await actions.undoLastWrite();
    expect(store.getState()).toMatchObject({ notice: S.nothingToUndo, noticeTone: "warning" });
  });

  test("drafts kept in the document come back when the pane opens", async () => {
    const { store, actions, keep } = fakeServices();
    keep({ report: complete.report, edits: { 1: "昨天写的" }, savedAt: Date.now() });
    await actions.restoreDrafts();
    expect(store.getState()).toMatchObject({ draft: complete.report, drafts: { 1: "昨天写的" } });
    expect(store.getState().notice).toMatch(/^已恢复 \d\d:\d\d 保存的报告草稿。$/);
  });
});

describe("issue #15: stages, guidance, the clipboard refused, the example", () => {
  test("a job shows each stage it enters, drawn before the stage's work; the next job starts without one", async () => {
    const { store, actions, answer } = fakeServices();
    const seen: (JobStage | undefined)[] = [];
    answer(async (onStage) => {
      await onStage?.("read");
      seen.push(store.getState().stage);
      await onStage?.("check");
      seen.push(store.getState().stage);
      return seed;
    });
    await actions.validate();
    expect(seen).toEqual(["read", "check"]);
    expect(store.getState().busy).toBe(false);
    const job = deferred<Evaluation>();
    answer(() => job.promise);
    const done = actions.validate();
    expect(store.getState()).toMatchObject({ busy: true, stage: undefined });
    job.resolve(seed);
    await done;
  });

  test("Excel's cell-edit mode is shown as what to do, not as Excel's words", async () => {
    const { store, actions, answer } = fakeServices();
    answer(() => Promise.reject(Object.assign(new Error("The operation failed"), { code: "InvalidOperationInCellEditMode" })));
    await actions.validate();
    expect(store.getState()).toMatchObject({ busy: false, error: "请先按 Enter 或 Esc 退出单元格编辑后再试。" });
  });

  test("a refused clipboard offers the text to copy by hand, as a warning, never as an error", async () => {
    const { store, actions, refuseCopy } = fakeServices();
    await actions.validate();
    refuseCopy();
    await actions.copyReport();
    expect(store.getState()).toMatchObject({ busy: false, error: undefined, notice: S.copyFallback, noticeTone: "warning" });
    expect(store.getState().copyText).toBe(reportText(seed.report));
    await actions.validate();
    expect(store.getState().copyText).toBeUndefined();
  });

  test("inserting the example names its sheets and shows the evaluation", async () => {
    const { store, actions } = fakeServices();
    await actions.insertExample();
    expect(store.getState()).toMatchObject({ evaluation: seed, notice: S.exampleInserted("基本信息、支出决算、绩效指标、问题与措施") });
  });
});

test("插入图表到工作表 sends the evaluation's charts in the pane's words; without the report sheet it says to insert it first", async () => {
  const { store, actions, sent, onCharts } = fakeServices();
  await actions.validate();
  await actions.insertCharts();
  expect(sent.charts[0].map((c) => c.title)).toEqual(Object.values(S.chartTitle).filter((t) => sent.charts[0].some((c) => c.title === t)));
  expect(sent.charts[0].length).toBeGreaterThan(0);
  expect(store.getState()).toMatchObject({ busy: false, notice: S.chartsInserted(seed.reportSheet.name) });
  onCharts(() => ({ kind: "noReportSheet" }));
  await actions.insertCharts();
  expect(store.getState()).toMatchObject({ notice: S.chartsNeedReport, noticeTone: "warning" });
});

test("a table picked where a kind appears twice: remembered, and every read that follows goes to it", async () => {
  const { store, actions, tables } = fakeServices();
  await actions.validate();
  expect(tables).toEqual([{}]);
  await actions.chooseTable("indicators", "乙!A2:J3");
  const choice = { indicators: { sheet: "乙", range: { top: 1, left: 0, bottom: 2, right: 9 } } };
  expect(store.getState().tableChoices).toEqual(choice);
  expect(tables).toEqual([{}, choice]);
  await actions.validate();
  expect(tables.at(-1)).toEqual(choice);
  // A place that names no range is not a choice: nothing changes, nothing is read.
  await actions.chooseTable("spending", "支出决算");
  expect(tables).toHaveLength(3);
  expect(store.getState().tableChoices).toEqual(choice);
});
