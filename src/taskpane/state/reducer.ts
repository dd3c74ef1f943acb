/** The pane's state and every change to it, as data; the async work that leads to these changes is in paneActions. */
import type { TableChoices } from "../../app";
import type { JobStage, Overwrite, WorkbookEvaluation } from "../../app";
import type { Finding } from "../../core/findings";
import type { Report } from "../../core/report";

export type View = "validate" | "score" | "report";

/** A question the pane asks before it goes on; what it holds is what going on needs. */
export type Confirmation =
  | { kind: "writeScores"; evaluation: WorkbookEvaluation; errors: Finding[]; overwrites: Overwrite[] }
  | { kind: "insertReport"; evaluation: WorkbookEvaluation; report: Report; overwrites: Overwrite[] }
  | { kind: "undo"; overwrites: Overwrite[] }
  /** 起草报告 or 重新生成 would drop the accountant's edits (of the section `heading`, when one). */
  | { kind: "discardEdits"; then: { draft: true } | { regenerate: number; heading: string } };

export interface PaneState {
  view: View;
  busy: boolean;
  /** The stage of the job that runs, when it told one. */
  stage?: JobStage;
  error?: string;
  notice?: string;
  /** How the notice shows: success (the default) or a warning that something was not done. */
  noticeTone?: "success" | "warning";
  evaluation?: WorkbookEvaluation;
  /** The question on show, if any. */
  confirmation?: Confirmation;
  /** When the workbook last changed other than by this pane's writes (ms): results read before it are stale. */
  changedAt?: number;
  /** The report the edits apply to (the last one drafted or regenerated). */
  draft?: Report;
  /** Edited section texts by section index, one paragraph per line. */
  drafts: Record<number, string>;
  /** The report's text offered for copying by hand, when the clipboard refused it. */
  copyText?: string;
  /** Where a kind of table appears more than once: the place the accountant picked, for every read that follows. */
  tableChoices: NonNullable<TableChoices>;
}

export const initialPaneState: PaneState = { view: "validate", busy: false, drafts: {}, tableChoices: {} };

export type PaneAction =
  | { type: "viewChanged"; view: View }
  /** A job began: the progress indicator shows; the last error and notice go. */
  | { type: "jobStarted" }
  | { type: "jobStage"; stage: JobStage }
  | { type: "jobFailed"; message: string }
  /** A job that brings no new data ended (select a cell, insert or copy the report). */
  | { type: "jobSucceeded"; notice?: string }
  | { type: "evaluated"; evaluation: WorkbookEvaluation; notice?: string; noticeTone?: "warning" }
  /** 起草报告: a fresh report from the evaluation; hand edits are dropped (the pane has asked first). */
  | { type: "reportDrafted"; evaluation: WorkbookEvaluation }
  | { type: "sectionEdited"; index: number; text: string }
  /** One section from a new evaluation; applied to the state of its arrival, so edits made meanwhile stay. */
  | { type: "sectionRegenerated"; index: number; evaluation: WorkbookEvaluation }
  /** A job stops to ask; the evaluation it read, if any, is shown meanwhile. */
  | { type: "confirmationNeeded"; confirmation: Confirmation; evaluation?: WorkbookEvaluation }
  /** The question is answered: going on starts a job; cancelling may say that nothing was done. */
  | { type: "confirmationClosed"; notice?: string }
  | { type: "workbookChanged"; at: number }
  /** The clipboard refused the text: it is shown selected, to copy by hand. */
  | { type: "copyRefused"; text: string; notice: string }
  /** Drafts kept in the document, back when the pane opens. */
  | { type: "draftsRestored"; report: Report; edits: Record<number, string>; notice: string }
  /** The accountant picked where to read a kind of table that appears more than once. */
  | { type: "tableChosen"; choices: NonNullable<TableChoices> };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "tableChosen":
      return { ...state, tableChoices: { ...state.tableChoices, ...action.choices } };
    case "viewChanged":
      return { ...state, view: action.view };
    case "jobStarted":
      return { ...state, busy: true, stage: undefined, error: undefined, notice: undefined, noticeTone: undefined, copyText: undefined };
    case "jobStage":
      return { ...state, stage: action.stage };
    case "copyRefused":
      return { ...state, busy: false, copyText: action.text, notice: action.notice, noticeTone: "warning" };
    case "jobFailed":
      return { ...state, busy: false, error: action.message };
    case "jobSucceeded":
      return { ...state, busy: false, notice: action.notice ?? state.notice };
    case "evaluated":
      return {
        ...state,
        busy: false,
        evaluation: action.evaluation,
        notice: action.notice ?? state.notice,
        noticeTone: action.notice ? action.noticeTone : state.noticeTone,
      };
    case "reportDrafted":
      return { ...state, busy: false, evaluation: action.evaluation, draft: action.evaluation.report, drafts: {} };
    case "sectionEdited":
      return { ...state, drafts: { ...state.drafts, [action.index]: action.text } };
    case "sectionRegenerated":
      return { ...state, busy: false, evaluation: action.evaluation, ...withSectionRegenerated(state, action.index, action.evaluation) };
    case "confirmationNeeded":
      return { ...state, busy: false, confirmation: action.confirmation, evaluation: action.evaluation ?? state.evaluation };
    case "confirmationClosed":
      return { ...state, confirmation: undefined, ...(action.notice ? { notice: action.notice, noticeTone: "warning" as const } : {}) };
    case "workbookChanged":
      return { ...state, changedAt: action.at };
    case "draftsRestored":
      // Only into a pane with no draft of its own yet: what the accountant has typed here wins.
      if (state.draft || Object.keys(state.drafts).length > 0) return state;
      return { ...state, draft: action.report, drafts: action.edits, notice: action.notice, noticeTone: undefined };
  }
}

/** The draft with section `index` from the new evaluation's report, and the edits without that section's. */
function withSectionRegenerated(state: PaneState, index: number, evaluation: WorkbookEvaluation): Pick<PaneState, "draft" | "drafts"> {
  // The draft base is the report on show (the old evaluation's until the first draft), as the user sees it.
  const base = state.draft ?? state.evaluation?.report ?? evaluation.report;
  const draft = { ...base, sections: base.sections.map((s, i) => (i === index ? evaluation.report.sections[index] : s)) };
  const drafts = { ...state.drafts };
  delete drafts[index];
  return { draft, drafts };
}
