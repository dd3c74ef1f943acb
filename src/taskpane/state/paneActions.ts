/** Everything the user can do in the pane: the async work with the workbook, each ending in one action. */
import type { Report } from "../../core/report";
import { reportText } from "../../core/reportSheet";
import type { UiMessages } from "../../i18n";
import type { PaneServices } from "../services";
import { PaneAction, View } from "./reducer";
import { reportToShare } from "./selectors";
import { PaneStore } from "./store";

export interface PaneActions {
  showView(view: View): void;
  validate(): Promise<void>;
  insertTemplate(): Promise<void>;
  writeScores(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  draftReport(): Promise<void>;
  editSection(index: number, text: string): void;
  regenerateSection(index: number): Promise<void>;
  insertReport(): Promise<void>;
  copyReport(): Promise<void>;
  exportWord(): Promise<void>;
}

/** 导出 Word: the document of the report as edited, offered as a download, with a word on saving where needed. */
async function exportedWord(services: PaneServices, S: UiMessages, report: Report | undefined): Promise<PaneAction> {
  if (!report) return { type: "jobSucceeded" };
  const { name, bytes } = await services.exportWord(report);
  await services.download(name, bytes);
  const notice = S.wordExported(name) + (services.downloadsMayBeBlocked ? ` ${S.wordDesktopHelp}` : "");
  return { type: "jobSucceeded", notice };
}

export function paneActions(services: PaneServices, S: UiMessages, store: PaneStore): PaneActions {
  const { dispatch } = store;
  /** Runs a job with the progress indicator and an error bar; the pane never goes blank. */
  const run = async (job: () => Promise<PaneAction>): Promise<void> => {
    dispatch({ type: "jobStarted" });
    try {
      dispatch(await job());
    } catch (e) {
      dispatch({ type: "jobFailed", message: e instanceof Error ? e.message : String(e) });
    }
  };
  const evaluated = async (notice?: string): Promise<PaneAction> => ({ type: "evaluated", evaluation: await services.validate(), notice });
  return {
    showView: (view) => dispatch({ type: "viewChanged", view }),
    validate: () => run(() => evaluated()),
    insertTemplate: () =>
      run(async () => {
        const names = await services.insertTemplate();
        return evaluated(S.templateInserted(names.join("、")));
      }),
    writeScores: () =>
      run(async () => {
        const { evaluation } = await services.score();
        return { type: "evaluated", evaluation, notice: S.scoreWritten };
      }),
    selectCell: (sheet, cell) =>
      run(async () => {
        await services.select(sheet, cell);
        return { type: "jobSucceeded" };
      }),
    draftReport: () => run(async () => ({ type: "reportDrafted", evaluation: await services.validate() })),
    editSection: (index, text) => dispatch({ type: "sectionEdited", index, text }),
    regenerateSection: (index) => run(async () => ({ type: "sectionRegenerated", index, evaluation: await services.validate() })),
    insertReport: () => {
      // The edits and the evaluation they rest on, as they are at the click.
      const { evaluation } = store.getState();
      const report = reportToShare(store.getState());
      return run(async () => {
        if (!report || !evaluation) return { type: "jobSucceeded" };
        const { changed } = await services.insertReport(evaluation, report);
        return { type: "jobSucceeded", notice: S.reportInserted(changed[changed.length - 1]?.sheet ?? "") };
      });
    },
    copyReport: () => {
      const report = reportToShare(store.getState());
      return run(async () => {
        if (!report) return { type: "jobSucceeded" };
        await services.copy(reportText(report));
        return { type: "jobSucceeded", notice: S.copied };
      });
    },
    exportWord: () => {
      // The edited text of the moment of the click, as insert and copy send it.
      const report = reportToShare(store.getState());
      return run(() => exportedWord(services, S, report));
    },
  };
}
