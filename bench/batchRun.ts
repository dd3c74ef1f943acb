/**
 * One way of reviewing a folder of workbooks, in a process of its own so that its peak memory is its own:
 * `node batchRun.js DIR MODE` prints one JSON line. Modes: `concurrent:K` (K files at a time in one thread, as
 * the command reads CONCURRENT_FILES at a time), `threads:K` (K worker threads, one file each at a time), and
 * `command` (the whole command: `DIR --summary … --quiet`, the summary workbook written).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { batchInputs } from "../src/cli/inputs";
import { main } from "../src/cli/main";
import { FileReview, reviewBatch, reviewFile } from "../src/cli/summaryMode";

async function threads(files: string[], k: number): Promise<FileReview[]> {
  const results = new Array<FileReview>(files.length);
  let next = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(__filename);
      let current = -1;
      const feed = () => {
        if (next >= files.length) return void worker.terminate().then(() => resolve());
        current = next++;
        worker.postMessage(files[current]);
      };
      worker.on("message", (review: FileReview) => {
        results[current] = review;
        feed();
      });
      worker.on("error", reject);
      feed();
    });
  await Promise.all(Array.from({ length: k }, one));
  return results;
}

async function run(dir: string, mode: string): Promise<number> {
  const out = join(mkdtempSync(join(tmpdir(), "bench-batch-")), "summary.xlsx");
  const files = batchInputs([dir], out, false);
  if (mode === "command") {
    const code = await main([dir, "--summary", out, "--quiet"], { out: () => {}, err: (s) => console.error(s) });
    if (code > 1) throw new Error(`the command exited ${code}`);
  } else if (mode.startsWith("concurrent:")) {
    await reviewBatch(files, { lang: "zh-CN", concurrency: Number(mode.slice("concurrent:".length)) });
  } else if (mode.startsWith("threads:")) {
    await threads(files, Number(mode.slice("threads:".length)));
  } else throw new Error(`unknown mode ${mode}`);
  return files.length;
}

async function measure(): Promise<void> {
  const [dir, mode] = process.argv.slice(2);
  const t = performance.now();
  const files = await run(dir, mode);
  const ms = performance.now() - t;
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ mode, files, ms, msPerWorkbook: ms / files, peakRssMB }));
}

if (isMainThread) {
  measure().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  parentPort!.on("message", (file: string) => {
    void reviewFile(file, "zh-CN").then((review) => parentPort!.postMessage(review));
  });
}
