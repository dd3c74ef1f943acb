/** One way to count what an evaluation found, so that the ribbon, the pane and the CLI say the same numbers. */
import { Evaluation, allFindings } from "../core/evaluate";

export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** Validation, scoring and the report's placeholders alike. */
export function findingCounts(evaluation: Evaluation): FindingCounts {
  const all = allFindings(evaluation);
  const errors = all.filter((f) => f.severity === "error").length;
  return { errors, warnings: all.length - errors };
}
