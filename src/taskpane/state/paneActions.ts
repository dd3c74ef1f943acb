/** Everything the user can do in the pane: the async work with the workbook, each ending in one action. */
import { placeChoice } from "../../app";
import type { SheetKey } from "../../core/schema";
import type { OnStage, WorkbookEvaluation } from "../../app";
import type { Report } from "../../core/report";
import { reportText } from "../../core/reportSheet";
import type { UiMessages } from "../../i18n";
import { chartSpecs } from "../../core/charts";
import { errorText } from "../../ui/errorText";
import { nativeCharts } from "../chartWords";
import { shownTime } from "../../ui/time";
import type { PaneServices } from "../services";
import { reportOutcomeAction, scoresOutcomeAction, undoOutcomeAction } from "./outcomes";
import { PaneAction, View } from "./reducer";
import { currentReport, editedSections, isStale, reportToShare } from "./selectors";
import { PaneStore } from "./store";

export interface PaneActions {
  showView(view: View): void;
  validate(): Promise<void>;
  /** Reads `kind` of table at `place` (Sheet!A1:J20) from now on, and validates again. */
  chooseTable(kind: SheetKey, place: string): Promise<void>;
  insertTemplate(): Promise<void>;
  insertExample(): Promise<void>;
  /** The charts as native Excel charts beside the report in the workbook. */
  insertCharts(): Promise<void>;
  writeScores(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  draftReport(): Promise<void>;
  editSection(index: number, text: string): void;
  regenerateSection(index: number): Promise<void>;
  insertReport(): Promise<void>;
  copyReport(): Promise<void>;
  exportWord(): Promise<void>;
  undoLastWrite(): Promise<void>;
  /** Goes on with what the question on show was about. */
  confirm(): Promise<void>;
  /** Drops it: nothing is written or discarded. */
  cancel(): void;
  workbookChanged(): void;
  /** Brings back the drafts kept in the document (when the pane opens). */
  restoreDrafts(): Promise<void>;
}

/** A job gets the function that shows its stages (read, check, write) as it enters them. */
type Run = (job: (onStage: OnStage) => Promise<PaneAction>) => Promise<void>;

/**
 * Waits until the browser has drawn the pane: a stage's work may hold the thread for long (the core on a large
 * workbook), and its progress must show before. A hidden pane draws no frames: a timer ends the wait there.
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** The actions that change the workbook or discard edits, each asking first where it must. */
function guardedActions(services: PaneServices, S: UiMessages, store: PaneStore, run: Run) {
  const { dispatch } = store;
  const undo = async (confirmed: boolean): Promise<PaneAction> => {
    const outcome = await services.undo({ confirmed });
    return undoOutcomeAction(outcome, outcome.kind === "needsConfirmation" ? undefined : await services.validate(), S);
  };
  const draft = async (onStage?: OnStage): Promise<PaneAction> => ({ type: "reportDrafted", evaluation: await services.validate(onStage) });
  const regenerate = async (index: number, onStage?: OnStage): Promise<PaneAction> => ({
    type: "sectionRegenerated",
    index,
    evaluation: await services.validate(onStage),
  });
  return {
    writeScores: () => run(async (onStage) => scoresOutcomeAction(await services.score(onStage), S)),
    draftReport: async () => {
      if (editedSections(store.getState()).length === 0) return run((onStage) => draft(onStage));
      dispatch({ type: "confirmationNeeded", confirmation: { kind: "discardEdits", then: { draft: true } } });
    },
    regenerateSection: async (index: number) => {
      if (!editedSections(store.getState()).includes(index)) return run((onStage) => regenerate(index, onStage));
      const heading = currentReport(store.getState())?.sections[index]?.heading ?? "";
      dispatch({ type: "confirmationNeeded", confirmation: { kind: "discardEdits", then: { regenerate: index, heading } } });
    },
    insertReport: () => {
      // The edits and the evaluation they rest on, as they are at the click; read again if the workbook changed.
      const state = store.getState();
      const report = reportToShare(state);
      return run(async (onStage) => {
        if (!report || !state.evaluation) return { type: "jobSucceeded" };
        const evaluation: WorkbookEvaluation = isStale(state) ? await services.validate(onStage) : state.evaluation;
        return reportOutcomeAction(await services.insertReport(evaluation, report, { onStage }), report, S);
      });
    },
    undoLastWrite: () => run(() => undo(false)),
    confirm: async () => {
      const c = store.getState().confirmation;
      if (!c) return;
      dispatch({ type: "confirmationClosed" });
      if (c.kind === "writeScores")
        return run(async (onStage) => scoresOutcomeAction(await services.writeScores(c.evaluation, { confirmed: true, onStage }), S));
      if (c.kind === "insertReport")
        return run(async (onStage) =>
          reportOutcomeAction(await services.insertReport(c.evaluation, c.report, { confirmed: true, onStage }), c.report, S),
        );
      if (c.kind === "undo") return run(() => undo(true));
      const then = c.then;
      return run((onStage) => ("draft" in then ? draft(onStage) : regenerate(then.regenerate, onStage)));
    },
    cancel: () => {
      const c = store.getState().confirmation;
      dispatch({ type: "confirmationClosed", notice: c && c.kind !== "discardEdits" ? S.notWrittenCancelled : undefined });
    },
  };
}

/** 导出 Word: the document of the report as edited, offered as a download, with a word on saving where needed. */
async function exportedWord(services: PaneServices, S: UiMessages, report: Report | undefined): Promise<PaneAction> {
  if (!report) return { type: "jobSucceeded" };
  const { name, bytes } = await services.exportWord(report);
  await services.download(name, bytes);
  const notice = S.wordExported(name) + (services.downloadsMayBeBlocked ? ` ${S.wordDesktopHelp}` : "");
  return { type: "jobSucceeded", notice };
}

/** 插入图表到工作表: the charts of the evaluation on show, in the pane's words. */
async function insertedCharts(services: PaneServices, S: UiMessages, evaluation: WorkbookEvaluation | undefined): Promise<PaneAction> {
  if (!evaluation) return { type: "jobSucceeded" };
  const outcome = await services.insertCharts(evaluation, nativeCharts(chartSpecs(evaluation.model, evaluation.scoring), S));
  if (outcome.kind === "inserted") return { type: "jobSucceeded", notice: S.chartsInserted(outcome.sheet) };
  return {
    type: "evaluated",
    evaluation,
    notice: outcome.kind === "noReportSheet" ? S.chartsNeedReport : S.noCharts,
    noticeTone: "warning",
  };
}

/** 复制全文; a refused clipboard is no failure: the text is shown selected, to copy by hand. */
async function copiedReport(services: PaneServices, S: UiMessages, report: Report | undefined): Promise<PaneAction> {
  if (!report) return { type: "jobSucceeded" };
  const text = reportText(report);
  const copied = await services.copy(text).then(
    () => true,
    () => false,
  );
  return copied ? { type: "jobSucceeded", notice: S.copied } : { type: "copyRefused", text, notice: S.copyFallback };
}

/**
 * Every read goes to the tables the accountant picked where a kind appears more than once. The other services are
 * the given ones, read through at each use (a host may change them, e.g. whether downloads may be blocked).
 */
function withTableChoices(given: PaneServices, store: PaneStore): PaneServices {
  const overrides: Pick<PaneServices, "validate" | "score"> = {
    validate: (onStage) => given.validate(onStage, store.getState().tableChoices),
    score: (onStage) => given.score(onStage, store.getState().tableChoices),
  };
  return Object.assign(Object.create(given) as PaneServices, overrides);
}

export function paneActions(given: PaneServices, S: UiMessages, store: PaneStore): PaneActions {
  const { dispatch } = store;
  const services = withTableChoices(given, store);
  /** Runs a job with the progress indicator and an error bar; the pane never goes blank. */
  const onStage: OnStage = async (stage) => {
    dispatch({ type: "jobStage", stage });
    await nextFrame();
  };
  const run: Run = async (job) => {
    dispatch({ type: "jobStarted" });
    try {
      dispatch(await job(onStage));
    } catch (e) {
      dispatch({ type: "jobFailed", message: errorText(e, S) });
    }
  };
  const evaluated = async (notice?: string): Promise<PaneAction> => ({
    type: "evaluated",
    evaluation: await services.validate(onStage),
    notice,
  });
  return {
    ...guardedActions(services, S, store, run),
    showView: (view) => dispatch({ type: "viewChanged", view }),
    validate: () => run(() => evaluated()),
    chooseTable: (kind, place) => {
      const choice = placeChoice(place);
      if (!choice) return Promise.resolve();
      dispatch({ type: "tableChosen", choices: { [kind]: choice } });
      return run(() => evaluated());
    },
    // The first run: the sheets added, then the workbook read again.
    insertTemplate: () => run(async () => evaluated(S.templateInserted((await services.insertTemplate()).join("、")))),
    insertExample: () => run(async () => evaluated(S.exampleInserted((await services.insertExample()).join("、")))),
    selectCell: (sheet, cell) =>
      run(async () => {
        await services.select(sheet, cell);
        return { type: "jobSucceeded" };
      }),
    editSection: (index, text) => dispatch({ type: "sectionEdited", index, text }),
    copyReport: () => {
      const report = reportToShare(store.getState());
      return run(() => copiedReport(services, S, report));
    },
    insertCharts: () => run(() => insertedCharts(services, S, store.getState().evaluation)),
    exportWord: () => {
      // The edited text of the moment of the click, as insert and copy send it.
      const report = reportToShare(store.getState());
      return run(() => exportedWord(services, S, report));
    },
    workbookChanged: () => dispatch({ type: "workbookChanged", at: services.now() }),
    restoreDrafts: async () => {
      // Drafts that cannot be read are no drafts: the pane opens as new rather than failing.
      const saved = await services.loadDrafts().catch(() => undefined);
      if (saved)
        dispatch({
          type: "draftsRestored",
          report: saved.report,
          edits: saved.edits,
          notice: S.draftsRestored(shownTime(saved.savedAt, services.now())),
        });
    },
  };
}
