/**
 * The ports the use cases are written against. A workbook is whatever can be read into the core's grids and
 * can apply a write plan: the open workbook in Excel (adapters/office) or an .xlsx file (adapters/xlsx).
 */
import type { WorkbookGrid } from "../core/grid";
import type { CellWrite } from "../core/plan";
import type { ReportSheetPlan } from "../core/reportSheet";
import type { TemplateSheet } from "../core/template";

/** The name of the mark (a custom property or a defined name) by which this tool knows the sheets it made. */
export const REPORT_MARK = "BudgetPerfReportSheet";

/** Why a workbook file cannot be read or an output written; the hosts put it in words (src/i18n). */
export type FileErrorCode =
  | "NOT_FOUND"
  | "NOT_WORKBOOK"
  | "OLD_OR_ENCRYPTED"
  | "TOO_LARGE"
  | "DAMAGED"
  | "OUT_IS_INPUT"
  | "NO_FOLDER"
  | "NO_PERMISSION"
  | "DISK_FULL"
  | "WRITE_FAILED";

export interface WorkbookSnapshot {
  /** The input sheets the core reads (other sheets may be left out). */
  grid: WorkbookGrid;
  /** Every sheet name of the workbook, in tab order. */
  sheetNames: string[];
  /** Sheets this tool made on an earlier run: they may be replaced. */
  ownedSheets: string[];
}

/** Everything one use case writes, applied by the adapter in as few round trips as it can. */
export interface WritePlan {
  cells: CellWrite[];
  reportSheet?: ReportSheetPlan;
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
}

/** A workbook open in front of the accountant: it has a selection and tabs to add. */
export interface OpenWorkbookPort extends WorkbookPort {
  sheetNames(): Promise<string[]>;
  /** Adds these sheets (the caller has checked that their names are free). */
  addSheets(sheets: TemplateSheet[]): Promise<void>;
  /** Shows the sheet and selects the cell (one A1 address). */
  select(sheet: string, cell: string): Promise<void>;
}
