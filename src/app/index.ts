/** The application layer: the use cases every host (CLI, ribbon command, task pane) calls, and their ports. */
export * from "./ports";
export { evaluateWorkbook } from "./evaluateWorkbook";
export { scoreWorkbook, writeScores, type WriteOutcome } from "./scoreWorkbook";
export { insertReport } from "./insertReport";
export { exportReportDocx, type DocumentProperties, type ExportedDocument, type ReportDocumentWriter } from "./exportReport";
export { goToCell, insertTemplate } from "./openWorkbook";
export { findingCounts, type FindingCounts } from "./findingCounts";
/** What the hosts show of an evaluation: its type, and every finding (validation, scoring, the report's). */
export { type Evaluation, allFindings } from "../core/evaluate";
export { cellsChangedBy } from "./writePlan";
export { reviewWorkbook, type WorkbookReview } from "./reviewWorkbook";
export { type FileFinding, type FileSummary, unreadableSummary } from "./batchSummary";
