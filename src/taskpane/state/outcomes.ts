/** The outcome of a write, as the one pane action that shows it: a notice, or the question to ask first. */
import type { Report } from "../../core/report";
import type { UndoOutcome, WorkbookEvaluation, WriteOutcome } from "../../app";
import type { UiMessages } from "../../i18n";
import { scoreOutcomeLines } from "../../ui/writeMessages";
import type { PaneAction } from "./reducer";

export function scoresOutcomeAction(outcome: WriteOutcome, S: UiMessages): PaneAction {
  const { evaluation } = outcome;
  if (outcome.kind === "needsConfirmation")
    return {
      type: "confirmationNeeded",
      evaluation,
      confirmation: { kind: "writeScores", evaluation, errors: outcome.errors, overwrites: outcome.overwrites },
    };
  if (outcome.kind === "written") return { type: "evaluated", evaluation, notice: S.scoreWritten };
  return { type: "evaluated", evaluation, notice: scoreOutcomeLines(outcome, S).join(" "), noticeTone: "warning" };
}

/** `report` is the text that was to be inserted: confirming inserts that same text. */
export function reportOutcomeAction(outcome: WriteOutcome, report: Report, S: UiMessages): PaneAction {
  const { evaluation } = outcome;
  if (outcome.kind === "needsConfirmation")
    return {
      type: "confirmationNeeded",
      evaluation,
      confirmation: { kind: "insertReport", evaluation, report, overwrites: outcome.overwrites },
    };
  return { type: "evaluated", evaluation, notice: S.reportInserted(outcome.changed[outcome.changed.length - 1]?.sheet ?? "") };
}

/** After an undo the workbook is read again (`fresh`), so that every view shows what it holds now. */
export function undoOutcomeAction(outcome: UndoOutcome, fresh: WorkbookEvaluation | undefined, S: UiMessages): PaneAction {
  if (outcome.kind === "needsConfirmation")
    return { type: "confirmationNeeded", confirmation: { kind: "undo", overwrites: outcome.overwrites } };
  if (!fresh) return { type: "jobSucceeded" };
  if (outcome.kind === "nothingToUndo") return { type: "evaluated", evaluation: fresh, notice: S.nothingToUndo, noticeTone: "warning" };
  return { type: "evaluated", evaluation: fresh, notice: S.undone(S.writeKind[outcome.undid]) };
}
