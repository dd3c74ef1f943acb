import { Evaluation } from "../../../src/core/evaluate";
import { Report } from "../../../src/core/report";
import { reportText } from "../../../src/core/reportSheet";
import { messages } from "../../../src/i18n";
import type { PaneServices } from "../../../src/taskpane/services";
import { paneActions } from "../../../src/taskpane/state/paneActions";
import { editedReport } from "../../../src/taskpane/state/selectors";
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
  const sent = {
    reports: [] as Report[],
    evaluations: [] as Evaluation[],
    copied: [] as string[],
    selected: [] as string[],
    exported: [] as Report[],
    downloads: [] as { name: string; bytes: Uint8Array }[],
  };
  let next: () => Promise<Evaluation> = async () => seed;
  const services: PaneServices = {
    validate: () => next(),
    score: async () => ({ evaluation: complete, changed: [] }),
    insertReport: async (evaluation, report) => {
      sent.evaluations.push(evaluation);
      sent.reports.push(report);
      return {
        evaluation: seed,
        changed: [
          { sheet: "支出决算", cells: ["I5"] },
          { sheet: "绩效评价报告", cells: ["A1"] },
        ],
      };
    },
    select: async (sheet, cell) => {
      sent.selected.push(`${sheet}!${cell}`);
    },
    insertTemplate: async () => ["基本信息", "支出决算"],
    copy: async (text) => {
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
  };
  const store = createPaneStore();
  return { sent, services, store, actions: paneActions(services, S, store), answer: (f: () => Promise<Evaluation>) => (next = f) };
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

test("起草报告 replaces the edits with a fresh draft (issue #14 decides about keeping them)", async () => {
  const { store, actions, answer } = fakeServices();
  await actions.validate();
  actions.editSection(1, "mine");
  answer(async () => complete);
  await actions.draftReport();
  expect(store.getState().draft).toBe(complete.report);
  expect(store.getState().drafts).toEqual({});
});
