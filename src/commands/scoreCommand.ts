/**
 * The 评分 ribbon button: score the open workbook and tell the accountant the outcome without the task
 * pane, in a small dialog: the total and grade, or the number of errors and the first one, whose cell is
 * selected. `event.completed()` is called on every path, exceptions included.
 *
 * One click cannot ask a question, so whatever the pane would ask about is not written: with errors, or when a
 * cell that is not the tool's would change, the dialog says that nothing was written and why.
 */
import { OpenWorkbookPort, findingCounts, goToCell, scoreWorkbook } from "../app";
import { Lang, messages, renderFinding } from "../i18n";
import type { DialogMessage } from "../ui/dialogMessage";
import { findingLine, firstError, scoreOutcomeLines } from "../ui/writeMessages";

export type { DialogMessage };

export interface CommandDeps {
  workbook: OpenWorkbookPort;
  lang: Lang;
  /** Shows the message and resolves when the accountant closes it (or at once if no dialog can open). */
  show: (message: DialogMessage) => Promise<void>;
}

export async function scoreMessage(deps: CommandDeps): Promise<DialogMessage> {
  const S = messages(deps.lang).ui;
  const base = { title: S.scoreTitle, ok: S.ok };
  try {
    const outcome = await scoreWorkbook(deps.workbook);
    const error = outcome.kind === "written" ? undefined : firstError(outcome);
    if (!error) return { ...base, lines: scoreOutcomeLines(outcome, S) };
    const first = renderFinding(error, deps.lang);
    try {
      await goToCell(deps.workbook, first.sheet, first.cell);
    } catch {
      // The cell may be on a sheet that does not exist (MISSING_SHEET): the message still names it.
    }
    const { errors } = findingCounts(outcome.evaluation);
    return { ...base, lines: [S.scoreErrors(errors), findingLine(error, deps.lang), S.notWrittenErrors] };
  } catch (e) {
    return { ...base, lines: [S.scoreFailed, e instanceof Error ? e.message : String(e)] };
  }
}

export async function runScoreCommand(event: { completed: () => void }, deps: CommandDeps): Promise<void> {
  try {
    await deps.show(await scoreMessage(deps));
  } catch {
    // Nothing more can be shown; the button must still be released below.
  } finally {
    event.completed();
  }
}
