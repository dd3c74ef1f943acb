/**
 * 四、存在的主要问题 and 五、下一步改进措施, paired: the unit's problems and measures as written, then each problem
 * the data shows (issues.ts) in 四 and, in 五, a measure for each one that none of the unit's measures addresses,
 * drafted by this tool and marked for review.
 */
import { drafted, missing, numbered, sectionOf, Piece } from "./parts";
import { DataIssue, REVIEW_MARK, dataIssues } from "./issues";
import { SectionBody, SectionInput } from "./types";
import { problemsAt } from "./values";

export function mainProblems(input: SectionInput): SectionBody {
  const { model } = input;
  const problems: Piece[] = [...model.problems.map((p) => p.text), ...dataIssues(input).map((issue) => issue.problem)];
  return sectionOf(numbered(problems.length ? problems : [missing("存在的主要问题", problemsAt(model))]));
}

function draftedMeasure(issue: DataIssue): Piece {
  const { caption, text } = issue.measure;
  return drafted(`${caption}${text}${REVIEW_MARK}`, `改进措施：${caption.replace(/。$/, "")}`, issue.at);
}

export function improvementMeasures(input: SectionInput): SectionBody {
  const { model } = input;
  const own = model.measures.map((m) => m.text);
  const drafts = dataIssues(input)
    .filter((issue) => !own.some(issue.addressedBy))
    .map(draftedMeasure);
  // The unit's own problems need the unit's own measures: without any, say so even beside the drafted ones.
  const ownMissing = own.length === 0 && (model.problems.length > 0 || drafts.length === 0);
  const measures: Piece[] = [...(ownMissing ? [missing("下一步改进措施", problemsAt(model))] : []), ...own, ...drafts];
  return sectionOf(numbered(measures));
}
