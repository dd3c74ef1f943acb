/**
 * The Office adapter's requests as Excel on the web receives them: Microsoft's office.js (excel-web-16.00.js from
 * node_modules, in Chromium) serializes every batch, and a recording session answers from the fake Excel
 * (test/helpers/officeJsHarness.ts). Excel on the web refuses a request or a response over 5 MB: none may pass it,
 * and every write must still land, the undo journal's and an undo's included.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateWorkbook } from "../../bench/generate";
import { loadWorkbook, workbookToGrid } from "../../src/adapters/xlsx/readGrid";
import { FakeSheetInput } from "../fakes/fakeExcel";
import { gridToFakeInputs } from "../fakes/fromXlsx";
import { Exchange, HarnessResult, OfficeJsHarness, startOfficeJsHarness } from "../helpers/officeJsHarness";

/** 5 MB read the stricter way (5,000,000 bytes rather than 5 × 1,048,576). */
const LIMIT = 5_000_000;

let harness: OfficeJsHarness;
let large: FakeSheetInput[];

beforeAll(async () => {
  harness = await startOfficeJsHarness();
  large = gridToFakeInputs(generateWorkbook(20000));
}, 120000);

afterAll(async () => {
  await harness?.close();
});

const largest = (xs: Exchange[], k: "request" | "response") => xs.reduce((m, x) => Math.max(m, x[k]), 0);
const syncs = (r: HarnessResult) => r.exchanges.filter((x) => !x.cleanup).length;

describe.each(["score", "report"] as const)("%s on a workbook of 20,000 indicators", (scenario) => {
  test("no request and no response over 5 MB; every write lands, no cell over 32,767 characters", async () => {
    const r = await harness.run(large, scenario);
    expect(r.failure).toBeUndefined();
    expect(r.missing).toEqual([]);
    expect(largest(r.exchanges, "request")).toBeLessThan(LIMIT);
    expect(largest(r.exchanges, "response")).toBeLessThan(LIMIT);
    expect(r.longestCell).toBeGreaterThan(0);
    expect(r.longestCell).toBeLessThanOrEqual(32767);
  }, 120000);

  test("the request model is calibrated: no real request passes the limit the adapter was given", async () => {
    // Small enough that the writes must be split (the score's are ~2 MB, the report's ~3.5 MB).
    const maxRequestBytes = 1_200_000;
    const r = await harness.run(large, scenario, { maxRequestBytes });
    expect(r.failure).toBeUndefined();
    expect(r.missing).toEqual([]);
    expect(largest(r.exchanges, "request")).toBeLessThanOrEqual(maxRequestBytes);
    expect(syncs(r)).toBeGreaterThan(syncs(await harness.run(large, scenario)));
  }, 120000);
});

describe.each(["undo", "reportAgain"] as const)("%s after a write of 20,000 indicators", (scenario) => {
  const second = scenario === "undo" ? "undo" : "reportAgain";

  test("the journal and the report sheet read back in blocks, written back within 5 MB; everything lands", async () => {
    const r = await harness.run(large, scenario);
    expect(r.failure).toBeUndefined();
    expect(r.missing).toEqual([]);
    const after = r.exchanges.filter((x) => x.phase === second);
    expect(largest(after, "request")).toBeLessThan(LIMIT);
    expect(largest(after, "response")).toBeLessThan(LIMIT);
    // What the second use case reads back (journal and, for the report, its sheet) is more than one response holds.
    expect(after.reduce((a, x) => a + x.response, 0)).toBeGreaterThan(LIMIT);
  }, 240000);

  test("the request model is calibrated for the journal and the restore too", async () => {
    const maxRequestBytes = 1_200_000;
    const r = await harness.run(large, scenario, { maxRequestBytes });
    expect(r.failure).toBeUndefined();
    expect(r.missing).toEqual([]);
    expect(largest(r.exchanges, "request")).toBeLessThanOrEqual(maxRequestBytes);
  }, 240000);
});

test("the read of a large workbook is cut into blocks: no response over 5 MB, the grid whole", async () => {
  const r = await harness.run(large, "read");
  expect(r.failure).toBeUndefined();
  expect(r.missing).toEqual([]);
  expect(largest(r.exchanges, "response")).toBeLessThan(LIMIT);
  // Together the responses carry the ~7.7 MB a single read of these sheets would have been.
  expect(r.exchanges.reduce((a, x) => a + x.response, 0)).toBeGreaterThan(LIMIT);
  expect(syncs(r)).toBeGreaterThan(2);
}, 120000);

test("a workbook of normal size: read in two syncs and written in one, through the real office.js", async () => {
  const grid = workbookToGrid(await loadWorkbook(readFileSync(join(__dirname, "..", "..", "examples", "complete.xlsx"))));
  const sheets = gridToFakeInputs(grid);
  const read = await harness.run(sheets, "read");
  expect(read.failure).toBeUndefined();
  expect(read.missing).toEqual([]);
  expect(syncs(read)).toBe(2);
  const score = await harness.run(sheets, "score");
  expect(score.failure).toBeUndefined();
  expect(score.missing).toEqual([]);
  expect(syncs(score)).toBe(3);
  const report = await harness.run(sheets, "report");
  expect(report.failure).toBeUndefined();
  expect(report.missing).toEqual([]);
  expect(syncs(report)).toBe(3);
  // With the journal: read in two syncs, restored or written again in one.
  const undo = await harness.run(sheets, "undo");
  expect(undo.failure).toBeUndefined();
  expect(undo.missing).toEqual([]);
  expect(syncs(undo)).toBe(6);
  const again = await harness.run(sheets, "reportAgain");
  expect(again.failure).toBeUndefined();
  expect(again.missing).toEqual([]);
  expect(syncs(again)).toBe(6);
}, 120000);

test("a hundred indicators and their report (185 rows): the undo and a second insert still read in two syncs", async () => {
  const sheets = gridToFakeInputs(generateWorkbook(100));
  const phaseSyncs = (r: HarnessResult, phase: string) => r.exchanges.filter((x) => x.phase === phase && !x.cleanup).length;
  const undo = await harness.run(sheets, "undo");
  expect(undo.failure).toBeUndefined();
  expect(undo.missing).toEqual([]);
  expect(phaseSyncs(undo, "undo")).toBe(3);
  const again = await harness.run(sheets, "reportAgain");
  expect(again.failure).toBeUndefined();
  expect(again.missing).toEqual([]);
  expect(phaseSyncs(again, "reportAgain")).toBe(3);
}, 120000);
