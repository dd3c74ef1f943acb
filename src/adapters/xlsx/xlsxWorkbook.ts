/**
 * An .xlsx or .xls file as the application's WorkbookPort: loaded into memory with exceljs, changed there by the use
 * cases, and saved only when the caller asks (the input file itself is never written).
 */
import ExcelJS from "exceljs";
import { ChangedCells, WorkbookPort, WorkbookSnapshot, WritePlan } from "../../app/ports";
import { cellsChangedBy } from "../../app/writePlan";
import { loadAnyWorkbook, workbookToGrid } from "./readGrid";
import { applyReportSheet, ownedSheets } from "./reportSheet";
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

  async read(): Promise<WorkbookSnapshot> {
    return { grid: workbookToGrid(this.wb), sheetNames: this.wb.worksheets.map((w) => w.name), ownedSheets: ownedSheets(this.wb) };
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
