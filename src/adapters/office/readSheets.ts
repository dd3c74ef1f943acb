/**
 * Reading the open workbook in two round trips whatever its size: the sheet names, ids and visibility, then every
 * sheet's used range (values, number formats, value types and which cells hold formulas) together with this
 * tool's marks, its journal and the content of the sheets it may replace (readOwnContent.ts). Every sheet,
 * because the core finds its tables by their content, not by the sheet's name.
 */
import { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import { JOURNAL_SHEET, REPORT_MARK, WorkbookSnapshot } from "../../app/ports";
import { toCellValue } from "./cellValue";
import { FormulaCells, queueFormulaCells } from "./readFormulas";
import { queueOwnContent, queueSheetContent, reportSheetCandidates } from "./readOwnContent";

/** Office's used range starts wherever the data does; the core wants A1 at [0][0]. */
function toGrid(name: string, hidden: boolean, range: Excel.Range, formulas: FormulaCells): SheetGrid {
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
  return { name, values, formats, formulas: formulas(), ...(hidden ? { hidden } : {}) };
}

export interface ReadOptions {
  /**
   * The ids of the sheets this tool made, from the adapter's settings (before ExcelApi 1.12); undefined where
   * worksheet custom properties mark them, read with the cells.
   */
  ownedIds: string[] | undefined;
  /** Range.getSpecialCellsOrNullObject exists (ExcelApi 1.9). */
  specialCells: boolean;
}

/**
 * Two syncs; a third only where custom properties mark a report sheet the user renamed, whose content (what a
 * replace would discard) cannot be asked for before the marks are known. The journal sheet is neither an input
 * nor a name the core sees.
 */
export async function readSheets(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  await context.sync();
  const all = sheets.items.map((s) => s.name);
  const ids = new Map(sheets.items.map((s) => [s.name, s.id]));
  const names = all.filter((n) => n !== JOURNAL_SHEET);
  const hidden = new Set(sheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.name));
  const ranges = new Map<string, { range: Excel.Range; formulas: FormulaCells }>();
  for (const name of names) {
    const range = sheets.getItem(name).getUsedRange(true);
    range.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
    ranges.set(name, { range, formulas: queueFormulaCells(range, options.specialCells) });
  }
  const { ownedIds } = options;
  // Known by id, a sheet of this tool's is known before the second sync; marked, it may be any sheet by its name's look.
  const replaceable = ownedIds ? names.filter((n) => ownedIds.includes(ids.get(n)!)) : reportSheetCandidates(names);
  const own = queueOwnContent(sheets, all, replaceable);
  const marks = ownedIds
    ? []
    : names.map((name) => {
        const p = sheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARK);
        p.load("value");
        return { name, p };
      });
  await context.sync();
  const read = (n: string) => toGrid(n, hidden.has(n), ranges.get(n)!.range, ranges.get(n)!.formulas);
  const grid: WorkbookGrid = { sheets: names.map(read) };
  const ownedSheets = ownedIds ? replaceable : marks.filter((m) => !m.p.isNullObject).map((m) => m.name);
  const { journal, content } = own();
  const renamed = ownedSheets.filter((n) => !replaceable.includes(n));
  if (renamed.length > 0) {
    const more = queueSheetContent(sheets, renamed);
    await context.sync();
    content.push(...more());
  }
  const ownedContent = content.filter((c) => ownedSheets.includes(c.sheet));
  return { grid, sheetNames: names, ownedSheets, ownedContent, ...(journal ? { journal } : {}) };
}
