/** The application layer: the use cases every host (CLI, ribbon command, task pane) calls, and their ports. */
export * from "./ports";
export { TABLE_KINDS, type TableChoices, evaluateWorkbook, type WorkbookEvaluation } from "./evaluateWorkbook";
export { scoreWorkbook, writeScores, insertReport, writeScoresAndReport, type WriteOutcome, type WriteOptions } from "./scoreWorkbook";
export { undoLastWrite, lastWrite, type UndoOutcome } from "./undo";
export { type Overwrite } from "./prepareWrite";
export { type WriteJournal, type WriteKind, type CellContent, type SheetContent, allCells, journalTexts, parseJournal } from "./journal";
export { contentText } from "./source";
export { exportReportDocx, type DocumentProperties, type ExportedDocument, type ReportDocumentWriter } from "./exportReport";
export { goToCell, insertExample, insertTemplate } from "./openWorkbook";
export { insertCharts, type ChartsOutcome } from "./insertCharts";
export { findingCounts, type FindingCounts } from "./findingCounts";
/** What the hosts show of an evaluation: its type, and every finding (validation, scoring, the report's). */
export { type Evaluation, allFindings } from "../core/evaluate";
export { cellsChangedBy, restoredCells } from "./writePlan";
export { reviewWorkbook, type WorkbookReview } from "./reviewWorkbook";
export { type FileFinding, type FileSummary, unreadableSummary } from "./batchSummary";
export { placeChoice, type TableChoice } from "./tableChoice";
