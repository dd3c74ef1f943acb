/** The application layer: the use cases every host (CLI, ribbon command, task pane) calls, and their ports. */
export * from "./ports";
export { TABLE_KINDS, type TableChoices, evaluateWorkbook } from "./evaluateWorkbook";
export { scoreWorkbook, writeScores, type WriteOutcome } from "./scoreWorkbook";
export { insertReport } from "./insertReport";
export { goToCell, insertTemplate } from "./openWorkbook";
export { findingCounts, type FindingCounts } from "./findingCounts";
/** What the hosts show of an evaluation: its type, and every finding (validation, scoring, the report's). */
export { type Evaluation, allFindings } from "../core/evaluate";
export { cellsChangedBy } from "./writePlan";
