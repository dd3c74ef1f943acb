/**
 * A project-owned fake of the Excel JavaScript API subset this add-in uses. Written without Node-only
 * dependencies, so the browser tests of the task pane can load it too.
 *
 * It keeps Office's discipline, which office-addin-mock does not: reading a property before `load()` and
 * `sync()` throws; writes are queued and applied only at `sync()`, in order; a string starting with "=" in a
 * cell not formatted as text "@" becomes a formula, and one starting with Excel's quote prefix (') becomes the
 * text after it; APIs newer than `apiMinor` fail at `sync()`. It counts syncs and measures each batch's payload
 * (the JSON of the queued operations, roughly what Office sends). Worksheet events (ExcelApi 1.7) fire after the
 * sync that made the change, for the add-in's own writes as for the user's (`edit`), as Excel raises them for both.
 * Charts (ExcelApi 1.1) are in fakeCharts.ts.
 */
import { FakeChartCollection, type FakeChartData } from "./fakeCharts";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue; // "" for empty; errors as "#DIV/0!" text with valueType "Error"
  numberFormat: string;
  formula?: string;
  error?: boolean;
  bold?: boolean;
  fontSize?: number;
  horizontalAlignment?: string;
  indentLevel?: number;
  wrapText?: boolean;
}

export interface FakeSheetData {
  name: string;
  /** Excel's worksheet id: unique in the workbook, kept when the sheet is renamed or moved, never reused. */
  id: string;
  cells: Map<string, FakeCell>; // key "r,c" 0-based
  position: number;
  customProperties: Map<string, string>;
  columnWidths: Map<number, number>;
  pageLayout: { paperSize?: string; orientation?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number } };
  autofitted: boolean;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  charts: FakeChartData[];
}

/** The arguments of the worksheet events this fake raises (a subset of Office's). */
export interface FakeSheetEvent {
  worksheetId: string;
  address?: string;
  changeType?: string;
  source: "Local";
}

type Handler = (e: FakeSheetEvent) => Promise<unknown>;

export interface FakeSheetInput {
  name: string;
  /** Row-major values; null or undefined for empty; { error } for error values. A formula cell's value is its result. */
  values: (FakeValue | null | undefined | { error: string })[][];
  formats?: (string | null | undefined)[][];
  /** Formulas ("=SUM(A1:A3)") by cell, parallel to `values`; a formula cell showing "" has the value "" or null. */
  formulas?: (string | null | undefined)[][];
  /** Hidden in Excel (Office's visibility "Hidden"). */
  hidden?: boolean;
}

const key = (r: number, c: number) => `${r},${c}`;

/** What `getRange()` without an address means: the whole sheet. */
const WHOLE_SHEET = "A1:XFD1048576";

function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCell(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
  if (!m) throw new Error(`FakeExcel: bad address ${a}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1" or "A1:C3" → 0-based bounds. */
function parseRange(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b] = address.split(":");
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

/** 0-based bounds → "A1" or "A1:C3". */
function boundsAddress(b: { r0: number; c0: number; r1: number; c1: number }): string {
  const from = `${colLetters(b.c0)}${b.r0 + 1}`;
  return b.r0 === b.r1 && b.c0 === b.c1 ? from : `${from}:${colLetters(b.c1)}${b.r1 + 1}`;
}

export class FakeWorkbookState {
  sheets: FakeSheetData[] = [];
  selected?: { sheet: string; address: string };
  activeSheet?: string;
  syncCount = 0;
  /** Payload of each sync's batch, in bytes. */
  batchBytes: number[] = [];
  /** The ExcelApi 1.x minor version this fake claims, for feature detection (12 = ExcelApi 1.12). */
  apiMinor = 12;
  private sheetsMade = 0;
  /** Event handlers by worksheet id ("changed") or for the collection ("added", "deleted"). */
  readonly handlers = { changed: new Map<string, Handler[]>(), added: [] as Handler[], deleted: [] as Handler[] };
  /** Events raised so far, in order, with the sheet's name at the time. */
  readonly events: { kind: "changed" | "added" | "deleted"; sheet: string; address?: string }[] = [];

  constructor(inputs: FakeSheetInput[] = []) {
    inputs.forEach((s, i) => {
      const sheet = this.addSheet(s.name);
      sheet.position = i;
      if (s.hidden) sheet.visibility = "Hidden";
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === "") return;
          const fmt = s.formats?.[r]?.[c] ?? "General";
          if (typeof v === "object") sheet.cells.set(key(r, c), { value: v.error, numberFormat: fmt, error: true });
          else sheet.cells.set(key(r, c), { value: v, numberFormat: fmt });
        }),
      );
      s.formats?.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f && !sheet.cells.has(key(r, c))) sheet.cells.set(key(r, c), { value: "", numberFormat: f });
        }),
      );
      s.formulas?.forEach((row, r) =>
        row.forEach((f, c) => {
          if (!f) return;
          const cell = sheet.cells.get(key(r, c)) ?? { value: "", numberFormat: s.formats?.[r]?.[c] ?? "General" };
          sheet.cells.set(key(r, c), { ...cell, formula: f });
        }),
      );
    });
  }

  addSheet(name: string): FakeSheetData {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`FakeExcel: a sheet named ${name} exists`);
    const s: FakeSheetData = {
      name,
      id: `{00000000-0001-0000-${String(++this.sheetsMade).padStart(4, "0")}-000000000000}`,
      cells: new Map(),
      position: this.sheets.length,
      customProperties: new Map(),
      columnWidths: new Map(),
      pageLayout: {},
      autofitted: false,
      visibility: "Visible",
      charts: [],
    };
    this.sheets.push(s);
    return s;
  }

  /** Raises an event after the current task, as Office delivers events after the request that caused them. */
  raise(kind: "changed" | "added" | "deleted", sheet: FakeSheetData, address?: string): void {
    this.events.push({ kind, sheet: sheet.name, address });
    const list = kind === "changed" ? (this.handlers.changed.get(sheet.id) ?? []) : this.handlers[kind];
    const e: FakeSheetEvent = { worksheetId: sheet.id, ...(address ? { address, changeType: "RangeEdited" } : {}), source: "Local" };
    for (const h of [...list]) setTimeout(() => void h(e), 0);
  }

  /** The user types `value` into a cell (its format stays), and Excel raises the change event. */
  edit(sheet: string, address: string, value: FakeValue | null): void {
    const s = this.sheet(sheet);
    const { row, col } = parseCell(address);
    const cell = s.cells.get(key(row, col)) ?? { value: "", numberFormat: "General" };
    cell.value = value ?? "";
    delete cell.formula;
    s.cells.set(key(row, col), cell);
    this.raise("changed", s, address);
  }

  sheet(name: string): FakeSheetData {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`FakeExcel: ItemNotFound: ${name}`);
    return s;
  }

  /** A deep copy of every cell, to compare before and after. */
  snapshot(): Record<string, Record<string, FakeCell>> {
    const out: Record<string, Record<string, FakeCell>> = {};
    for (const s of this.sheets) {
      out[s.name] = {};
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(",").map(Number);
        out[s.name][`${colLetters(col)}${r + 1}`] = { ...c };
      }
    }
    return out;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const { row, col } = parseCell(address);
    return this.sheet(sheet).cells.get(key(row, col));
  }

  /** Like Office.context.requirements.isSetSupported("ExcelApi", version): "1.9" < "1.12". */
  isSupported(version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    return major === 1 && (minor ?? 0) <= this.apiMinor;
  }

  /** What a call of an API this host lacks does at sync. */
  require(version: string, what: string): void {
    if (!this.isSupported(version)) throw new Error(`FakeExcel: ApiNotFound: ${what} needs ExcelApi ${version}`);
  }
}

type Op = { bytes: number; apply: () => void };

const encoder = new TextEncoder();
/** Requests travel as UTF-8: a Chinese character is 3 bytes. */
const utf8Bytes = (s: string) => encoder.encode(s).length;

/** One Excel.run: a request context with its own queue, as Office gives each batch function. */
export class FakeContext {
  private queue: Op[] = [];
  private pendingLoads: (() => void)[] = [];
  readonly workbook: FakeWorkbookProxy;

  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(description: unknown, apply: () => void): void {
    const bytes = utf8Bytes(JSON.stringify(description ?? null));
    this.queue.push({ bytes, apply });
  }

  enqueueLoad(description: unknown, resolve: () => void): void {
    this.enqueue(description, () => {});
    this.pendingLoads.push(resolve);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const loads = this.pendingLoads;
    this.queue = [];
    this.pendingLoads = [];
    this.state.syncCount++;
    this.state.batchBytes.push(ops.reduce((a, o) => a + o.bytes, 0));
    for (const o of ops) o.apply();
    for (const l of loads) l();
  }
}

/** A proxy's loaded properties: reading one before load() and sync() throws, as in Office. */
class Loadable {
  private loaded = new Map<string, unknown>();

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new Error(
        `PropertyNotLoaded: the property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
}

function propsOf(arg: string | string[] | { select?: string | string[] } | undefined): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim());
  if (Array.isArray(arg)) return arg;
  return propsOf(arg.select);
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

export class FakeWorksheetCollection extends Loadable {
  private _items: FakeWorksheet[] = [];
  constructor(private readonly ctx: FakeContext) {
    super();
  }

  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  load(arg?: string | string[] | { select?: string | string[] }): this {
    const props = propsOf(arg).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueueLoad({ load: "worksheets", props }, () => {
      this._items = [...this.ctx.state.sheets]
        .sort((a, b) => a.position - b.position)
        .map((s) => {
          const ws = new FakeWorksheet(this.ctx, s.name);
          ws.fill(props.length ? props : ["name", "position"]);
          return ws;
        });
      this.setLoaded("items", this._items);
    });
    return this;
  }

  /** By name, or by id as Office allows (an id is resolved when queued: the sheet must exist by then). */
  getItem(key: string): FakeWorksheet {
    const byId = this.ctx.state.sheets.find((s) => s.id === key);
    return new FakeWorksheet(this.ctx, byId ? byId.name : key);
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue({ add: name }, () => this.ctx.state.raise("added", this.ctx.state.addSheet(name)));
    return new FakeWorksheet(this.ctx, name);
  }

  get onAdded(): FakeEventHandlers {
    return new FakeEventHandlers(this.ctx, (h) => this.ctx.state.handlers.added.push(h));
  }

  get onDeleted(): FakeEventHandlers {
    return new FakeEventHandlers(this.ctx, (h) => this.ctx.state.handlers.deleted.push(h));
  }
}

/** `onChanged` and the like: handlers are registered at sync, and only where the host has events (ExcelApi 1.7). */
export class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeContext,
    private readonly register: (h: Handler) => void,
  ) {}

  add(handler: Handler): { remove: () => void } {
    this.ctx.enqueue({ addHandler: true }, () => {
      this.ctx.state.require("1.7", "worksheet events");
      this.register(handler);
    });
    return { remove: () => {} };
  }
}

export class FakeWorksheet extends Loadable {
  readonly customProperties: FakeCustomProperties;
  readonly pageLayout: FakePageLayout;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
  ) {
    super();
    this.customProperties = new FakeCustomProperties(ctx, sheetName);
    this.pageLayout = new FakePageLayout(ctx, sheetName);
  }

  /** The sheet's id, once the batch that may add the sheet has run (what Excel answers when the sheet is instantiated). */
  sheetId(): string {
    return this.ctx.state.sheet(this.sheetName).id;
  }

  /** Used by collection loads, which resolve their items at sync. */
  fill(props: string[]): void {
    const s = this.ctx.state.sheet(this.sheetName);
    for (const p of props) if (p === "name" || p === "position" || p === "visibility" || p === "id") this.setLoaded(p, s[p]);
  }

  get name(): string {
    return this.read("name");
  }

  get id(): string {
    return this.read("id");
  }

  get position(): number {
    return this.read("position");
  }

  get visibility(): string {
    return this.read("visibility");
  }

  /** Excel.SheetVisibility, ExcelApi 1.1. */
  set visibility(v: string) {
    this.ctx.enqueue({ visibility: v, sheet: this.sheetName }, () => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw new Error(`FakeExcel: InvalidArgument: visibility ${v}`);
      this.ctx.state.sheet(this.sheetName).visibility = v;
    });
  }

  /** As in Excel, the last visible sheet cannot be deleted. */
  delete(): void {
    this.ctx.enqueue({ delete: this.sheetName }, () => {
      const state = this.ctx.state;
      const s = state.sheet(this.sheetName);
      if (s.visibility === "Visible" && !state.sheets.some((x) => x !== s && x.visibility === "Visible"))
        throw new Error("FakeExcel: the last visible sheet cannot be deleted");
      state.sheets = state.sheets.filter((x) => x !== s);
      state.handlers.changed.delete(s.id);
      state.raise("deleted", s);
    });
  }

  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.ctx, (h) => {
      const id = this.ctx.state.sheet(this.sheetName).id;
      this.ctx.state.handlers.changed.set(id, [...(this.ctx.state.handlers.changed.get(id) ?? []), h]);
    });
  }

  load(arg?: string | string[]): this {
    const props = propsOf(arg);
    this.ctx.enqueueLoad({ load: this.sheetName, props }, () => this.fill(props.length ? props : ["name", "position"]));
    return this;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => address ?? WHOLE_SHEET);
  }

  get charts(): FakeChartCollection {
    const ctx = this.ctx;
    return new FakeChartCollection(
      {
        enqueue: (d, apply) => ctx.enqueue(d, apply),
        enqueueLoad: (d, resolve) => ctx.enqueueLoad(d, resolve),
        charts: (sheet) => ctx.state.sheet(sheet).charts,
        resolveRange: (range) => (range as FakeRange).snapshot(),
      },
      this.sheetName,
    );
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => {
      const s = this.ctx.state.sheet(this.sheetName);
      let r1 = -1;
      let c1 = -1;
      let r0 = Infinity;
      let c0 = Infinity;
      for (const [k, c] of s.cells) {
        if (valuesOnly && c.value === "" && !c.formula) continue;
        const [r, col] = k.split(",").map(Number);
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, col);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, col);
      }
      if (r1 < 0) return "A1";
      return `${colLetters(c0)}${r0 + 1}:${colLetters(c1)}${r1 + 1}`;
    });
  }

  activate(): void {
    this.ctx.enqueue({ activate: this.sheetName }, () => {
      this.ctx.state.sheet(this.sheetName); // as in Excel, a sheet that does not exist fails the sync (ItemNotFound)
      this.ctx.state.activeSheet = this.sheetName;
    });
  }
}

export class FakeCustomProperties {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
  ) {}

  /** Returns the new property, as Excel's add does (office.js makes it an object of the request). */
  add(k: string, v: string): FakeCustomProperty {
    this.ctx.enqueue({ customProperty: k, v }, () => {
      this.ctx.state.require("1.12", "customProperties");
      this.ctx.state.sheet(this.sheetName).customProperties.set(k, v);
    });
    return new FakeCustomProperty(this.ctx, this.sheetName, k);
  }

  getItemOrNullObject(k: string): FakeCustomProperty {
    return new FakeCustomProperty(this.ctx, this.sheetName, k);
  }
}

export class FakeCustomProperty extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
    private readonly k: string,
  ) {
    super();
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get value(): string {
    return this.read("value");
  }
  load(): this {
    this.ctx.enqueueLoad({ loadCustomProperty: this.k }, () => {
      const v = this.ctx.state.sheet(this.sheetName).customProperties.get(this.k);
      this.setLoaded("isNullObject", v === undefined);
      this.setLoaded("value", v);
    });
    return this;
  }
}

export class FakePageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
  ) {}
  set paperSize(v: string) {
    this.ctx.enqueue({ paperSize: v }, () => (this.ctx.state.sheet(this.sheetName).pageLayout.paperSize = v));
  }
  set orientation(v: string) {
    this.ctx.enqueue({ orientation: v }, () => (this.ctx.state.sheet(this.sheetName).pageLayout.orientation = v));
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.ctx.enqueue({ zoom: v }, () => (this.ctx.state.sheet(this.sheetName).pageLayout.zoom = v));
  }
}

type Grid<T> = (T | null)[][];

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
    /** Resolved when the batch runs: a used range depends on the sheet at that moment. */
    private readonly address: () => string,
  ) {
    super();
    this.format = new FakeRangeFormat(ctx, sheetName, address);
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  /** A formula cell's formula, any other cell's value (ExcelApi 1.1). */
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  set values(v: Grid<FakeValue>) {
    this.write("values", v);
  }

  /** The range's sheet, address and values as they are now (for a chart made from it, at sync). */
  snapshot(): { sheet: string; address: string; values: unknown[][] } {
    const s = this.ctx.state.sheet(this.sheetName);
    const b = parseRange(this.address());
    const values: unknown[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: unknown[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(s.cells.get(key(r, c))?.value ?? "");
      values.push(row);
    }
    return { sheet: this.sheetName, address: this.address(), values };
  }
  set numberFormat(v: Grid<string>) {
    this.write("numberFormat", v);
  }

  private write(prop: "values" | "numberFormat", grid: Grid<FakeValue>): void {
    this.ctx.enqueue({ set: prop, sheet: this.sheetName, grid }, () => {
      const s = this.ctx.state.sheet(this.sheetName);
      const b = parseRange(this.address());
      const rows = b.r1 - b.r0 + 1;
      const cols = b.c1 - b.c0 + 1;
      const single = grid.length === 1 && grid[0].length === 1;
      if (!single && (grid.length !== rows || grid.some((r) => r.length !== cols))) {
        throw new Error(
          `FakeExcel: InvalidArgument: ${prop} is ${grid.length}×${grid[0]?.length}, the range ${this.address()} is ${rows}×${cols}`,
        );
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const v = single ? grid[0][0] : grid[r][c];
          if (v === null || v === undefined) continue; // null leaves the cell as it is, as in Office
          const k = key(b.r0 + r, b.c0 + c);
          const cell = s.cells.get(k) ?? { value: "", numberFormat: "General" };
          if (prop === "numberFormat") cell.numberFormat = String(v);
          else if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") {
            cell.formula = v;
            cell.value = "#FORMULA";
            cell.error = false;
          } else {
            // Excel's quote prefix: outside a text-formatted cell, a leading ' makes the rest text.
            cell.value = typeof v === "string" && v.startsWith("'") && cell.numberFormat !== "@" ? v.slice(1) : v;
            delete cell.formula;
            cell.error = false;
          }
          s.cells.set(k, cell);
        }
      }
      this.ctx.state.raise("changed", s, this.address());
    });
  }

  load(arg?: string | string[]): this {
    const props = propsOf(arg);
    this.ctx.enqueueLoad({ load: "range", props }, () => {
      const s = this.ctx.state.sheet(this.sheetName);
      const b = parseRange(this.address());
      const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
        const out: T[][] = [];
        for (let r = b.r0; r <= b.r1; r++) {
          const row: T[] = [];
          for (let c = b.c0; c <= b.c1; c++) row.push(f(s.cells.get(key(r, c))));
          out.push(row);
        }
        return out;
      };
      for (const p of props) {
        if (p === "values")
          this.setLoaded(
            p,
            grid((c) => (c ? c.value : "")),
          );
        else if (p === "numberFormat")
          this.setLoaded(
            p,
            grid((c) => (c ? c.numberFormat : "General")),
          );
        // As in Excel: the formula where there is one, else the constant (so a text "=1+1" looks like one).
        else if (p === "formulas") this.setLoaded(p, grid((c) => (c ? (c.formula ?? c.value) : "")));
        else if (p === "valueTypes")
          this.setLoaded(
            p,
            grid((c) =>
              !c || c.value === ""
                ? "Empty"
                : c.error
                  ? "Error"
                  : typeof c.value === "number"
                    ? "Double"
                    : typeof c.value === "boolean"
                      ? "Boolean"
                      : "String",
            ),
          );
        else if (p === "rowIndex") this.setLoaded(p, b.r0);
        else if (p === "columnIndex") this.setLoaded(p, b.c0);
        else if (p === "address") this.setLoaded(p, `${this.sheetName}!${this.address()}`);
        else if (p === "rowCount") this.setLoaded(p, b.r1 - b.r0 + 1);
        else if (p === "columnCount") this.setLoaded(p, b.c1 - b.c0 + 1);
        else throw new Error(`FakeExcel: loading ${p} is not faked`);
      }
    });
    return this;
  }

  /** Only "Formulas" is faked: the formula cells as one area per column run, or a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    if (cellType !== "Formulas") throw new Error(`FakeExcel: special cells ${cellType} are not faked`);
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.state.require("1.9", "getSpecialCellsOrNullObject");
      const s = this.ctx.state.sheet(this.sheetName);
      const b = parseRange(this.address());
      const sheetRef = /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(s.name) ? s.name : `'${s.name.replace(/'/g, "''")}'`;
      const areas: string[] = [];
      for (let c = b.c0; c <= b.c1; c++) {
        for (let r = b.r0; r <= b.r1; r++) {
          if (!s.cells.get(key(r, c))?.formula) continue;
          let end = r;
          while (end < b.r1 && s.cells.get(key(end + 1, c))?.formula) end++;
          const from = `${colLetters(c)}${r + 1}`;
          areas.push(`${sheetRef}!${end === r ? from : `${from}:${colLetters(c)}${end + 1}`}`);
          r = end;
        }
      }
      return areas.length ? areas.join(",") : undefined;
    });
  }

  /** A range computed from this one when the batch runs, as Excel computes it. */
  private derived(address: (own: ReturnType<typeof parseRange>) => string): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => address(parseRange(this.address())));
  }

  private static boundsOf(other: FakeRange | string): ReturnType<typeof parseRange> {
    return parseRange(typeof other === "string" ? other : other.address());
  }

  /** Row `i` of the range (office.js writes a grid of more than 1,500 cells through such rows). */
  getRow(i: number): FakeRange {
    return this.derived((b) => boundsAddress({ r0: b.r0 + i, c0: b.c0, r1: b.r0 + i, c1: b.c1 }));
  }

  getBoundingRect(other: FakeRange | string): FakeRange {
    return this.derived((b) => {
      const o = FakeRange.boundsOf(other);
      return boundsAddress({ r0: Math.min(b.r0, o.r0), c0: Math.min(b.c0, o.c0), r1: Math.max(b.r1, o.r1), c1: Math.max(b.c1, o.c1) });
    });
  }

  /** As in Excel, ranges that do not meet fail the sync. */
  getIntersection(other: FakeRange | string): FakeRange {
    return this.derived((b) => {
      const o = FakeRange.boundsOf(other);
      const i = { r0: Math.max(b.r0, o.r0), c0: Math.max(b.c0, o.c0), r1: Math.min(b.r1, o.r1), c1: Math.min(b.c1, o.c1) };
      if (i.r0 > i.r1 || i.c0 > i.c1) throw new Error(`FakeExcel: ItemNotFound: ${boundsAddress(b)} and ${boundsAddress(o)} do not intersect`);
      return boundsAddress(i);
    });
  }

  select(): void {
    this.ctx.enqueue({ select: this.address() }, () => {
      this.ctx.state.sheet(this.sheetName);
      this.ctx.state.selected = { sheet: this.sheetName, address: this.address() };
    });
  }

  /** Clears the range's values and formats; a whole sheet's clear also resets its column widths. */
  clear(): void {
    this.ctx.enqueue({ clear: this.sheetName, address: this.address() }, () => {
      const s = this.ctx.state.sheet(this.sheetName);
      const b = parseRange(this.address());
      for (const k of [...s.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) s.cells.delete(k);
      }
      if (this.address() === WHOLE_SHEET) s.columnWidths.clear();
      this.ctx.state.raise("changed", s, this.address());
    });
  }
}

/** The cells a special-cells query found: `address` lists its areas, each with its sheet ("S!A1:A3,S!C5"). */
export class FakeRangeAreas extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    /** Resolved when the batch runs; undefined when nothing was found. */
    private readonly find: () => string | undefined,
  ) {
    super();
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  load(arg?: string | string[]): this {
    const props = propsOf(arg);
    this.ctx.enqueueLoad({ load: "rangeAreas", props }, () => {
      const address = this.find();
      this.setLoaded("isNullObject", address === undefined);
      for (const p of props) {
        if (p !== "address") throw new Error(`FakeExcel: loading ${p} of RangeAreas is not faked`);
        if (address !== undefined) this.setLoaded(p, address);
      }
    });
    return this;
  }
}

export class FakeRangeFormat {
  readonly font: { bold: boolean; size: number };
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
    private readonly address: () => string,
  ) {
    const each = (f: (c: FakeCell) => void) => () => {
      const s = this.ctx.state.sheet(this.sheetName);
      const b = parseRange(this.address());
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) {
          const k = key(r, c);
          const cell = s.cells.get(k) ?? { value: "", numberFormat: "General" };
          f(cell);
          s.cells.set(k, cell);
        }
    };
    const enqueue = this.ctx.enqueue.bind(this.ctx);
    this.font = {
      set bold(v: boolean) {
        enqueue(
          { bold: v },
          each((c) => (c.bold = v)),
        );
      },
      set size(v: number) {
        enqueue(
          { size: v },
          each((c) => (c.fontSize = v)),
        );
      },
    } as { bold: boolean; size: number };
    this.each = each;
  }
  private each: (f: (c: FakeCell) => void) => () => void;

  set horizontalAlignment(v: string) {
    this.ctx.enqueue(
      { horizontalAlignment: v },
      this.each((c) => (c.horizontalAlignment = v)),
    );
  }
  set indentLevel(v: number) {
    this.ctx.enqueue(
      { indentLevel: v },
      this.each((c) => (c.indentLevel = v)),
    );
  }
  set verticalAlignment(v: string) {
    this.ctx.enqueue({ verticalAlignment: v }, () => {});
  }
  set wrapText(v: boolean) {
    this.ctx.enqueue(
      { wrapText: v },
      this.each((c) => (c.wrapText = v)),
    );
  }
  set columnWidth(v: number) {
    this.ctx.enqueue({ columnWidth: v }, () => {
      const b = parseRange(this.address());
      for (let c = b.c0; c <= b.c1; c++) this.ctx.state.sheet(this.sheetName).columnWidths.set(c, v);
    });
  }
  autofitRows(): void {
    this.ctx.enqueue({ autofitRows: true }, () => (this.ctx.state.sheet(this.sheetName).autofitted = true));
  }
}

/** Excel.run over the fake: each call gets a fresh request context on the shared workbook state. */
export function fakeRun(state: FakeWorkbookState) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new FakeContext(state) as unknown as Excel.RequestContext);
}
