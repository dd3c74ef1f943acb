/**
 * The ports the use cases are written against. A workbook is whatever can be read into the core's grids and
 * can apply a write plan: the open workbook in Excel (adapters/office) or an .xlsx file (adapters/xlsx).
 */
import type { WorkbookGrid } from "../core/grid";
import type { CellWrite } from "../core/plan";
import type { Report } from "../core/report";
import type { ReportSheetPlan } from "../core/reportSheet";
import type { TemplateSheet } from "../core/template";
import type { SheetContent, WriteJournal } from "./journal";

/** The name of the mark (a custom property or a defined name) by which this tool knows the sheets it made. */
export const REPORT_MARK = "BudgetPerfReportSheet";

/** Why a workbook file cannot be read or an output written; the hosts put it in words (src/i18n). */
export type FileErrorCode =
  | "NOT_FOUND"
  | "NOT_WORKBOOK"
  | "ENCRYPTED"
  | "TOO_LARGE"
  | "DAMAGED"
  | "OUT_IS_INPUT"
  | "NO_FOLDER"
  | "NO_PERMISSION"
  | "DISK_FULL"
  | "WRITE_FAILED";

/**
 * The very hidden sheet that holds the write journal (journal.ts). It is not an input: adapters leave it out of
 * the grid and of the sheet names they report, and nothing shows it.
 */
export const JOURNAL_SHEET = "BudgetPerfUndo";

/** The stages of a long job, shown by the pane while it works: read the workbook, check it, write to it. */
export type JobStage = "read" | "check" | "write";
/** Told when a job enters a stage; a host may return a promise to draw its progress before the stage's work. */
export type OnStage = (stage: JobStage) => void | Promise<void>;

export interface WorkbookSnapshot {
  /** The input sheets the core reads (other sheets may be left out). */
  grid: WorkbookGrid;
  /** Every sheet name of the workbook, in tab order. */
  sheetNames: string[];
  /** Sheets this tool made on an earlier run: they may be replaced. */
  ownedSheets: string[];
  /** The content of those sheets (values, formulas, number formats): what replacing one would discard. */
  ownedContent?: SheetContent[];
  /** This tool's write journal; absent when it has never written to this workbook. */
  journal?: WriteJournal;
}

/** Everything one use case writes, applied by the adapter in as few round trips as it can. */
export interface WritePlan {
  cells: CellWrite[];
  reportSheet?: ReportSheetPlan;
  /**
   * The journal to store with the change, written first in the same request; `replace` when the journal sheet
   * exists. Absent when the write changes nothing the journal does not already know.
   */
  journal?: { record: WriteJournal; replace: boolean };
}

/** Puts back what the journal's last write replaced. */
export interface RestorePlan {
  /** Cells to put back as they were (on the report sheet too, after it is cleared). */
  cells: SheetContent[];
  /**
   * The report sheet the undone write touched: removed when that write created it, else cleared before its
   * cells are put back (and made again, as this tool's, if it was deleted since).
   */
  reportSheet?: { name: string; remove: boolean; exists: boolean };
  /** The journal after the undo (it exists: the write being undone made it). */
  journal: WriteJournal;
}

export interface ChangedCells {
  sheet: string;
  /** A1 addresses or ranges. */
  cells: string[];
}

export interface WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  /** Applies the plan; returns the sheets and cells it changed. */
  apply(plan: WritePlan): Promise<ChangedCells[]>;
  /** Applies an undo; returns the sheets and cells it changed. */
  restore(plan: RestorePlan): Promise<ChangedCells[]>;
}

/** A chart to make in the workbook, in the host's words: its data is written beside it, then charted. */
export interface NativeChart {
  title: string;
  /** A pie (shares of a whole) or clustered bars. */
  shape: "pie" | "bar";
  /** The data's header row: the labels' column and the values' column. */
  header: [string, string];
  rows: [string, number][];
}

/** A workbook open in front of the accountant: it has a selection and tabs to add. */
export interface OpenWorkbookPort extends WorkbookPort {
  sheetNames(): Promise<string[]>;
  /** Adds these sheets (the caller has checked that their names are free). */
  addSheets(sheets: TemplateSheet[]): Promise<void>;
  /** Writes each chart's data on `sheet`, to the right of what is there, and charts it beside the data. */
  addCharts(sheet: string, charts: NativeChart[]): Promise<void>;
  /** Shows the sheet and selects the cell (one A1 address). */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Calls `onChange` whenever the workbook changes other than by this tool's own writes; resolves to a function
   * that stops watching, or to undefined where the host has no change events.
   */
  watchChanges(onChange: () => void): Promise<(() => void) | undefined>;
}

/** The pane's report drafts as kept in the document, so that closing the pane loses nothing. */
export interface SavedDrafts {
  /** The report the edits apply to. */
  report: Report;
  /** Edited section texts by section index. */
  edits: Record<number, string>;
  /** When they were saved (ms since the epoch). */
  savedAt: number;
}

export interface DraftStore {
  load(): Promise<SavedDrafts | undefined>;
  save(drafts: SavedDrafts): Promise<void>;
}
