/** What the views show, derived from the pane's state. */
import { type WriteKind, lastWrite } from "../../app";
import type { Report } from "../../core/report";
import type { PaneState } from "./reducer";

/** The report on show: the last drafted or regenerated one, else the last evaluation's. */
export function currentReport(state: PaneState): Report | undefined {
  return state.draft ?? state.evaluation?.report;
}

/** The edited report: each section's text back into paragraphs, one per non-empty line. */
export function editedReport(report: Report, drafts: Record<number, string>): Report {
  return {
    ...report,
    sections: report.sections.map((s, i) =>
      drafts[i] === undefined
        ? s
        : {
            ...s,
            paragraphs: drafts[i]
              .split("\n")
              .map((l) => l.trim())
              .filter((l) => l !== ""),
          },
    ),
  };
}

/** The report to insert or copy: the one on show with the user's edits, if there is one. */
export function reportToShare(state: PaneState): Report | undefined {
  const report = currentReport(state);
  return report && editedReport(report, state.drafts);
}

/** Whether the workbook changed after the results on show were read from it. */
export function isStale(state: PaneState): boolean {
  return state.evaluation !== undefined && state.changedAt !== undefined && state.changedAt >= state.evaluation.readAt;
}

/** The sections whose text the accountant changed (an edit typed back to the generated text is none). */
export function editedSections(state: PaneState): number[] {
  const report = currentReport(state);
  return Object.entries(state.drafts)
    .filter(([i, text]) => text !== report?.sections[Number(i)]?.paragraphs.join("\n"))
    .map(([i]) => Number(i));
}

/** The write 撤销上次写入 would undo, as the results on show know it. */
export function undoableWrite(state: PaneState): { kind: WriteKind; at: string } | undefined {
  return state.evaluation && lastWrite(state.evaluation.source);
}

/**
 * A workbook with none of the budget sheets (基本信息, 支出决算, 绩效指标 all missing): the pane shows the first
 * run's steps instead of the errors that say so.
 */
export function isBlankWorkbook(state: PaneState): boolean {
  return (state.evaluation?.findings ?? []).filter((f) => f.code === "MISSING_SHEET").length >= 3;
}
