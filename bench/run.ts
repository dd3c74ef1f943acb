/**
 * `npm run bench`: prints a table and writes bench/results.md. Each size runs in its own process (so its peak
 * memory is its own), reporting medians of several runs; then the Office adapter's requests and responses as
 * Microsoft's office.js serializes them (test/helpers/officeJsHarness.ts, in headless Chromium); then the task
 * pane's initial JavaScript (gzip) and its time to first render; then the batch review (bench/batch.ts). Figures
 * only: nothing here passes or fails on time.
 */
import { buildSync } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadWorkbook, workbookToGrid } from "../src/adapters/xlsx/readGrid";
import { gridToFakeInputs } from "../test/fakes/fromXlsx";
import { buildDist, launch, openPane, serve } from "../test/helpers/browser";
import { HarnessResult, OfficeJsHarness, startOfficeJsHarness } from "../test/helpers/officeJsHarness";
import { generateWorkbook } from "./generate";
import { batchSection, writeBatchSection } from "./batch";
import { LargePane, largePane, largePaneLines } from "./pane";

const ROOT = join(__dirname, "..");
const SIZES: [number, number][] = [
  [100, 7],
  [1000, 7],
  [10000, 5],
  [20000, 3],
  [100000, 3],
];
/** Excel on the web's limit on a request or a response, read the stricter way. */
const LIMIT = 5_000_000;

interface SizeResult {
  n: number;
  runs: number;
  xlsxReadMs: number;
  validateMs: number;
  scoreMs: number;
  reportMs: number;
  coreMs: number;
  xlsxWriteMs: number;
  peakRssMB: number;
}

/** One use case through the real office.js: its syncs (office.js's own clean-up requests aside) and largest sizes. */
interface RealRequests {
  syncs: number;
  request: number;
  response: number;
}

/** `phase`: only the requests of that use case of the scenario (the undo, not the write before it). */
function realRequests(r: HarnessResult, phase?: string): RealRequests {
  if (r.failure || r.missing.length > 0) throw new Error(`office.js harness: ${r.failure ?? `${r.missing.length} writes missing`}`);
  const xs = r.exchanges.filter((x) => phase === undefined || x.phase === phase);
  const largest = (k: "request" | "response") => xs.reduce((m, x) => Math.max(m, x[k]), 0);
  return { syncs: xs.filter((x) => !x.cleanup).length, request: largest("request"), response: largest("response") };
}

/** Sizes after a write, where the journal (and the report sheet) are read back: up to 20,000 rows. */
const AFTER_WRITE_MAX_ROWS = 20000;

/** The undo of a score write, and a second report insert, each measured alone (its read included). */
async function afterWrite(harness: OfficeJsHarness, n: number): Promise<{ undo: RealRequests; again: RealRequests }> {
  const sheets = gridToFakeInputs(generateWorkbook(n));
  return {
    undo: realRequests(await harness.run(sheets, "undo"), "undo"),
    again: realRequests(await harness.run(sheets, "reportAgain"), "reportAgain"),
  };
}

function afterWriteSection(after: { n: number; undo: RealRequests; again: RealRequests }[], size: (b: number) => string): string[] {
  return [
    "After a write the journal comes back with every read, and the report sheet's content (values and formulas) once",
    "it exists: the undo of the scores, and the report inserted a second time (its read and its write):",
    "",
    "| rows | syncs (undo, report again) | largest request (undo, report again) | largest response (undo, report again) |",
    "|---:|---|---|---|",
    ...after.map(
      ({ n, undo, again }) =>
        `| ${n.toLocaleString("en")} | ${undo.syncs}, ${again.syncs} | ${size(undo.request)}, ${size(again.request)} | ${size(undo.response)}, ${size(again.response)} |`,
    ),
    "",
  ];
}

/** Score, then insert the report (each reading the workbook first), on a fresh copy of the generated workbook. */
async function officeRequests(harness: OfficeJsHarness, n: number): Promise<{ score: RealRequests; report: RealRequests }> {
  const sheets = gridToFakeInputs(generateWorkbook(n));
  return { score: realRequests(await harness.run(sheets, "score")), report: realRequests(await harness.run(sheets, "report")) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);

async function pane(): Promise<{ gzipKB: number; rawKB: number; firstRenderMs: number; readyMs: number; large: LargePane }> {
  const dist = buildDist();
  const js = readdirSync(dist).filter((f) => f.startsWith("taskpane.") && f.endsWith(".js"));
  const bytes = js.map((f) => readFileSync(join(dist, f)));
  const gzipKB = bytes.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0) / 1024;
  const rawKB = bytes.reduce((a, b) => a + b.length, 0) / 1024;
  const { server, url } = await serve(dist);
  const context = await launch();
  const workbook = gridToFakeInputs(workbookToGrid(await loadWorkbook(readFileSync(join(ROOT, "examples", "complete.xlsx")))));
  const first: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < 5; i++) {
    const p = await openPane(context, url, { workbook });
    await p.page.getByText("0 个错误").waitFor();
    const [fcp, now] = await p.page.evaluate(() => [
      performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      performance.now(),
    ]);
    first.push(fcp);
    ready.push(now);
    await p.page.close();
  }
  await context.close();
  const large = await largePane(url);
  server.close();
  return { gzipKB, rawKB, firstRenderMs: median(first), readyMs: median(ready), large };
}

async function main(): Promise<void> {
  const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  console.log(`machine: ${machine}`);
  const results: SizeResult[] = [];
  // Bundled as production code is (one scope, no module getters), not run through tsx's module shims.
  const sizeJs = join(mkdtempSync(join(tmpdir(), "bench-")), "size.js");
  buildSync({
    entryPoints: [join(__dirname, "size.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: sizeJs,
    external: ["exceljs"],
  });
  for (const [n, runs] of SIZES) {
    const out = execFileSync("node", [sizeJs, String(n), String(runs)], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 24,
      // The bundle lives in a temporary folder: exceljs (kept external) is found through NODE_PATH.
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192", NODE_PATH: join(ROOT, "node_modules") },
    });
    const r = JSON.parse(out.trim().split("\n").pop()!) as SizeResult;
    results.push(r);
    console.log(`  ${n} rows done (core ${f1(r.coreMs)} ms)`);
  }
  const harness = await startOfficeJsHarness();
  const real: { score: RealRequests; report: RealRequests }[] = [];
  const after: { n: number; undo: RealRequests; again: RealRequests }[] = [];
  for (const [n] of SIZES) {
    real.push(await officeRequests(harness, n));
    if (n <= AFTER_WRITE_MAX_ROWS) after.push({ n, ...(await afterWrite(harness, n)) });
    console.log(`  ${n} rows through office.js done`);
  }
  await harness.close();
  const p = await pane();

  const header =
    "| rows | core ms (validate / score / report) | core µs per row | .xlsx read ms | .xlsx write ms | core share | syncs (score, report) | largest request (score, report) | largest response (score, report) | peak RSS MB |";
  const rule = "|---:|---|---:|---:|---:|---:|---|---|---|---:|";
  const size = (b: number) => `${b < 1e6 ? `${f0(b / 1000)} KB` : `${(b / 1e6).toFixed(2)} MB`}${b > LIMIT ? " (over 5 MB)" : ""}`;
  const rows = results.map((r, i) => {
    const share = (100 * r.coreMs) / (r.coreMs + r.xlsxReadMs + r.xlsxWriteMs);
    const { score, report } = real[i];
    return `| ${r.n.toLocaleString("en")} | ${f1(r.coreMs)} (${f1(r.validateMs)} / ${f1(r.scoreMs)} / ${f1(r.reportMs)}) | ${f1((1000 * r.coreMs) / r.n)} | ${f0(r.xlsxReadMs)} | ${f0(r.xlsxWriteMs)} | ${f0(share)}% | ${score.syncs}, ${report.syncs} | ${size(score.request)}, ${size(report.request)} | ${size(score.response)}, ${size(report.response)} | ${r.peakRssMB} |`;
  });
  const ten = results.find((r) => r.n === 10000)!;
  const targets = [
    `- core at 10,000 rows under 100 ms: **${f1(ten.coreMs)} ms — ${ten.coreMs < 100 ? "met" : "not met"}**; growth per row: ${results.map((r) => `${f1((1000 * r.coreMs) / r.n)} µs`).join(" → ")}`,
    `- at most 3 syncs at every size: **${
      real.every((r) => r.score.syncs <= 3 && r.report.syncs <= 3)
        ? "met"
        : `not met (${results
            .map((r, i) => ({ n: r.n, ...real[i] }))
            .filter((r) => r.score.syncs > 3 || r.report.syncs > 3)
            .map((r) => `${r.n.toLocaleString("en")} rows: ${r.score.syncs}, ${r.report.syncs}`)
            .join("; ")}: reads and writes are cut to stay under 5 MB)`
    }**`,
    `- no request or response over 5 MB in office.js's real format: **${
      real.every((r) => Math.max(r.score.request, r.score.response, r.report.request, r.report.response) < LIMIT) &&
      after.every((r) => Math.max(r.undo.request, r.undo.response, r.again.request, r.again.response) < LIMIT)
        ? "met"
        : "not met"
    }**`,
    `- task pane initial JavaScript at most 250 KB gzip: **${f1(p.gzipKB)} KB — ${p.gzipKB <= 250 ? "met" : "not met"}** (${f0(p.rawKB)} KB minified)`,
  ];
  const md = [
    "# Benchmark results",
    "",
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.`,
    "Medians of several runs per size (7, 7, 5, 3, 3), each size in its own process, the code bundled by esbuild as",
    "production code is bundled. Core = read the model, validate, score, plan the writes and",
    "draft the report, on cell grids already in memory. Syncs, requests and responses are the Office adapter's",
    "as Excel on the web would receive them: Microsoft's office.js (excel-web-16.00.js) serializes every batch in",
    "headless Chromium and the project's fake Excel answers (test/helpers/officeJsHarness.ts); each use case reads",
    "the workbook first. Sizes are UTF-8 JSON bodies; office.js's own clean-up request at the end of a run (it",
    "releases the ranges it kept) is not counted as a sync.",
    "",
    header,
    rule,
    ...rows,
    "",
    ...afterWriteSection(after, size),
    `Task pane: initial JavaScript ${f1(p.gzipKB)} KB gzip (${f0(p.rawKB)} KB minified); first contentful paint ${f0(p.firstRenderMs)} ms and`,
    `validation shown ${f0(p.readyMs)} ms after navigation (median of 5, headless Chromium, office.js from node_modules, the complete example in the fake).`,
    "",
    ...largePaneLines(p.large),
    "",
    "Targets:",
    ...targets,
    "",
  ].join("\n");
  writeFileSync(join(__dirname, "results.md"), md);
  const batch = await batchSection({ log: console.log });
  writeBatchSection(batch);
  console.log(`\n${md}\n${batch}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
