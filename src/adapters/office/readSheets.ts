/**
 * Reading the open workbook: the sheet names and ids, then every input sheet's used range (values, number formats,
 * value types and which cells hold formulas) together with this tool's marks, its journal and the content of the
 * sheets it may replace (readOwnContent.ts). Two round trips for a workbook of normal size; more only where a
 * response would pass Excel on the web's 5 MB: what the heads left out is then read in row blocks (readBlocks.ts).
 */
import { WorkbookGrid } from "../../core/grid";
import { findSheet } from "../../core/reader";
import { SheetKey } from "../../core/schema";
import { JOURNAL_SHEET, REPORT_MARK, WorkbookSnapshot } from "../../app/ports";
import { blockRequests, headRows } from "./readBlocks";
import { queueContentReads, queueJournalRead, reportSheetCandidates } from "./readOwnContent";
import { MAX_RESPONSE_BYTES } from "./requestLimit";
import { InputSheetRead, UsedRangeRead } from "./usedRangeRead";

const INPUT_SHEETS: SheetKey[] = ["info", "spending", "indicators", "problems", "settings"];

/** Which sheets the core will read, judged from their names alone. */
function inputSheetNames(names: string[]): Set<string> {
  const probe: WorkbookGrid = { sheets: names.map((name) => ({ name, values: [] })) };
  return new Set(INPUT_SHEETS.map((k) => findSheet(probe, k)?.name).filter((n): n is string => !!n));
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
 * Reads what the heads left out, request by request, each planned on the bytes per cell its own read has had so
 * far (a journal's cells hold thousands of characters, an input sheet's a few).
 */
async function readRest(context: Excel.RequestContext, reads: UsedRangeRead[]): Promise<void> {
  const areas = reads.flatMap((read) => read.rest().map((area) => ({ ...area, read })));
  const plan = () => {
    const perCell = new Map(reads.map((read) => [read, read.plannedCellBytes()]));
    return (area: { read: UsedRangeRead }) => perCell.get(area.read)!;
  };
  for (const request of blockRequests(areas, MAX_RESPONSE_BYTES, plan)) {
    request.forEach((block) => block.read.queueBlock(block));
    await context.sync();
  }
}

/**
 * Two syncs when every used range fits its head; a third where custom properties mark a report sheet the user
 * renamed, whose content (what a replace would discard) cannot be asked for before the marks are known. The
 * journal sheet is neither an input nor a name the core sees.
 */
export async function readSheets(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const all = sheets.items.map((s) => s.name);
  const ids = new Map(sheets.items.map((s) => [s.name, s.id]));
  const names = all.filter((n) => n !== JOURNAL_SHEET);
  const inputs = inputSheetNames(names);
  const rows = headRows(inputs.size);
  const reads = new Map([...inputs].map((name) => [name, InputSheetRead.queue(sheets.getItem(name), rows, options.specialCells)]));
  const { ownedIds } = options;
  // Known by id, a sheet of this tool's is known before the second sync; marked, it may be any sheet by its name's look.
  const replaceable = ownedIds ? names.filter((n) => ownedIds.includes(ids.get(n)!)) : reportSheetCandidates(names);
  const journal = queueJournalRead(sheets, all);
  const content = queueContentReads(sheets, replaceable);
  const marks = ownedIds
    ? []
    : names.map((name) => {
        const p = sheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARK);
        p.load("value");
        return { name, p };
      });
  await context.sync();
  const ownedSheets = ownedIds ? replaceable : marks.filter((m) => !m.p.isNullObject).map((m) => m.name);
  const renamed = queueContentReads(sheets, ownedSheets.filter((n) => !replaceable.includes(n)));
  if (renamed.reads.length > 0) await context.sync();
  await readRest(context, [...reads.values(), ...journal.reads, ...content.reads, ...renamed.reads]);
  const grid: WorkbookGrid = { sheets: names.filter((n) => reads.has(n)).map((n) => reads.get(n)!.toGrid(n)) };
  const ownedContent = [...content.content(), ...renamed.content()].filter((c) => ownedSheets.includes(c.sheet));
  const record = journal.journal();
  return { grid, sheetNames: names, ownedSheets, ownedContent, ...(record ? { journal: record } : {}) };
}
