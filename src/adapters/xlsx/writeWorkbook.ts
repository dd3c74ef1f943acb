/** Applies the core's output plan to an exceljs workbook and saves it. Only the planned cells change. */
import ExcelJS from "exceljs";
import { CellWrite } from "../../core/plan";
import { writeFileAtomically } from "./safeWrite";
import { withPackedRows } from "./sparseRows";

export function applyWrites(wb: ExcelJS.Workbook, writes: CellWrite[]): void {
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) throw new Error(`the plan names a sheet the workbook lacks: ${w.sheet}`);
    const cell = ws.getCell(w.cell);
    // A string value is stored as a string (never a formula); "@" keeps Excel from re-reading it as one.
    cell.value = w.value;
    // Copy the style: exceljs may share one style object between cells, and only this cell may change.
    cell.style = { ...cell.style, numFmt: w.numberFormat };
  }
}

/** Saves to `path` atomically (safeWrite.ts): a failed save leaves an existing file there as it was. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await writeFileAtomically(path, (temp) => withPackedRows(wb, () => wb.xlsx.writeFile(temp)));
}
