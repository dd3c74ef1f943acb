/**
 * Reading the open workbook in two round trips whatever its size: the sheet names and ids, then every input
 * sheet's used range (values, number formats, value types and which cells hold formulas) together with this
 * tool's marks.
 */
import { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import { findSheet } from "../../core/reader";
import { SheetKey } from "../../core/schema";
import { REPORT_MARK, WorkbookSnapshot } from "../../app/ports";
import { FormulaCells, queueFormulaCells } from "./readFormulas";

const INPUT_SHEETS: SheetKey[] = ["info", "spending", "indicators", "problems", "settings"];

function toCellValue(v: unknown, type: string | undefined): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Office's used range starts wherever the data does; the core wants A1 at [0][0]. */
function toGrid(name: string, range: Excel.Range, formulas: FormulaCells): SheetGrid {
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
  return { name, values, formats, formulas: formulas() };
}

/** Which sheets the core will read, judged from their names alone. */
function inputSheetNames(names: string[]): Set<string> {
  const probe: WorkbookGrid = { sheets: names.map((name) => ({ name, values: [] })) };
  return new Set(INPUT_SHEETS.map((k) => findSheet(probe, k)?.name).filter((n): n is string => !!n));
}

export interface ReadOptions {
  /** Worksheet custom properties exist (ExcelApi 1.12): this tool's marks are read with the cells. */
  ownedByMark: boolean;
  /** Range.getSpecialCellsOrNullObject exists (ExcelApi 1.9). */
  specialCells: boolean;
}

export interface SheetsRead {
  snapshot: Omit<WorkbookSnapshot, "ownedSheets">;
  /** The sheets carrying this tool's custom property; empty without `ownedByMark`. */
  marked: string[];
  /** Each sheet's id, parallel to `snapshot.sheetNames`: kept by Excel when a sheet is renamed. */
  sheetIds: string[];
}

/** Two syncs. Without `ownedByMark` the caller knows its sheets by id from its settings. */
export async function readSheets(context: Excel.RequestContext, options: ReadOptions): Promise<SheetsRead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const sheetIds = sheets.items.map((s) => s.id);
  const ranges = new Map<string, { range: Excel.Range; formulas: FormulaCells }>();
  for (const name of inputSheetNames(names)) {
    const range = sheets.getItem(name).getUsedRange(true);
    range.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
    ranges.set(name, { range, formulas: queueFormulaCells(range, options.specialCells) });
  }
  const marks = options.ownedByMark
    ? names.map((name) => {
        const p = sheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARK);
        p.load("value");
        return { name, p };
      })
    : [];
  await context.sync();
  const read = (n: string) => toGrid(n, ranges.get(n)!.range, ranges.get(n)!.formulas);
  const grid: WorkbookGrid = { sheets: names.filter((n) => ranges.has(n)).map(read) };
  const marked = marks.filter((m) => !m.p.isNullObject).map((m) => m.name);
  return { snapshot: { grid, sheetNames: names }, marked, sheetIds };
}
