/**
 * The Office.js adapter: the open workbook as the application's OpenWorkbookPort.
 *
 * Round trips are what make an add-in slow, so a use case on a workbook of normal size takes three
 * `context.sync()` calls: two to read (readSheets.ts; one more only for a report sheet the user renamed, on
 * ExcelApi 1.12), one to write, the undo journal included. Only where a request or a response would pass Excel on
 * the web's 5 MB limit is a read cut into row blocks (readBlocks.ts) or a write batch split (requestLimit.ts).
 */
import { columnLetters } from "../../core/address";
import { TemplateSheet, templateCellFormat } from "../../core/template";
import { ChangedCells, JOURNAL_SHEET, NativeChart, OpenWorkbookPort, RestorePlan, WorkbookSnapshot, WritePlan } from "../../app/ports";
import { cellsChangedBy, restoredCells } from "../../app/writePlan";
import { readSheets } from "./readSheets";
import { DEFAULT_MAX_REQUEST_BYTES, RequestSizeLimiter } from "./requestLimit";
import { queueRestore } from "./restoreCells";
import { OwnWrites, watchSheets } from "./watchChanges";
import { queueCellWrites } from "./writeCells";
import { deleteOwnCharts, queueCharts } from "./writeCharts";
import { queueJournal } from "./writeJournal";
import { POINTS_PER_CHAR, queueReportSheet } from "./writeReportSheet";

/** Excel.run, or the fake's equivalent in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where this tool remembers the sheets it made (by id) when worksheet custom properties are not available. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

export interface AdapterOptions {
  /** Feature detection, e.g. Office.context.requirements.isSetSupported("ExcelApi", "1.12"). */
  isSupported: (version: string) => boolean;
  settings: SettingsStore;
  /** Bytes per request before a write batch is split; Excel on the web refuses requests over 5 MB. */
  maxRequestBytes?: number;
  /** The clock the change watcher uses to recognise its own writes (tests move it). */
  now?: () => number;
}

/**
 * Before ExcelApi 1.12: the ids of the report sheets this tool made. Excel keeps a sheet's id when it is renamed
 * or moved, so a renamed report is still known, and a user's sheet that merely has the report's name never is.
 * (Earlier versions kept names under "budgetPerfOwnedSheets"; a name proves nothing, so that list is not read.)
 */
const OWNED_SETTING = "budgetPerfOwnedSheetIds";

export class OfficeWorkbook implements OpenWorkbookPort {
  private readonly maxRequestBytes: number;
  private readonly ownWrites: OwnWrites;

  constructor(
    private readonly run: ExcelRun,
    private readonly options: AdapterOptions,
  ) {
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.ownWrites = new OwnWrites(options.now);
  }

  private get hasCustomProperties(): boolean {
    return this.options.isSupported("1.12");
  }

  private ownedIds(): string[] {
    const stored = this.options.settings.get(OWNED_SETTING);
    return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === "string") : [];
  }

  private async setOwnedIds(ids: string[]): Promise<void> {
    this.options.settings.set(OWNED_SETTING, ids);
    await this.options.settings.save();
  }

  async read(): Promise<WorkbookSnapshot> {
    const options = { ownedIds: this.hasCustomProperties ? undefined : this.ownedIds(), specialCells: this.options.isSupported("1.9") };
    return this.run((context) => readSheets(context, options));
  }

  /**
   * The journal first, then the score cells and, when planned, the report sheet, in one request (more only past
   * the size limit). Were a request to fail part-way, the journal already holds what the write replaces.
   */
  async apply(plan: WritePlan): Promise<ChangedCells[]> {
    const changed = cellsChangedBy(plan);
    const report = plan.reportSheet;
    // Sheets this write adds: a new report sheet, the journal's on the first write.
    const adds = (!!report && !report.replace) || (!!plan.journal && !plan.journal.replace);
    const settle = this.ownWrites.record(changed.filter((c) => c.sheet !== report?.name), report ? [report.name] : [], adds);
    // A new report sheet's id is loaded in the same request that adds it: no extra round trip.
    const rememberById = report !== undefined && !report.replace && !this.hasCustomProperties;
    const madeId = await this.run(async (context) => {
      const limiter = new RequestSizeLimiter(context, this.maxRequestBytes);
      if (plan.journal) await queueJournal(context, plan.journal, limiter, this.maxRequestBytes);
      await queueCellWrites(context, plan.cells, limiter);
      const ws = report ? await queueReportSheet(context, report, limiter, this.options.isSupported) : undefined;
      if (rememberById) ws!.load("id");
      await context.sync();
      return rememberById ? ws!.id : undefined;
    });
    settle();
    if (madeId !== undefined) await this.setOwnedIds([...this.ownedIds().filter((x) => x !== madeId), madeId]);
    return changed;
  }

  /**
   * An undo: the journal, the cells put back, the report sheet removed or put back; one request as `apply`.
   * Before ExcelApi 1.12 the ids this tool keeps follow: a report sheet made again is added, a removed one dropped.
   */
  async restore(plan: RestorePlan): Promise<ChangedCells[]> {
    const report = plan.reportSheet;
    const cells = plan.cells.filter((c) => c.sheet !== report?.name).map((c) => ({ sheet: c.sheet, cells: c.cells.map((x) => x.cell) }));
    const structural = !!report && (report.remove || !report.exists);
    const settle = this.ownWrites.record(cells, report ? [report.name] : [], structural);
    const byId = structural && !this.hasCustomProperties;
    const ids = await this.run(async (context) => {
      const limiter = new RequestSizeLimiter(context, this.maxRequestBytes);
      const made = await queueRestore(context, plan, limiter, { maxRequestBytes: this.maxRequestBytes, markByProperty: this.hasCustomProperties });
      // Loaded after the delete, the remaining sheets' ids: the removed sheet's is no longer among them.
      const sheets = context.workbook.worksheets;
      if (byId && made) made.load("id");
      else if (byId) sheets.load("items/id");
      await context.sync();
      if (!byId) return undefined;
      return made ? [...this.ownedIds(), made.id] : this.ownedIds().filter((id) => sheets.items.some((s) => s.id === id));
    });
    settle();
    if (ids) await this.setOwnedIds(ids);
    return restoredCells(plan);
  }

  async watchChanges(onChange: () => void): Promise<(() => void) | undefined> {
    if (!this.options.isSupported("1.7")) return undefined;
    return watchSheets(this.run, this.ownWrites, onChange);
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name).filter((n) => n !== JOURNAL_SHEET);
    });
  }

  async addSheets(templates: TemplateSheet[]): Promise<void> {
    const settle = this.ownWrites.record([], templates.map((t) => t.name), true);
    await this.run(async (context) => {
      for (const t of templates) queueTemplateSheet(context.workbook.worksheets.add(t.name), t);
      await context.sync();
    });
    settle();
  }

  async addCharts(sheet: string, charts: NativeChart[]): Promise<void> {
    // The sheet is this tool's report: its change events during the write are this tool's own.
    const settle = this.ownWrites.record([], [sheet], false);
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      await deleteOwnCharts(context, ws);
      queueCharts(ws, charts);
      await context.sync();
    });
    settle();
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}

function queueTemplateSheet(ws: Excel.Worksheet, t: TemplateSheet): void {
  const width = Math.max(...t.values.map((r) => r.length));
  const values = t.values.map((r) =>
    Array.from({ length: width }, (_, c) => (r[c] === null || r[c] === undefined ? "" : (r[c] as string | number))),
  );
  const range = ws.getRange(`A1:${columnLetters(width - 1)}${values.length}`);
  range.numberFormat = t.values.map((r) => Array.from({ length: width }, (_, c) => templateCellFormat(r[c])));
  range.values = values;
  ws.getRange(`A1:${columnLetters(width - 1)}1`).format.font.bold = true;
  t.widths.forEach((w, c) => (ws.getRange(`${columnLetters(c)}1`).format.columnWidth = w * POINTS_PER_CHAR));
}
