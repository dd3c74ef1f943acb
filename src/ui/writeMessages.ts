/**
 * What a write of scores did, in the words the ribbon's dialog and the pane both use, with the counts of the same
 * function (findingCounts): the two never tell the accountant different things about one workbook.
 */
import { type Overwrite, type WriteOutcome, allFindings, findingCounts } from "../app";
import { fixed } from "../core/decimal";
import type { Finding } from "../core/findings";
import { type Lang, type UiMessages, renderFinding } from "../i18n";

/** The first error of an evaluation, if any. */
export function firstError(outcome: WriteOutcome): Finding | undefined {
  return allFindings(outcome.evaluation).find((f) => f.severity === "error");
}

/** "sheet!cell message". */
export function findingLine(f: Finding, lang: Lang): string {
  const r = renderFinding(f, lang);
  return `${r.sheet}!${r.cell} ${r.message}`;
}

/** "sheet!cell: “before” → “after”", long texts shortened. */
export function overwriteLine(o: Overwrite, S: UiMessages): string {
  const short = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
  return `${o.sheet}!${o.cell}：“${short(o.before)}” → ${o.after === "" ? S.cleared : `“${short(o.after)}”`}`;
}

/** The lines after writing, or deciding not to write, the scores. */
export function scoreOutcomeLines(outcome: WriteOutcome, S: UiMessages): string[] {
  const { errors, warnings } = findingCounts(outcome.evaluation);
  if (outcome.kind === "written") {
    const { total, grade } = outcome.evaluation.scoring;
    if (total === null || grade === null) return [S.scoreWritten];
    return [S.scoreDone(fixed(total, 2), S.gradeName[grade]), ...(warnings ? [S.scoreWarnings(warnings)] : []), S.scoreWritten];
  }
  if (errors > 0) return [S.errorsFound(errors), S.notWrittenErrors];
  if (outcome.kind === "nothingToWrite") return [S.scoreNoTable];
  return [S.overwritesFound(outcome.overwrites.length), S.notWrittenOverwrites];
}
