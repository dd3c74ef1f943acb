/**
 * `npm run evaluate -- <workbook.xlsx>…`: the engine on .xlsx files, for batch work and tests.
 * Exit status: 0 no errors, 1 validation errors, 2 a file that cannot be read or bad arguments.
 */
import { resolve } from "node:path";
import { evaluateWorkbook, findingCounts, writeScoresAndReport } from "../app";
import { reportText } from "../core/reportSheet";
import { CliOptions, USAGE, UsageError, parseArgs } from "./args";
import { JsonDocument, formatSummary, toJson } from "./output";
import { runUndo } from "./undo";
import { loadInput, makeParents } from "./workbookFiles";

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

async function runFile(file: string, opts: CliOptions, io: CliIo): Promise<{ code: number; json?: JsonDocument }> {
  const workbook = await loadInput(file, io.err);
  if (!workbook) return { code: 2 };
  const evaluation = await evaluateWorkbook(workbook);
  const code = findingCounts(evaluation).errors > 0 ? 1 : 0;
  if (opts.out) {
    // The changes stay in memory and go to a new file, which needs no question; one write, so that --undo on
    // the output puts the whole input back.
    await writeScoresAndReport(workbook, evaluation, { confirmed: true });
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
  if (opts.undo) return runUndo(opts.files[0], opts.out!, opts.lang, io);
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
