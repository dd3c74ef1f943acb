/**
 * `npm run evaluate -- <workbook.xlsx|.xls>…`: the engine on workbook files, for batch work and tests.
 * Exit status: 0 no errors, 1 validation errors, 2 a file that cannot be read or bad arguments.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { evaluateWorkbook, findingCounts, insertReport, writeScores } from "../app";
import { UnreadableFileError } from "../adapters/xlsx/readGrid";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { reportText } from "../core/reportSheet";
import { CliOptions, USAGE, UsageError, parseArgs } from "./args";
import { unreadableMessage, writtenAsXlsx } from "./fileMessages";
import { JsonDocument, formatSummary, toJson } from "./output";

/**
 * Creates the missing folders above `file`, one level at a time: Node's recursive mkdirSync can loop
 * forever where a parent cannot be created (seen under /proc), and this must fail with a message instead.
 */
function makeParents(file: string): void {
  const missing: string[] = [];
  for (let d = dirname(file); !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

async function runFile(file: string, opts: CliOptions, io: CliIo): Promise<{ code: number; json?: JsonDocument }> {
  if (!existsSync(file) || !statSync(file).isFile()) {
    io.err(`error: ${file}: no such file`);
    return { code: 2 };
  }
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.load(readFileSync(file));
  } catch (e) {
    io.err(`error: ${file}: ${e instanceof UnreadableFileError ? unreadableMessage(e.reason, opts.lang) : String(e)}`);
    return { code: 2 };
  }
  const evaluation = await evaluateWorkbook(workbook, opts.tables);
  const code = findingCounts(evaluation).errors > 0 ? 1 : 0;
  if (opts.out) {
    if (workbook.format === "xls") io.err(writtenAsXlsx(file, opts.out, opts.lang));
    // The changes stay in memory; the input file is written only when --out names it.
    await writeScores(workbook, evaluation);
    await insertReport(workbook, evaluation);
    try {
      makeParents(resolve(opts.out));
      await workbook.save(opts.out);
    } catch (e) {
      io.err(`error: ${opts.out}: cannot write (${(e as Error).message.split("\n")[0]})`);
      return { code: 2 };
    }
  }
  if (opts.json) return { code, json: toJson(file, evaluation, opts.lang) };
  io.out(formatSummary(file, evaluation, opts.lang));
  if (opts.reportText) io.out(`\n${reportText(evaluation.report)}`);
  return { code };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`error: ${e.message} (see --help)`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.out(USAGE);
    return 0;
  }
  let worst = 0;
  const docs: JsonDocument[] = [];
  for (const [i, file] of opts.files.entries()) {
    if (i > 0 && !opts.json) io.out("");
    const r = await runFile(file, opts, io);
    worst = Math.max(worst, r.code);
    if (r.json) docs.push(r.json);
  }
  if (opts.json) io.out(JSON.stringify(opts.files.length === 1 ? (docs[0] ?? null) : docs, null, 2));
  return worst;
}

if (require.main === module) {
  main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`error: ${(e as Error).message ?? String(e)}`);
      process.exitCode = 2;
    },
  );
}
