/**
 * A batch review (抽查复核): every workbook named or found in the folders named, into one summary workbook
 * (--summary) and, with --json, one JSON document. A file that cannot be read is a row with its reason.
 */
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { FileSummary, reviewWorkbook, unreadableSummary } from "../app";
import { writeFileAtomically } from "../adapters/xlsx/safeWrite";
import { isSummaryWorkbook, saveTables } from "../adapters/xlsx/summaryWorkbook";
import { type Lang, messages } from "../i18n";
import { CliOptions } from "./args";
import { BatchSummary, FindingRow, findingRow } from "./batchRows";
import { fileError } from "./failures";
import { openXlsx } from "./files";
import { batchInputs } from "./inputs";
import { mapLimit } from "./pool";
import { ProgressTerminal, progressLine } from "./progress";
import type { CliIo } from "./run";
import { summaryTables } from "./summaryTables";

/**
 * Files reviewed at a time. Reviewing is CPU work on one thread: on 1,000 small workbooks (bench/batch.ts,
 * bench/results.md) four at a time in one thread gained nothing beyond noise, and two worker threads lost.
 */
export const CONCURRENT_FILES = 1;

/** One file of a batch, as the command line shows it. */
export interface FileReview {
  summary: FileSummary;
  findings: FindingRow[];
}

/** One file of a batch: its review, or a row saying why it cannot be read. Never throws for a bad file. */
export async function reviewFile(file: string, lang: Lang): Promise<FileReview> {
  const opened = await openXlsx(file);
  if ("workbook" in opened) {
    const review = await reviewWorkbook(file, opened.workbook);
    return { summary: review.summary, findings: review.findings.map((f) => findingRow(f, lang)) };
  }
  return { summary: unreadableSummary(file, messages(lang).files[opened.error]), findings: [] };
}

/** 2 when a file could not be read, 1 when a workbook has errors, else 0. */
export function batchExitCode(summary: BatchSummary): number {
  if (summary.files.some((f) => f.unreadable !== null)) return 2;
  return summary.files.some((f) => (f.errors ?? 0) > 0) ? 1 : 0;
}

export interface BatchOptions {
  lang: Lang;
  /** Where the progress line goes; none when absent (--quiet). */
  progress?: ProgressTerminal;
  concurrency?: number;
}

export async function reviewBatch(
  files: string[],
  { lang, progress, concurrency = CONCURRENT_FILES }: BatchOptions,
): Promise<BatchSummary> {
  const line = progressLine(progress, { total: files.length, text: messages(lang).batch.progress });
  const reviews = await mapLimit(
    files,
    concurrency,
    (f) => reviewFile(f, lang),
    (done, f) => line.update(done, f),
  );
  line.finish();
  return { files: reviews.map((r) => r.summary), findings: reviews.flatMap((r) => r.findings) };
}

/** An existing file may be overwritten by the summary when it is an earlier summary (see batchInputs). */
async function replaceable(path: string): Promise<boolean> {
  return existsSync(path) && statSync(path).isFile() && isSummaryWorkbook(await readFile(path));
}

export async function runSummary(opts: CliOptions & { summary: string }, io: CliIo): Promise<number> {
  const texts = messages(opts.lang).batch;
  const progress = opts.quiet ? undefined : io.progress;
  const summary = await reviewBatch(batchInputs(opts.files, opts.summary, await replaceable(opts.summary)), { lang: opts.lang, progress });
  try {
    // Written beside and renamed into place: a failed write leaves an earlier summary as it was.
    await writeFileAtomically(opts.summary, (temp) => saveTables(temp, summaryTables(summary, texts)));
  } catch (e) {
    io.err(`error: ${opts.summary}: ${fileError(e, "WRITE_FAILED", opts.lang).message}`);
    return 2;
  }
  if (opts.json) io.out(JSON.stringify(summary, null, 2));
  else {
    for (const row of summary.files) io.out(texts.fileLine(row));
    io.out(texts.summaryWritten(opts.summary, summary.files.length, summary.files.filter((f) => f.unreadable !== null).length));
  }
  return batchExitCode(summary);
}
