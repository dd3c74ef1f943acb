/**
 * Reading the open workbook in two round trips whatever its size: the sheet names and visibility, then every
 * sheet's used range (values, number formats and value types) together with this tool's marks. Every sheet,
 * because the core finds its tables by their content, not by the sheet's name.
 */
import { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import { REPORT_MARK, WorkbookSnapshot } from "../../app/ports";

function toCellValue(v: unknown, type: string | undefined): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Office's used range starts wherever the data does; the core wants A1 at [0][0]. */
function toGrid(name: string, hidden: boolean, range: Excel.Range): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const r0 = range.rowIndex;
  const c0 = range.columnIndex;
  const vals = range.values;
  const fmts = range.numberFormat as unknown as string[][];
  const types = range.valueTypes as unknown as string[][];
  for (let r = 0; r < r0; r++) {
    values.push([]);
    formats.push([]);
  }
  for (let r = 0; r < vals.length; r++) {
    const vr: CellValue[] = new Array(c0).fill(null);
    const fr: (string | undefined)[] = new Array(c0).fill(undefined);
    for (let c = 0; c < vals[r].length; c++) {
      vr.push(toCellValue(vals[r][c], types[r][c]));
      fr.push(fmts[r][c] === "General" ? undefined : fmts[r][c]);
    }
    values.push(vr);
    formats.push(fr);
  }
  return { name, values, formats, ...(hidden ? { hidden } : {}) };
}

/**
 * Two syncs. `ownedByMark` is true where worksheet custom properties exist (ExcelApi 1.12); otherwise the caller
 * knows the owned sheets from its settings and `marked` is empty.
 */
export async function readSheets(
  context: Excel.RequestContext,
  ownedByMark: boolean,
): Promise<{ snapshot: Omit<WorkbookSnapshot, "ownedSheets">; marked: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const hidden = new Set(sheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.name));
  const ranges = names.map((name) => {
    const range = sheets.getItem(name).getUsedRange(true);
    range.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
    return range;
  });
  const marks = ownedByMark
    ? names.map((name) => {
        const p = sheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARK);
        p.load("value");
        return { name, p };
      })
    : [];
  await context.sync();
  const grid: WorkbookGrid = { sheets: names.map((n, i) => toGrid(n, hidden.has(n), ranges[i])) };
  return { snapshot: { grid, sheetNames: names }, marked: marks.filter((m) => !m.p.isNullObject).map((m) => m.name) };
}
