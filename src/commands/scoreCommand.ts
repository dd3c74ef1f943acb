/**
 * The 评分 ribbon button: score the open workbook and tell the accountant the outcome without the task
 * pane, in a small dialog: the total and grade, or the number of errors and the first one, whose cell is
 * selected. `event.completed()` is called on every path, exceptions included.
 */
import { OpenWorkbookPort, findingCounts, goToCell, scoreWorkbook } from "../app";
import { fixed } from "../core/decimal";
import { Lang, messages, renderFinding } from "../i18n";
import type { DialogMessage } from "../ui/dialogMessage";

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
    const { evaluation } = await scoreWorkbook(deps.workbook);
    const counts = findingCounts(evaluation);
    const firstError = evaluation.findings.find((f) => f.severity === "error");
    if (firstError) {
      const first = renderFinding(firstError, deps.lang);
      try {
        await goToCell(deps.workbook, first.sheet, first.cell);
      } catch {
        // The cell may be on a sheet that does not exist (MISSING_SHEET): the message still names it.
      }
      return { ...base, lines: [S.scoreErrors(counts.errors), `${first.sheet}!${first.cell} ${first.message}`] };
    }
    const { total, grade } = evaluation.scoring;
    if (total === null || grade === null) return { ...base, lines: [S.scoreNoTable] };
    const { warnings } = counts;
    return { ...base, lines: [S.scoreDone(fixed(total, 2), grade), ...(warnings ? [S.scoreWarnings(warnings)] : [])] };
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
