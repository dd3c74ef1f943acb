/**
 * The Office.js adapter: reads the open workbook into the core's grids and applies the core's output plan.
 *
 * Round trips are what make an add-in slow, so every operation uses at most three `context.sync()` calls,
 * whatever the workbook's size: one to learn the sheet names, one to read every input sheet
 * (values, number formats and value types of the used ranges, plus this tool's marks), one to write every
 * output. A write batch is split only where it would pass Excel on the web's 5 MB request limit.
 */
import { columnLetters, parseA1 } from "../../core/address";
import { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import { CellWrite, TEXT_FORMAT } from "../../core/plan";
import { findSheet } from "../../core/reader";
import { ReportRowKind, ReportSheetPlan } from "../../core/reportSheet";
import { SheetKey } from "../../core/schema";
import { templateToInsert } from "../../core/template";

/** Excel.run, or the fake's equivalent in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where this tool remembers the sheets it made when worksheet custom properties are not available. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

export interface AdapterOptions {
  /** Feature detection, e.g. Office.context.requirements.isSetSupported("ExcelApi", "1.12"). */
  isSupported: (version: string) => boolean;
  settings: SettingsStore;
  /** Bytes per write batch before it is split; Excel on the web refuses requests over 5 MB. */
  maxBatchBytes?: number;
}

export const REPORT_MARK = "BudgetPerfReportSheet";
const OWNED_SETTING = "budgetPerfOwnedSheets";
export const DEFAULT_MAX_BATCH_BYTES = 4_500_000;
/** Rows per written range at most: 2,000 long explanations stay well under a megabyte. */
const MAX_RUN_ROWS = 2000;
/** Excel's column widths are in points: a character unit of the default font is about 7 px = 5.25 pt. */
const POINTS_PER_CHAR = 5.25;
/** Bytes of report text per written range at most (one cell holds at most 32,767 characters, ~98 KB). */
const REPORT_RANGE_BYTES = 1_000_000;

const encoder = new TextEncoder();
/** Requests travel as UTF-8, where a Chinese character takes 3 bytes. */
const utf8Bytes = (s: string) => encoder.encode(s).length;

export interface ReadWorkbook {
  grid: WorkbookGrid;
  ownedSheets: string[];
  sheetNames: string[];
}

export interface ChangedCells {
  sheet: string;
  /** A1 addresses or ranges. */
  cells: string[];
}

const INPUT_SHEETS: SheetKey[] = ["info", "spending", "indicators", "problems", "settings"];

function toCellValue(v: unknown, type: string | undefined): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

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

export class OfficeWorkbook {
  private readonly maxBatchBytes: number;

  constructor(
    private readonly run: ExcelRun,
    private readonly options: AdapterOptions,
  ) {
    this.maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  }

  private get hasCustomProperties(): boolean {
    return this.options.isSupported("1.12");
  }

  /** Before ExcelApi 1.12, the sheets this tool made are listed in a workbook setting. */
  private ownedSetting(): string[] {
    const stored = this.options.settings.get(OWNED_SETTING);
    return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === "string") : [];
  }

  /** Two round trips: the sheet names, then every input sheet's used range and this tool's marks. */
  async read(context: Excel.RequestContext): Promise<ReadWorkbook> {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const probe: WorkbookGrid = { sheets: names.map((name) => ({ name, values: [] })) };
    const wanted = new Set(INPUT_SHEETS.map((k) => findSheet(probe, k)?.name).filter((n): n is string => !!n));
    const ranges = new Map<string, Excel.Range>();
    for (const name of wanted) {
      const range = sheets.getItem(name).getUsedRange(true);
      range.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
      ranges.set(name, range);
    }
    const marks = this.hasCustomProperties
      ? names.map((name) => {
          const p = sheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARK);
          p.load("value");
          return { name, p };
        })
      : [];
    await context.sync();
    const grid: WorkbookGrid = { sheets: names.filter((n) => ranges.has(n)).map((n) => toGrid(n, ranges.get(n)!)) };
    const ownedSheets = this.hasCustomProperties
      ? marks.filter((m) => !m.p.isNullObject).map((m) => m.name)
      : this.ownedSetting().filter((n) => names.includes(n));
    return { grid, ownedSheets, sheetNames: names };
  }

  /** Reads the workbook in its own Excel.run. */
  async readWorkbook(): Promise<ReadWorkbook> {
    return this.run((context) => this.read(context));
  }

  /**
   * Queues the writes, grouped by sheet and column into as few ranges as possible; a null in a values array
   * leaves that cell as it is, so the gaps between written cells are never touched. Number formats are set
   * before values: "@" first keeps a text that starts with "=" from becoming a formula.
   */
  private async queueWrites(context: Excel.RequestContext, writes: CellWrite[], budget: Budget): Promise<void> {
    const bySheetCol = new Map<string, { sheet: string; col: number; cells: Map<number, CellWrite> }>();
    for (const w of writes) {
      const { row, col } = parseA1(w.cell);
      const k = `${w.sheet}\u0000${col}`;
      if (!bySheetCol.has(k)) bySheetCol.set(k, { sheet: w.sheet, col, cells: new Map() });
      bySheetCol.get(k)!.cells.set(row, w);
    }
    for (const { sheet, col, cells } of bySheetCol.values()) {
      const rows = [...cells.keys()].sort((a, b) => a - b);
      // Runs of rows close together become one range; far-apart rows get ranges of their own.
      let start = 0;
      for (let i = 1; i <= rows.length; i++) {
        // A run is capped in length so that no single range can pass the batch limit by itself.
        if (i < rows.length && rows[i] - rows[i - 1] <= 20 && i - start < MAX_RUN_ROWS) continue;
        const first = rows[start];
        const last = rows[i - 1];
        const values: (string | number | null)[][] = [];
        const formats: (string | null)[][] = [];
        for (let r = first; r <= last; r++) {
          const w = cells.get(r);
          values.push([w ? w.value : null]);
          formats.push([w ? w.numberFormat : null]);
        }
        await budget.spend(utf8Bytes(JSON.stringify(values)) + utf8Bytes(JSON.stringify(formats)));
        const range = context.workbook.worksheets
          .getItem(sheet)
          .getRange(`${columnLetters(col)}${first + 1}:${columnLetters(col)}${last + 1}`);
        range.numberFormat = formats as string[][];
        range.values = values as (string | number)[][];
        start = i;
      }
    }
  }

  /** Queues the report sheet: cleared if it is this tool's own, else created and marked. */
  private async queueReport(context: Excel.RequestContext, plan: ReportSheetPlan, budget: Budget): Promise<void> {
    const sheets = context.workbook.worksheets;
    const ws = plan.replace ? sheets.getItem(plan.name) : sheets.add(plan.name);
    if (plan.replace) ws.getRange().clear();
    else if (this.hasCustomProperties) ws.customProperties.add(REPORT_MARK, "report");
    const n = plan.rows.length;
    // In ranges of at most ~1 MB each, so the budget can split a huge report between them.
    const rowBytes = plan.rows.map((r) => utf8Bytes(r.text));
    let from = 0;
    while (from < n) {
      let to = from;
      let bytes = 0;
      while (to < n && (to === from || bytes + rowBytes[to] < REPORT_RANGE_BYTES)) bytes += rowBytes[to++] + 8;
      const chunk = plan.rows.slice(from, to);
      const texts = chunk.map((r) => [r.text]);
      const formats = chunk.map(() => [TEXT_FORMAT]);
      await budget.spend(utf8Bytes(JSON.stringify(texts)) + utf8Bytes(JSON.stringify(formats)));
      const range = ws.getRange(`A${from + 1}:A${to}`);
      range.numberFormat = formats;
      range.values = texts;
      from = to;
    }
    const all = ws.getRange(`A1:A${n}`);
    all.format.wrapText = true;
    all.format.verticalAlignment = "Top";
    all.format.columnWidth = plan.columnWidth * POINTS_PER_CHAR;
    plan.rows.forEach((r, i) => styleRow(ws.getRange(`A${i + 1}`), r.kind));
    all.format.autofitRows();
    if (this.options.isSupported("1.9")) {
      ws.pageLayout.paperSize = "A4" as Excel.PaperType;
      ws.pageLayout.orientation = "Portrait" as Excel.PageOrientation;
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    }
  }

  /**
   * Writes the score cells and, when given, the report sheet, in one batch (more only past 5 MB).
   * Returns the sheets and cells it changed.
   */
  async write(writes: CellWrite[], report?: ReportSheetPlan): Promise<ChangedCells[]> {
    await this.run(async (context) => {
      const budget = new Budget(context, this.maxBatchBytes);
      await this.queueWrites(context, writes, budget);
      if (report) await this.queueReport(context, report, budget);
      await context.sync();
    });
    if (report && !report.replace && !this.hasCustomProperties) {
      this.options.settings.set(OWNED_SETTING, [...this.ownedSetting().filter((x) => x !== report.name), report.name]);
      await this.options.settings.save();
    }
    return changedCells(writes, report);
  }

  /** Adds the template sheets whose names are free (never over an existing sheet); returns their names. */
  async insertTemplate(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const todo = templateToInsert(sheets.items.map((s) => s.name));
      for (const t of todo) {
        const ws = sheets.add(t.name);
        const width = Math.max(...t.values.map((r) => r.length));
        const values = t.values.map((r) =>
          Array.from({ length: width }, (_, c) => (r[c] === null || r[c] === undefined ? "" : (r[c] as string | number))),
        );
        const range = ws.getRange(`A1:${columnLetters(width - 1)}${values.length}`);
        // Text cells stay text: "≥" and "100%" must not be reinterpreted.
        range.numberFormat = values.map((r) => r.map((v) => (typeof v === "string" ? TEXT_FORMAT : "General")));
        range.values = values;
        ws.getRange(`A1:${columnLetters(width - 1)}1`).format.font.bold = true;
        t.widths.forEach((w, c) => (ws.getRange(`${columnLetters(c)}1`).format.columnWidth = w * POINTS_PER_CHAR));
      }
      await context.sync();
      return todo.map((t) => t.name);
    });
  }

  /** Selects a cell (and its sheet) so the accountant sees what a finding is about. */
  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}

/** Tracks a batch's size and syncs early only when the next request would pass the limit. */
class Budget {
  private used = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
  ) {}

  async spend(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.used = 0;
    }
    this.used += bytes;
  }
}

function styleRow(range: Excel.Range, kind: ReportRowKind): void {
  if (kind === "title") {
    range.format.font.bold = true;
    range.format.font.size = 16;
    range.format.horizontalAlignment = "Center";
  } else if (kind === "heading") {
    range.format.font.bold = true;
    range.format.font.size = 12;
  } else if (kind === "subheading") range.format.font.bold = true;
  else if (kind === "date") range.format.horizontalAlignment = "Right";
}

function changedCells(writes: CellWrite[], report?: ReportSheetPlan): ChangedCells[] {
  const bySheet = new Map<string, string[]>();
  for (const w of writes) {
    if (!bySheet.has(w.sheet)) bySheet.set(w.sheet, []);
    bySheet.get(w.sheet)!.push(w.cell);
  }
  const out = [...bySheet].map(([sheet, cells]) => ({ sheet, cells }));
  if (report) out.push({ sheet: report.name, cells: [`A1:A${report.rows.length}`] });
  return out;
}
