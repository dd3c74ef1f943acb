/**
 * An .xlsx file as the application's WorkbookPort: loaded into memory with exceljs, changed there by the use
 * cases, and saved only when the caller asks (the input file itself is never written).
 */
import ExcelJS from "exceljs";
import { ChangedCells, WorkbookPort, WorkbookSnapshot, WritePlan } from "../../app/ports";
import { cellsChangedBy } from "../../app/writePlan";
import { sheetsToRead } from "../../core/reader";
import { loadWorkbook, workbookToGrid } from "./readGrid";
import { applyReportSheet, ownedSheets } from "./reportSheet";
import { applyWrites, saveWorkbook } from "./writeWorkbook";

export class XlsxWorkbook implements WorkbookPort {
  private constructor(private readonly wb: ExcelJS.Workbook) {}

  /** Throws UnreadableFileError for anything that is not a readable workbook. */
  static async load(data: Buffer | ArrayBuffer): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await loadWorkbook(data));
  }

  async read(): Promise<WorkbookSnapshot> {
    const sheetNames = this.wb.worksheets.map((w) => w.name);
    return { grid: workbookToGrid(this.wb, sheetsToRead(sheetNames)), sheetNames, ownedSheets: ownedSheets(this.wb) };
  }

  async apply(plan: WritePlan): Promise<ChangedCells[]> {
    applyWrites(this.wb, plan.cells);
    const changed = cellsChangedBy(plan);
    if (plan.reportSheet) applyReportSheet(this.wb, plan.reportSheet);
    return changed;
  }

  async save(path: string): Promise<void> {
    await saveWorkbook(this.wb, path);
  }
}
