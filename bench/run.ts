/**
 * `npm run bench`: prints a table and writes bench/results.md. Each size runs in its own process (so its peak
 * memory is its own), reporting medians of several runs; then the task pane's initial JavaScript (gzip) and
 * its time to first render in headless Chromium; then the batch review (bench/batch.ts). Figures only: nothing
 * here passes or fails on time.
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
import { batchSection, writeBatchSection } from "./batch";
import { LargePane, largePane, largePaneLines } from "./pane";

const ROOT = join(__dirname, "..");
const SIZES: [number, number][] = [
  [100, 7],
  [1000, 7],
  [10000, 5],
  [100000, 3],
];
const LIMIT = 5 * 1024 * 1024;

interface SizeResult {
  n: number;
  runs: number;
  xlsxReadMs: number;
  validateMs: number;
  scoreMs: number;
  reportMs: number;
  coreMs: number;
  xlsxWriteMs: number;
  scoreSyncs: number;
  scoreMaxBatch: number;
  reportSyncs: number;
  reportMaxBatch: number;
  peakRssMB: number;
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
  buildSync({ entryPoints: [join(__dirname, "size.ts")], bundle: true, platform: "node", target: "node20", outfile: sizeJs, external: ["exceljs"] });
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
  const p = await pane();

  const header =
    "| rows | core ms (validate / score / report) | core µs per row | .xlsx read ms | .xlsx write ms | core share | syncs (score, report) | largest batch (score, report) | peak RSS MB |";
  const rule = "|---:|---|---:|---:|---:|---:|---|---|---:|";
  const rows = results.map((r) => {
    const share = (100 * r.coreMs) / (r.coreMs + r.xlsxReadMs + r.xlsxWriteMs);
    const kb = (b: number) => `${(b / 1024).toFixed(0)} KB${b > LIMIT ? " (over 5 MB)" : ""}`;
    return `| ${r.n.toLocaleString("en")} | ${f1(r.coreMs)} (${f1(r.validateMs)} / ${f1(r.scoreMs)} / ${f1(r.reportMs)}) | ${f1((1000 * r.coreMs) / r.n)} | ${f0(r.xlsxReadMs)} | ${f0(r.xlsxWriteMs)} | ${f0(share)}% | ${r.scoreSyncs}, ${r.reportSyncs} | ${kb(r.scoreMaxBatch)}, ${kb(r.reportMaxBatch)} | ${r.peakRssMB} |`;
  });
  const ten = results.find((r) => r.n === 10000)!;
  const targets = [
    `- core at 10,000 rows under 100 ms: **${f1(ten.coreMs)} ms — ${ten.coreMs < 100 ? "met" : "not met"}**; growth per row: ${results.map((r) => `${f1((1000 * r.coreMs) / r.n)} µs`).join(" → ")}`,
    `- at most 3 syncs at every size: **${
      results.every((r) => r.scoreSyncs <= 3 && r.reportSyncs <= 3)
        ? "met"
        : `not met (${results
            .filter((r) => r.scoreSyncs > 3 || r.reportSyncs > 3)
            .map((r) => `${r.n} rows: ${r.scoreSyncs}`)
            .join(", ")}: the write is split to stay under 5 MB)`
    }**`,
    `- no batch over 5 MB: **${results.every((r) => r.scoreMaxBatch <= LIMIT && r.reportMaxBatch <= LIMIT) ? "met" : "not met"}**`,
    `- task pane initial JavaScript at most 250 KB gzip: **${f1(p.gzipKB)} KB — ${p.gzipKB <= 250 ? "met" : "not met"}** (${f0(p.rawKB)} KB minified)`,
  ];
  const md = [
    "# Benchmark results",
    "",
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.`,
    "Medians of several runs per size (7, 7, 5, 3), each size in its own process, the code bundled by esbuild as",
    "production code is bundled. Core = read the model, validate, score, plan the writes and",
    "draft the report, on cell grids already in memory. Syncs and batch sizes are those of the Office adapter",
    "against the project's fake Excel (score, then insert the report); a batch is its request's UTF-8 JSON.",
    "",
    header,
    rule,
    ...rows,
    "",
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
