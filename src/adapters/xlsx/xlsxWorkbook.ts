/**
 * An .xlsx or .xls file as the application's WorkbookPort: loaded into memory with exceljs (an .xls converted),
 * changed there by the use cases, and saved, always as .xlsx, only when the caller asks (the input file itself
 * is never written).
 */
import ExcelJS from "exceljs";
import { allCells } from "../../app/journal";
import { ChangedCells, JOURNAL_SHEET, RestorePlan, WorkbookPort, WorkbookSnapshot, WritePlan } from "../../app/ports";
import { cellsChangedBy, restoredCells } from "../../app/writePlan";
import { putBack, readJournal, sheetContent, writeJournal } from "./journalSheet";
import { loadAnyWorkbook, workbookToGrid } from "./readGrid";
import { addSheetAt, applyReportSheet, markReportSheet, ownedSheets, removeReportSheet } from "./reportSheet";
import { applyWrites, saveWorkbook } from "./writeWorkbook";

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    private readonly wb: ExcelJS.Workbook,
    /** The format of the file read: an .xls is read converted, and saved as .xlsx. */
    readonly format: "xlsx" | "xls",
  ) {}

  /** Throws UnreadableFileError for anything that is not a readable workbook. */
  static async load(data: Buffer | ArrayBuffer): Promise<XlsxWorkbook> {
    const { workbook, format } = await loadAnyWorkbook(data);
    return new XlsxWorkbook(workbook, format);
  }

  /** Every sheet is read but the journal, which is neither an input nor a sheet name the core sees. */
  async read(): Promise<WorkbookSnapshot> {
    const sheetNames = this.wb.worksheets.map((w) => w.name).filter((n) => n !== JOURNAL_SHEET);
    const owned = ownedSheets(this.wb);
    const journal = readJournal(this.wb);
    return {
      grid: workbookToGrid(this.wb, sheetNames),
      sheetNames,
      ownedSheets: owned,
      ownedContent: sheetContent(this.wb, owned),
      ...(journal ? { journal } : {}),
    };
  }

  /** In memory, all or nothing until saved; the journal goes last, so that its hidden sheet is the last tab. */
  async apply(plan: WritePlan): Promise<ChangedCells[]> {
    applyWrites(this.wb, plan.cells);
    const changed = cellsChangedBy(plan);
    if (plan.reportSheet) applyReportSheet(this.wb, plan.reportSheet);
    if (plan.journal) writeJournal(this.wb, plan.journal.record);
    return changed;
  }

  async restore(plan: RestorePlan): Promise<ChangedCells[]> {
    writeJournal(this.wb, plan.journal);
    const report = plan.reportSheet;
    if (report) {
      // Put back in its place among the tabs, empty, for its cells to be put back below.
      const orderNo = removeReportSheet(this.wb, report.name);
      if (!report.remove) markReportSheet(this.wb, addSheetAt(this.wb, report.name, orderNo).name);
    }
    for (const content of plan.cells) {
      const ws = this.wb.getWorksheet(content.sheet)!;
      for (const c of allCells(content)) putBack(ws, c);
    }
    return restoredCells(plan);
  }

  async save(path: string): Promise<void> {
    await saveWorkbook(this.wb, path);
  }
}
