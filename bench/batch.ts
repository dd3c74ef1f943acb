/**
 * The batch review's figures for bench/results.md: 1,000 small generated workbooks (10 indicators and 10 projects
 * each, in folders of 100) reviewed one at a time, several at a time in one thread, and by worker threads, then by
 * the whole bundled command; and the command's start-up, bundled and through tsx. Each way runs in its own
 * process, the ways taking turns round after round so that a busy machine slows them alike; medians.
 * `npm run bench` includes it; `npm run bench:batch` runs it alone and rewrites only its section.
 */
import { buildSync } from "esbuild";
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildCli } from "../scripts/build-cli";
import { CONCURRENT_FILES } from "../src/cli/summaryMode";
import { generateWorkbook } from "./generate";

const ROOT = join(__dirname, "..");
const RESULTS = join(__dirname, "results.md");
const HEADING = "## Batch review";

interface ModeResult {
  mode: string;
  files: number;
  ms: number;
  msPerWorkbook: number;
  peakRssMB: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function writeWorkbooks(count: number): Promise<string> {
  const grid = generateWorkbook(10);
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) wb.addWorksheet(s.name).addRows(s.values.map((r) => r.map((v) => v ?? undefined)));
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const dir = mkdtempSync(join(tmpdir(), "bench-workbooks-"));
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `部门${String(Math.floor(i / 100)).padStart(2, "0")}`);
    if (!existsSync(folder)) mkdirSync(folder);
    writeFileSync(join(folder, `自评${String(i).padStart(4, "0")}.xlsx`), data);
  }
  return dir;
}

/** Milliseconds for one run of the command, median of `runs`. */
function startMs(command: string, args: string[], runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    execFileSync(command, args, { cwd: ROOT, stdio: "pipe" });
    ms.push(performance.now() - t);
  }
  return median(ms);
}

export interface BatchBenchOptions {
  count?: number;
  rounds?: number;
  /** Runs of each start-up measurement. */
  starts?: number;
  /** Where progress goes (console.log from the command line). */
  log?: (line: string) => void;
}

export async function batchSection({ count = 1000, rounds = 3, starts = 10, log = () => {} }: BatchBenchOptions = {}): Promise<string> {
  const load = loadavg()[0];
  const dir = await writeWorkbooks(count);
  const tmp = mkdtempSync(join(tmpdir(), "bench-batch-"));
  const runner = join(tmp, "batchRun.js");
  buildSync({
    entryPoints: [join(__dirname, "batchRun.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: runner,
    logLevel: "warning",
  });
  const cli = join(tmp, "budget-evaluate.js");
  buildCli(cli);
  // One file at a time, several in one thread, threads: whichever the command does (CONCURRENT_FILES) among them.
  const modes = ["concurrent:1", "concurrent:4", "threads:2", "command"];
  const runs = new Map<string, ModeResult[]>(modes.map((m) => [m, []]));
  for (let r = 0; r < rounds; r++) {
    for (const mode of modes) {
      const line = execFileSync("node", [runner, dir, mode], { encoding: "utf8" }).trim().split("\n").pop()!;
      runs.get(mode)!.push(JSON.parse(line) as ModeResult);
      log(`  round ${r + 1}: ${mode} done`);
    }
  }
  const bare = startMs("node", ["-e", "0"], starts);
  const bundled = startMs("node", [cli, "--version"], starts);
  const tsx = startMs("npx", ["tsx", "src/cli/bin.ts", "--version"], Math.ceil(starts / 2));
  const mark = (k: number) => (k === CONCURRENT_FILES ? " (the command's way)" : "");
  const label: Record<string, string> = {
    "concurrent:1": `one file at a time${mark(1)}`,
    "concurrent:4": `4 files at a time in one thread${mark(4)}`,
    "threads:2": "2 worker threads, one file each at a time",
    command: "the whole command, `DIR --summary s.xlsx --quiet` (find, review, write the summary)",
  };
  const rows = modes.map((m) => {
    const rs = runs.get(m)!;
    const ms = median(rs.map((x) => x.ms));
    return `| ${label[m]} | ${(ms / count).toFixed(2)} | ${(ms / 1000).toFixed(1)} | ${median(rs.map((x) => x.peakRssMB))} |`;
  });
  return [
    `${HEADING}: ${count.toLocaleString("en")} small workbooks`,
    "",
    `Measured by \`npm run bench:batch\` on ${new Date().toISOString().slice(0, 10)}: ${count.toLocaleString("en")} generated .xlsx files of 10 indicators and`,
    `10 projects (${(readFileSync(join(dir, "部门00", "自评0000.xlsx")).length / 1024).toFixed(0)} KB each) in folders of 100, each way in its own process, medians of ${rounds} rounds`,
    "taken in turns. Review = read the file, evaluate, make its summary row and finding rows.",
    `${cpus().length} cores; load average ${load.toFixed(1)} when it started (a figure above the core count means other work shared the machine).`,
    "",
    "| how | ms per workbook | total s | peak RSS MB |",
    "|---|---:|---:|---:|",
    ...rows,
    "",
    `Start-up (\`--version\`, median): the bundle \`node bin/budget-evaluate.js\` ${bundled.toFixed(0)} ms; through tsx`,
    `(\`npx tsx src/cli/bin.ts\`, as \`npm run evaluate\`) ${tsx.toFixed(0)} ms; Node alone (\`node -e 0\`) ${bare.toFixed(0)} ms.`,
    "",
  ].join("\n");
}

/** Replaces the batch section of bench/results.md (or appends it), leaving the rest as it was measured. */
export function writeBatchSection(section: string): void {
  const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmark results\n";
  const at = md.indexOf(HEADING);
  const before = at < 0 ? `${md.trimEnd()}\n\n` : md.slice(0, at);
  writeFileSync(RESULTS, `${before}${section}`);
}

if (require.main === module) {
  batchSection({ count: Number(process.argv[2] ?? 1000), rounds: Number(process.argv[3] ?? 3), log: console.log })
    .then((section) => {
      writeBatchSection(section);
      console.log(`\n${section}`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
