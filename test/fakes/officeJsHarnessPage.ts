/**
 * Runs in a page after Microsoft's Excel script for Excel on the web (excel-web-16.00.js from node_modules): the
 * REAL office.js builds and serializes every request of the add-in's Office adapter, and a session of ours stands
 * where Excel would be. It records each request's bytes as office.js would send them (the UTF-8 JSON of the
 * request body) and answers from the fake Excel (richApiServer.ts), recording the response's bytes too.
 *
 * window.__harness.run(sheets, scenario) runs one use case on a fresh fake workbook and reports the sizes, the
 * syncs and whether every planned write landed.
 */
import { OfficeWorkbook } from "../../src/adapters/office/officeWorkbook";
import { JOURNAL_SHEET, WriteOutcome, evaluateWorkbook, insertReport, scoreWorkbook, undoLastWrite } from "../../src/app";
import { WorkbookGrid } from "../../src/core/grid";
import { reportRows } from "../../src/core/reportSheet";
import { FakeCell, FakeSheetInput, FakeWorkbookState } from "./fakeExcel";
import { FakeExcelServer, RequestBody } from "./richApiServer";

const encoder = new TextEncoder();
const utf8Bytes = (s: string) => encoder.encode(s).length;

/** One request to "Excel" and its answer, in bytes. */
export interface Exchange {
  request: number;
  response: number;
  /** Sent by office.js itself when an Excel.run ends, to release the ranges it kept: not a sync of the adapter's. */
  cleanup: boolean;
  /** The use case it belongs to: the scenario's name, or for "undo" and "reportAgain" the write before it. */
  phase: string;
}

/** office.js's end-of-run request: nothing but _RemoveReference calls (and the root object they are called on). */
const isCleanup = (body: RequestBody) =>
  body.Actions.some((a) => a.Name === "_RemoveReference") && body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === 1);

/**
 * "undo": the scores written, then undone (the undo reads the journal, which holds every written cell's
 * fingerprint and what it replaced); "reportAgain": the report inserted, then the workbook evaluated and the
 * report inserted again (the read brings back the journal and the whole report sheet, the write keeps both).
 */
export type Scenario = "read" | "score" | "report" | "undo" | "reportAgain";

export interface HarnessOptions {
  /** The ExcelApi 1.x minor version the host claims (Excel on the web has them all). */
  apiMinor?: number;
  maxRequestBytes?: number;
}

export interface HarnessResult {
  /** Every request of the use case, in order; the reading requests of "score" and "report" included. */
  exchanges: Exchange[];
  /**
   * Planned writes that are not in the workbook afterwards, as "sheet!A1" (the report's rows as "sheet!row n");
   * for "read", the cells the grid does not hold as the sheet does.
   */
  missing: string[];
  /** Characters of the longest cell written. */
  longestCell: number;
  failure?: string;
}

interface OfficeExtensionInternals {
  SessionBase: new () => object;
}
const officeExtension = (window as unknown as { OfficeExtension: OfficeExtensionInternals }).OfficeExtension;

let state = new FakeWorkbookState([]);
let exchanges: Exchange[] = [];
let phase = "";

/** office.js asks its session for a request executor once per request context: one fake Excel server each. */
class RecordingSession extends officeExtension.SessionBase {
  _resolveRequestUrlAndHeaderInfo() {
    return Promise.resolve({ url: "harness", headers: {} });
  }
  _createRequestExecutorOrNull() {
    const server = new FakeExcelServer(state);
    return {
      async executeAsync(_customData: unknown, _flags: number, message: { Body: RequestBody }) {
        const request = utf8Bytes(JSON.stringify(message.Body));
        const body = await server.execute(message.Body);
        exchanges.push({ request, response: utf8Bytes(JSON.stringify(body)), cleanup: isCleanup(message.Body), phase });
        return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: body };
      },
    };
  }
}
(officeExtension.SessionBase as unknown as { _overrideSession: object })._overrideSession = new RecordingSession();

function officeWorkbook(options: HarnessOptions): OfficeWorkbook {
  const settings = new Map<string, unknown>();
  return new OfficeWorkbook((batch) => Excel.run(batch), {
    isSupported: (v) => state.isSupported(v),
    settings: { get: (k) => settings.get(k), set: (k, v) => void settings.set(k, v), save: async () => {} },
    maxRequestBytes: options.maxRequestBytes,
  });
}

/** Cells of the workbook that the grid read does not hold as they are (or holds where the sheet is empty). */
function unread(grid: WorkbookGrid): string[] {
  const missing: string[] = [];
  for (const sheet of grid.sheets) {
    const cells = state.sheet(sheet.name).cells;
    const held = sheet.values.reduce((n, row) => n + row.filter((v) => v !== null && v !== undefined).length, 0);
    const filled = [...cells.values()].filter((c) => c.value !== "").length;
    if (held !== filled) missing.push(`${sheet.name}: ${filled} cells, ${held} read`);
    for (const [key, cell] of cells) {
      const [r, c] = key.split(",").map(Number);
      const v = sheet.values[r]?.[c] ?? null;
      const expected = cell.value === "" ? null : cell.error ? { error: cell.value } : cell.value;
      if (JSON.stringify(v) !== JSON.stringify(expected)) missing.push(`${sheet.name}!${key}`);
    }
  }
  return missing;
}

/** The planned writes of a written outcome that are not in the workbook, and the longest. */
function scoresMissing(outcome: WriteOutcome): Pick<HarnessResult, "missing" | "longestCell"> {
  if (outcome.kind !== "written") return { missing: [`scores: ${outcome.kind}`], longestCell: 0 };
  const { writes } = outcome.evaluation;
  const missing = writes.filter((w) => state.cell(w.sheet, w.cell)?.value !== w.value).map((w) => `${w.sheet}!${w.cell}`);
  return { missing, longestCell: writes.reduce((m, w) => Math.max(m, String(w.value).length), 0) };
}

/** The report's rows that are not in its sheet, and the longest cell there. */
function reportMissing(outcome: WriteOutcome): Pick<HarnessResult, "missing" | "longestCell"> {
  if (outcome.kind !== "written") return { missing: [`report: ${outcome.kind}`], longestCell: 0 };
  const sheet = outcome.changed[0].sheet;
  const written = state.sheet(sheet).cells;
  const missing = reportRows(outcome.evaluation.report)
    .map((r, i) => (written.get(`${i},0`)?.value === r.text ? "" : `${sheet}!row ${i + 1}`))
    .filter((x) => x !== "");
  return { missing, longestCell: [...written.values()].reduce((m, c) => Math.max(m, String(c.value).length), 0) };
}

/** Every cell but the journal's, as Excel tells them apart: an empty General cell is no cell. */
function visibleCells(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, cells] of Object.entries(state.snapshot())) {
    if (name === JOURNAL_SHEET) continue;
    for (const [addr, { error, ...cell }] of Object.entries(cells) as [string, FakeCell][]) {
      if (cell.value !== "" || cell.numberFormat !== "General" || cell.formula)
        out.set(`${name}!${addr}`, JSON.stringify({ ...cell, error: !!error }));
    }
  }
  return out;
}

/** The cells an undo did not put back as they were before the write. */
function notPutBack(before: Map<string, string>): string[] {
  const after = visibleCells();
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k));
}

async function runScenario(scenario: Scenario, wb: OfficeWorkbook): Promise<Pick<HarnessResult, "missing" | "longestCell">> {
  phase = scenario === "undo" ? "score" : scenario === "reportAgain" ? "report" : scenario;
  if (scenario === "read") return { missing: unread((await wb.read()).grid), longestCell: 0 };
  const before = visibleCells();
  if (scenario === "score" || scenario === "undo") {
    const written = scoresMissing(await scoreWorkbook(wb, { confirmed: true }));
    if (scenario === "score" || written.missing.length > 0) return written;
    phase = "undo";
    const undone = await undoLastWrite(wb, { confirmed: true });
    return { missing: undone.kind === "undone" ? notPutBack(before) : [`undo: ${undone.kind}`], longestCell: written.longestCell };
  }
  const first = reportMissing(await insertReport(wb, await evaluateWorkbook(wb), undefined, { confirmed: true }));
  if (scenario === "report" || first.missing.length > 0) return first;
  phase = "reportAgain";
  return reportMissing(await insertReport(wb, await evaluateWorkbook(wb), undefined, { confirmed: true }));
}

async function run(sheets: FakeSheetInput[], scenario: Scenario, options: HarnessOptions = {}): Promise<HarnessResult> {
  state = new FakeWorkbookState(sheets);
  state.apiMinor = options.apiMinor ?? 12;
  exchanges = [];
  try {
    return { exchanges, ...(await runScenario(scenario, officeWorkbook(options))) };
  } catch (e) {
    return { exchanges, missing: [], longestCell: 0, failure: e instanceof Error ? e.message : String(e) };
  }
}

(window as unknown as { __harness: unknown }).__harness = { run };
