/** What the views show, derived from the pane's state. */
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
