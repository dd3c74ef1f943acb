/**
 * Reading the open workbook: the sheet names, ids and visibility, then every sheet's used range (values, number
 * formats, value types and which cells hold formulas) together with this tool's marks, its journal and the
 * content of the sheets it may replace (readOwnContent.ts). Every sheet, because the core finds its tables by their
 * content, not by the sheet's name. Two round trips for a workbook of normal size; more only where a response
 * would pass Excel on the web's 5 MB: what the heads left out is then read in row blocks (readBlocks.ts).
 */
import { WorkbookGrid } from "../../core/grid";
import { JOURNAL_SHEET, REPORT_MARK, WorkbookSnapshot } from "../../app/ports";
import { HEAD_COLUMNS, blockRequests, headRows } from "./readBlocks";
import { queueContentRead, queueContentReads, queueJournalRead, reportSheetCandidates } from "./readOwnContent";
import { MAX_RESPONSE_BYTES } from "./requestLimit";
import { UsedRangeRead } from "./usedRangeRead";

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
 * Queues every sheet's read: a sheet this tool may replace once, for its grid and its content together (with
 * formulas, and a smaller head: a report's rows are long); any other for its grid, the heads sharing one response.
 */
function queueSheetReads(sheets: Excel.WorksheetCollection, names: string[], replaceable: string[], specialCells: boolean) {
  const inputs = names.filter((n) => !replaceable.includes(n));
  const shape = { props: ["values" as const, "numberFormat" as const, "valueTypes" as const], headRows: headRows(inputs.length) };
  return new Map(
    names.map((name) => {
      const ws = sheets.getItem(name);
      return [
        name,
        replaceable.includes(name) ? queueContentRead(ws) : new UsedRangeRead(ws, { ...shape, headColumns: HEAD_COLUMNS, specialCells }),
      ];
    }),
  );
}

/**
 * Two syncs when every used range fits its head; a third where custom properties mark a report sheet the user
 * renamed, whose content (what a replace would discard) cannot be asked for before the marks are known. The
 * journal sheet is neither a sheet the core sees nor a name.
 */
export async function readSheets(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  await context.sync();
  const all = sheets.items.map((s) => s.name);
  const ids = new Map(sheets.items.map((s) => [s.name, s.id]));
  const names = all.filter((n) => n !== JOURNAL_SHEET);
  const hidden = new Set(sheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.name));
  const { ownedIds } = options;
  // Known by id, a sheet of this tool's is known before the second sync; marked, it may be any sheet by its name's look.
  const replaceable = ownedIds ? names.filter((n) => ownedIds.includes(ids.get(n)!)) : reportSheetCandidates(names);
  const reads = queueSheetReads(sheets, names, replaceable, options.specialCells);
  const journal = queueJournalRead(sheets, all);
  const marks = ownedIds
    ? []
    : names.map((name) => {
        const p = sheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARK);
        p.load("value");
        return { name, p };
      });
  await context.sync();
  const ownedSheets = ownedIds ? replaceable : marks.filter((m) => !m.p.isNullObject).map((m) => m.name);
  const renamed = queueContentReads(
    sheets,
    ownedSheets.filter((n) => !replaceable.includes(n)),
  );
  if (renamed.reads.length > 0) await context.sync();
  await readRest(context, [...reads.values(), ...journal.reads, ...renamed.reads]);
  const grid: WorkbookGrid = { sheets: names.map((n) => reads.get(n)!.toGrid(n, hidden.has(n))) };
  const content = replaceable.map((sheet) => ({ sheet, cells: reads.get(sheet)!.content() }));
  const ownedContent = [...content, ...renamed.content()].filter((c) => ownedSheets.includes(c.sheet));
  const record = journal.journal();
  return { grid, sheetNames: names, ownedSheets, ownedContent, ...(record ? { journal: record } : {}) };
}
