/**
 * One size of the benchmark, in a process of its own so that its peak memory is its own:
 * `tsx bench/size.ts N RUNS` prints one JSON line of medians.
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { OfficeWorkbook } from "../src/adapters/office/officeWorkbook";
import { WorkbookPort, evaluateWorkbook, insertReport, scoreWorkbook } from "../src/app";
import { loadWorkbook, workbookToGrid } from "../src/adapters/xlsx/readGrid";
import { applyReportSheet, ownedSheets } from "../src/adapters/xlsx/reportSheet";
import { applyWrites } from "../src/adapters/xlsx/writeWorkbook";
import { evaluate } from "../src/core/evaluate";
import { planScoreWrites } from "../src/core/plan";
import { buildReport } from "../src/core/report";
import { planReportSheet } from "../src/core/reportSheet";
import { scoreModel } from "../src/core/scoring";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { readModel } from "../src/core/reader";
import { validateModel } from "../src/core/validate";
import { FakeWorkbookState, fakeRun } from "../test/fakes/fakeExcel";
import { gridToFakeInputs } from "../test/fakes/fromXlsx";
import { generateWorkbook } from "./generate";

/** Reads, evaluates and inserts the report, as the pane does on its first 插入到工作表. */
async function insertFresh(wb: WorkbookPort) {
  return insertReport(wb, await evaluateWorkbook(wb));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(runs: number, f: () => Promise<T> | T): Promise<{ ms: number; last: T }> {
  const ms: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await f();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), last };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 5);
  const grid = generateWorkbook(n);

  // The input .xlsx, written once (not timed).
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((r) => ws.addRow(r.map((v) => (v === null ? undefined : v))));
  }
  const input = Buffer.from(await wb.xlsx.writeBuffer());

  const read = await time(runs, async () => workbookToGrid(await loadWorkbook(input)));
  const g = read.last;
  const validate = await time(runs, () => {
    const r = readModel(g);
    validateModel(r.model);
    return r;
  });
  const model = validate.last.model;
  const score = await time(runs, () => scoreModel(model, DEFAULT_SETTINGS));
  const report = await time(runs, () => {
    const r = buildReport(model, score.last, DEFAULT_SETTINGS);
    planScoreWrites(g, model.indicators!, score.last);
    return planReportSheet(
      r,
      g.sheets.map((s) => s.name),
      [],
    );
  });
  const core = await time(runs, () => evaluate(g));
  const e = core.last;
  if (e.findings.some((f) => f.severity === "error"))
    throw new Error(`generated workbook has errors: ${JSON.stringify(e.findings.slice(0, 3))}`);

  const write = await time(runs, async () => {
    const out = await loadWorkbook(input);
    const t = performance.now();
    applyWrites(out, e.writes);
    applyReportSheet(
      out,
      planReportSheet(
        e.report,
        out.worksheets.map((w) => w.name),
        ownedSheets(out),
      ),
    );
    await out.xlsx.writeBuffer();
    return performance.now() - t;
  });

  // The Office adapter on the fake: score, then insert the report; syncs and the largest batch as the fake
  // measures them (its JSON of the queued operations). The sizes in results.md are office.js's real ones (run.ts).
  const state = new FakeWorkbookState(gridToFakeInputs(g));
  const office = new OfficeWorkbook(fakeRun(state), {
    isSupported: (v) => state.isSupported(v),
    settings: { get: () => undefined, set: () => {}, save: async () => {} },
  });
  await scoreWorkbook(office, { confirmed: true });
  const scoreSyncs = state.syncCount;
  const scoreMaxBatch = Math.max(...state.batchBytes);
  state.syncCount = 0;
  state.batchBytes = [];
  await insertFresh(office);
  const reportSyncs = state.syncCount;
  const reportMaxBatch = Math.max(...state.batchBytes);

  console.log(
    JSON.stringify({
      n,
      runs,
      xlsxReadMs: read.ms,
      validateMs: validate.ms,
      scoreMs: score.ms,
      reportMs: report.ms,
      coreMs: core.ms,
      xlsxWriteMs: write.last,
      scoreSyncs,
      scoreMaxBatch,
      reportSyncs,
      reportMaxBatch,
      total: e.scoring.total?.toFixed(2),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
