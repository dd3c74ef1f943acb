/** The pane's state and every change to it, as data; the async work that leads to these changes is in paneActions. */
import type { Evaluation } from "../../core/evaluate";
import type { Report } from "../../core/report";

export type View = "validate" | "score" | "report";

export interface PaneState {
  view: View;
  busy: boolean;
  error?: string;
  notice?: string;
  evaluation?: Evaluation;
  /** The report the edits apply to (the last one drafted or regenerated). */
  draft?: Report;
  /** Edited section texts by section index, one paragraph per line. */
  drafts: Record<number, string>;
}

export const initialPaneState: PaneState = { view: "validate", busy: false, drafts: {} };

export type PaneAction =
  | { type: "viewChanged"; view: View }
  /** A job began: the progress indicator shows; the last error and notice go. */
  | { type: "jobStarted" }
  | { type: "jobFailed"; message: string }
  /** A job that brings no new data ended (select a cell, insert or copy the report). */
  | { type: "jobSucceeded"; notice?: string }
  | { type: "evaluated"; evaluation: Evaluation; notice?: string }
  /** 起草报告: a fresh report from the evaluation; hand edits are dropped (issue #14). */
  | { type: "reportDrafted"; evaluation: Evaluation }
  | { type: "sectionEdited"; index: number; text: string }
  /** One section from a new evaluation; applied to the state of its arrival, so edits made meanwhile stay. */
  | { type: "sectionRegenerated"; index: number; evaluation: Evaluation };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "viewChanged":
      return { ...state, view: action.view };
    case "jobStarted":
      return { ...state, busy: true, error: undefined, notice: undefined };
    case "jobFailed":
      return { ...state, busy: false, error: action.message };
    case "jobSucceeded":
      return { ...state, busy: false, notice: action.notice ?? state.notice };
    case "evaluated":
      return { ...state, busy: false, evaluation: action.evaluation, notice: action.notice ?? state.notice };
    case "reportDrafted":
      return { ...state, busy: false, evaluation: action.evaluation, draft: action.evaluation.report, drafts: {} };
    case "sectionEdited":
      return { ...state, drafts: { ...state.drafts, [action.index]: action.text } };
    case "sectionRegenerated":
      return { ...state, busy: false, evaluation: action.evaluation, ...withSectionRegenerated(state, action.index, action.evaluation) };
  }
}

/** The draft with section `index` from the new evaluation's report, and the edits without that section's. */
function withSectionRegenerated(state: PaneState, index: number, evaluation: Evaluation): Pick<PaneState, "draft" | "drafts"> {
  // The draft base is the report on show (the old evaluation's until the first draft), as the user sees it.
  const base = state.draft ?? state.evaluation?.report ?? evaluation.report;
  const draft = { ...base, sections: base.sections.map((s, i) => (i === index ? evaluation.report.sections[index] : s)) };
  const drafts = { ...state.drafts };
  delete drafts[index];
  return { draft, drafts };
}
