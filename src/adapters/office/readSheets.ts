/**
 * Reading the open workbook in two round trips whatever its size: the sheet names, then every input sheet's
 * used range (values, number formats and value types) together with this tool's marks, its journal and the
 * content of the sheets it may replace (readOwnContent.ts).
 */
import { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import { toCellValue } from "./cellValue";
import { findSheet } from "../../core/reader";
import { SheetKey } from "../../core/schema";
import { JOURNAL_SHEET, REPORT_MARK, WorkbookSnapshot } from "../../app/ports";
import { queueOwnContent, reportSheetCandidates } from "./readOwnContent";

const INPUT_SHEETS: SheetKey[] = ["info", "spending", "indicators", "problems", "settings"];

/** Office's used range starts wherever the data does; the core wants A1 at [0][0]. */
function toGrid(name: string, range: Excel.Range): SheetGrid {
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
  return { name, values, formats };
}

/** Which sheets the core will read, judged from their names alone. */
function inputSheetNames(names: string[]): Set<string> {
  const probe: WorkbookGrid = { sheets: names.map((name) => ({ name, values: [] })) };
  return new Set(INPUT_SHEETS.map((k) => findSheet(probe, k)?.name).filter((n): n is string => !!n));
}

/**
 * Two syncs. `ownedSetting` is undefined where worksheet custom properties mark this tool's sheets (ExcelApi
 * 1.12); otherwise it lists them, from the adapter's settings. The journal sheet is neither an input nor a name
 * the core sees.
 */
export async function readSheets(context: Excel.RequestContext, ownedSetting: string[] | undefined): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const all = sheets.items.map((s) => s.name);
  const names = all.filter((n) => n !== JOURNAL_SHEET);
  const ranges = new Map<string, Excel.Range>();
  for (const name of inputSheetNames(names)) {
    const range = sheets.getItem(name).getUsedRange(true);
    range.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
    ranges.set(name, range);
  }
  const ownedByMark = ownedSetting === undefined;
  const replaceable = ownedByMark ? reportSheetCandidates(names) : ownedSetting.filter((n) => names.includes(n));
  const own = queueOwnContent(sheets, all, replaceable);
  const marks = ownedByMark
    ? names.map((name) => {
        const p = sheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARK);
        p.load("value");
        return { name, p };
      })
    : [];
  await context.sync();
  const grid: WorkbookGrid = { sheets: names.filter((n) => ranges.has(n)).map((n) => toGrid(n, ranges.get(n)!)) };
  const ownedSheets = ownedByMark ? marks.filter((m) => !m.p.isNullObject).map((m) => m.name) : replaceable;
  const { journal, content } = own();
  const ownedContent = content.filter((c) => ownedSheets.includes(c.sheet));
  return { grid, sheetNames: names, ownedSheets, ownedContent, ...(journal ? { journal } : {}) };
}
