/**
 * The shape of a language: every finding code, UI string and CLI label, each a string or a function of
 * typed parameters. A language that misses one, or a caller that misses a parameter, does not compile.
 */
import type { FileSummary } from "../app/batchSummary";
import type { WriteKind } from "../app/journal";
import type { FileErrorCode, JobStage } from "../app/ports";
import type { FindingCode, FindingParams, Severity } from "../core/findings";
import type { SheetKey } from "../core/schema";
import type { ChartKind, ChartLabelKey } from "../core/charts";
import type { Grade } from "../core/scoring";

export type Lang = "zh-CN" | "en";

export type FindingMessages = { [C in FindingCode]: (p: FindingParams[C]) => string };

/** The task pane's frame, first run, findings, cards and errors (issue #15): pane.zh-CN.ts and pane.en.ts. */
export interface PaneMessages {
  help: string;
  formatGuide: string;
  version: (v: string) => string;
  /** What the pane shows while a job is in a stage. */
  stage: Record<JobStage, string>;
  // first run
  firstRunTitle: string;
  firstRunIntro: string;
  /** 插入模板 → 填写 → 校验 → 评分 → 报告, each with a line on what it means. */
  firstRunSteps: { title: string; text: string }[];
  insertExample: string;
  exampleInserted: (names: string) => string;
  // findings that scale
  filterSeverity: string;
  filterAll: string;
  filterErrors: string;
  filterWarnings: string;
  filterSheet: string;
  allSheets: string;
  nextError: string;
  noMatch: string;
  showMore: (remaining: number) => string;
  /** A finding code's short name and what to do about it. */
  findingHints: Record<FindingCode, { title: string; hint: string }>;
  // score
  totalLine: (total: string) => string;
  gradeLine: (grade: string) => string;
  /** The grade as this language says it (the workbook's word in brackets where it differs). */
  gradeName: Record<Grade, string>;
  scoreOf: (score: string, weight: string) => string;
  scoreShare: string;
  targetActual: (target: string, actual: string) => string;
  noIndicators: string;
  // report
  figuresCount: (count: number) => string;
  copyFallback: string;
  copyFallbackLabel: string;
  /** Known Office errors, as guidance rather than Excel's own words. */
  officeError: Record<OfficeErrorKind, string>;
  // charts
  charts: string;
  showCharts: string;
  insertCharts: string;
  chartsInserted: (sheet: string) => string;
  chartsNeedReport: string;
  noCharts: string;
  chartTitle: Record<ChartKind, string>;
  chartLabel: Record<ChartLabelKey, string>;
  /** The header of a chart's data in the sheet: the labels' column, and the values' column by chart. */
  chartItem: string;
  chartValue: Record<ChartKind, string>;
}

/** The task pane and the ribbon command's dialog; components never hard-code text. */
export interface UiMessages extends PaneMessages {
  appTitle: string;
  // ribbon command dialog
  scoreTitle: string;
  scoreDone: (total: string, grade: string) => string;
  scoreWarnings: (count: number) => string;
  /** The errors that stop a write unless the accountant confirms it. */
  errorsFound: (count: number) => string;
  scoreErrors: (count: number) => string;
  scoreNoTable: string;
  notWrittenErrors: string;
  overwritesFound: (count: number) => string;
  notWrittenOverwrites: string;
  scoreFailed: string;
  ok: string;
  // task pane
  outsideExcel: string;
  /** office.js did not load (the CDN unreachable), said after a few seconds. */
  officeJsMissing: string;
  loading: string;
  working: string;
  tabValidate: string;
  tabScore: string;
  tabReport: string;
  validateRun: string;
  validateNone: string;
  validateCounts: (errors: number, warnings: number) => string;
  errorLabel: string;
  warningLabel: string;
  selectCell: (sheet: string, cell: string) => string;
  noSheets: string;
  /** The Validate view's list of what was read where. */
  tablesFound: string;
  /** The picker shown where a kind of table appears more than once. */
  chooseTable: (table: string) => string;
  chooseTablePrompt: string;
  insertTemplate: string;
  templateInserted: (names: string) => string;
  scoreRun: string;
  scoreWrite: string;
  scoreWritten: string;
  colIndicator: string;
  colTarget: string;
  colActual: string;
  colWeight: string;
  colScore: string;
  colExplanation: string;
  total: string;
  grade: string;
  gradeWithheld: string;
  unscored: string;
  reportDraft: string;
  regenerate: string;
  figures: string;
  insertReport: string;
  reportInserted: (sheet: string) => string;
  copyAll: string;
  copied: string;
  exportWord: string;
  wordExported: (name: string) => string;
  wordDesktopHelp: string;
  sectionText: (heading: string) => string;
  errorTitle: string;
  language: string;
  // confirmation, undo, staleness
  confirmTitle: string;
  confirmWrite: string;
  cancel: string;
  moreItems: (count: number) => string;
  cleared: string;
  snapshotHint: string;
  notWrittenCancelled: string;
  discardTitle: string;
  discardDraft: string;
  discardSection: (heading: string) => string;
  discard: string;
  undoLast: string;
  lastWrite: (what: string, time: string) => string;
  /** What a write wrote, as 上次写入 and 已撤销 name it. */
  writeKind: Record<WriteKind, string>;
  undone: (what: string) => string;
  nothingToUndo: string;
  undoConfirmTitle: string;
  undoOverwrites: (count: number) => string;
  confirmUndo: string;
  computedAt: (time: string) => string;
  stale: string;
  revalidate: string;
  draftsRestored: (time: string) => string;
}

/** The Office errors the pane recognises (src/ui/errorText.ts maps Excel's error codes to them). */
export type OfficeErrorKind = "cellEditMode" | "protected" | "tooLarge" | "busy" | "notFound" | "exists" | "general";

/** The command line's readable summary. `error` and `warning` name a finding's severity. */
export interface CliMessages {
  file: string;
  department: string;
  year: string;
  unit: string;
  spendingTotal: string;
  basic: string;
  personnel: string;
  public: string;
  project: string;
  other: string;
  budget: string;
  shareOf: (percent: string) => string;
  findings: (errors: number, warnings: number) => string;
  indicators: string;
  total: string;
  grade: string;
  unscored: string;
  withheld: string;
  error: string;
  warning: string;
  none: string;
  /** --undo: what was undone (`at` as the journal keeps it, ISO 8601) and where the result is. */
  undone: (kind: WriteKind, at: string, out: string) => string;
  /** --undo on a file this tool never wrote to (or whose last write was undone). */
  nothingToUndo: string;
  /** A line per table read: its name (Messages.tables), its place (Sheet!A1:J20), and whether the sheet is hidden. */
  source: (table: string, place: string, hidden: boolean) => string;
  /** --out of an .xls input: the output is an .xlsx. */
  xlsWrittenAsXlsx: (input: string, out: string) => string;
}

/** The columns of the batch summary's findings sheet. */
export type FindingRowKey = "file" | "sheet" | "cell" | "severity" | "code" | "message";

/** The command line's batch review (--summary), --help (every option, --undo among them) and --version. */
export interface BatchMessages {
  help: (version: string, extensions: readonly string[]) => string;
  summarySheet: string;
  findingsSheet: string;
  summaryHeaders: Record<keyof FileSummary, string>;
  findingHeaders: Record<FindingRowKey, string>;
  severity: Record<Severity, string>;
  /** The grade of a readable workbook that has none. */
  gradeWithheld: string;
  progress: (done: number, total: number, seconds: number, file: string) => string;
  /** One line per file on stdout after a batch. */
  fileLine: (row: FileSummary) => string;
  summaryWritten: (path: string, files: number, unreadable: number) => string;
}

export interface Messages {
  findings: FindingMessages;
  ui: UiMessages;
  cli: CliMessages;
  /** Why a file cannot be read or written: one line, after the file's name. */
  files: Record<FileErrorCode, string>;
  batch: BatchMessages;
  /** Each kind of table the reader knows, by name: in messages, the CLI's summary and JSON, and the pane. */
  tables: Record<SheetKey, string>;
}
