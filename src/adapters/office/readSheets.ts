/**
 * Reading the open workbook: the sheet names and ids, then every input sheet's used range (values, number formats,
 * value types and which cells hold formulas) together with this tool's marks. Two round trips for a workbook of
 * normal size; a larger one takes more, so that no response passes Excel on the web's 5 MB (readBlocks.ts).
 */
import { WorkbookGrid } from "../../core/grid";
import { findSheet } from "../../core/reader";
import { SheetKey } from "../../core/schema";
import { REPORT_MARK, WorkbookSnapshot } from "../../app/ports";
import { blockRequests, headRows, plannedCellBytes } from "./readBlocks";
import { MAX_RESPONSE_BYTES } from "./requestLimit";
import { UsedRangeRead } from "./usedRangeRead";

const INPUT_SHEETS: SheetKey[] = ["info", "spending", "indicators", "problems", "settings"];

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

/** Reads what the heads left out, request by request, each planned on the bytes per cell read so far. */
async function readRest(context: Excel.RequestContext, reads: UsedRangeRead[]): Promise<void> {
  let bytes = 0;
  let cells = 0;
  const measure = () => {
    for (const m of reads.map((r) => r.measureLoaded())) {
      bytes += m.bytes;
      cells += m.cells;
    }
    return plannedCellBytes(bytes, cells);
  };
  const areas = reads.flatMap((read) => read.rest().map((area) => ({ ...area, read })));
  for (const request of blockRequests(areas, MAX_RESPONSE_BYTES, measure)) {
    request.forEach((block) => block.read.queueBlock(block));
    await context.sync();
  }
}

/** Two syncs when every used range fits its head. Without `ownedByMark` the caller knows its sheets by id from its settings. */
export async function readSheets(context: Excel.RequestContext, options: ReadOptions): Promise<SheetsRead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const sheetIds = sheets.items.map((s) => s.id);
  const inputs = inputSheetNames(names);
  const rows = headRows(inputs.size);
  const reads = new Map([...inputs].map((name) => [name, new UsedRangeRead(sheets.getItem(name), rows, options.specialCells)]));
  const marks = options.ownedByMark
    ? names.map((name) => {
        const p = sheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARK);
        p.load("value");
        return { name, p };
      })
    : [];
  await context.sync();
  await readRest(context, [...reads.values()]);
  const grid: WorkbookGrid = { sheets: names.filter((n) => reads.has(n)).map((n) => reads.get(n)!.toGrid(n)) };
  const marked = marks.filter((m) => !m.p.isNullObject).map((m) => m.name);
  return { snapshot: { grid, sheetNames: names }, marked, sheetIds };
}
