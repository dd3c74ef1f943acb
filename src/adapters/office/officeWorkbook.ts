/**
 * The Office.js adapter: the open workbook as the application's OpenWorkbookPort.
 *
 * Round trips are what make an add-in slow, so a use case on a workbook of normal size takes three
 * `context.sync()` calls: two to read (readSheets.ts), one to write. Only where a request or a response would
 * pass Excel on the web's 5 MB limit is a read cut into row blocks (readBlocks.ts) or a write batch split
 * (requestLimit.ts).
 */
import { columnLetters } from "../../core/address";
import { TemplateSheet, templateCellFormat } from "../../core/template";
import { ChangedCells, OpenWorkbookPort, WorkbookSnapshot, WritePlan } from "../../app/ports";
import { cellsChangedBy } from "../../app/writePlan";
import { readSheets } from "./readSheets";
import { DEFAULT_MAX_REQUEST_BYTES, RequestSizeLimiter } from "./requestLimit";
import { queueCellWrites } from "./writeCells";
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
}

/**
 * Before ExcelApi 1.12: the ids of the report sheets this tool made. Excel keeps a sheet's id when it is renamed
 * or moved, so a renamed report is still known, and a user's sheet that merely has the report's name never is.
 * (Earlier versions kept names under "budgetPerfOwnedSheets"; a name proves nothing, so that list is not read.)
 */
const OWNED_SETTING = "budgetPerfOwnedSheetIds";

export class OfficeWorkbook implements OpenWorkbookPort {
  private readonly maxRequestBytes: number;

  constructor(
    private readonly run: ExcelRun,
    private readonly options: AdapterOptions,
  ) {
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  }

  private get hasCustomProperties(): boolean {
    return this.options.isSupported("1.12");
  }

  private ownedIds(): string[] {
    const stored = this.options.settings.get(OWNED_SETTING);
    return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === "string") : [];
  }

  async read(): Promise<WorkbookSnapshot> {
    const options = { ownedByMark: this.hasCustomProperties, specialCells: this.options.isSupported("1.9") };
    const { snapshot, marked, sheetIds } = await this.run((context) => readSheets(context, options));
    const ids = new Set(this.ownedIds());
    const ownedSheets = this.hasCustomProperties ? marked : snapshot.sheetNames.filter((_, i) => ids.has(sheetIds[i]));
    return { ...snapshot, ownedSheets };
  }

  /** The score cells and, when planned, the report sheet, in one request (more only past the size limit). */
  async apply(plan: WritePlan): Promise<ChangedCells[]> {
    const report = plan.reportSheet;
    // A new report sheet's id is loaded in the same request that adds it: no extra round trip.
    const rememberById = report !== undefined && !report.replace && !this.hasCustomProperties;
    const madeId = await this.run(async (context) => {
      const limiter = new RequestSizeLimiter(context, this.maxRequestBytes);
      await queueCellWrites(context, plan.cells, limiter);
      const ws = report ? await queueReportSheet(context, report, limiter, this.options.isSupported) : undefined;
      if (rememberById) ws!.load("id");
      await context.sync();
      return rememberById ? ws!.id : undefined;
    });
    if (madeId !== undefined) {
      this.options.settings.set(OWNED_SETTING, [...this.ownedIds().filter((x) => x !== madeId), madeId]);
      await this.options.settings.save();
    }
    return cellsChangedBy(plan);
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async addSheets(templates: TemplateSheet[]): Promise<void> {
    await this.run(async (context) => {
      for (const t of templates) queueTemplateSheet(context.workbook.worksheets.add(t.name), t);
      await context.sync();
    });
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
