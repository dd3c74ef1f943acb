/** One document per workbook: the readable summary or JSON, the report as text, the scored copy (--out), the Word document (--docx). */
import { writeFileSync } from "node:fs";
import { evaluateWorkbook, exportReportDocx, findingCounts, writeScoresAndReport } from "../app";
import type { FileErrorCode } from "../app";
import { docxWriter } from "../adapters/docx/pack";
import { refuseInputAsOutput, writeFileAtomically } from "../adapters/xlsx/safeWrite";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import type { Report } from "../core/report";
import { messages } from "../i18n";
import { reportText } from "../core/reportSheet";
import { CliOptions } from "./args";
import { JsonErrorDocument, JsonFileError, fileError, readInput } from "./failures";
import type { CliIo } from "./run";
import { JsonDocument, formatSummary, toJson } from "./output";

type FileResult = { code: number; json?: JsonDocument | JsonErrorDocument };

/** Exit 2 with one line (and, with --json, the error object in the file's document). */
function failed(file: string, e: unknown, fallback: FileErrorCode, opts: CliOptions, io: CliIo, doc?: JsonDocument): FileResult {
  const error: JsonFileError = fileError(e, fallback, opts.lang);
  io.err(`error: ${file}: ${error.message}`);
  return { code: 2, json: opts.json ? { ...(doc ?? { file }), error } : undefined };
}

/** --docx: the report as a Word document, made by the use case the pane's 导出 Word calls. */
async function saveDocx(report: Report, file: string, opts: CliOptions, io: CliIo): Promise<FileResult | undefined> {
  const { bytes } = await exportReportDocx(report, docxWriter);
  try {
    await writeFileAtomically(file, async (temp) => writeFileSync(temp, bytes));
    return undefined;
  } catch (e) {
    return failed(file, e, "WRITE_FAILED", opts, io);
  }
}

async function runFile(file: string, opts: CliOptions, io: CliIo): Promise<FileResult> {
  let workbook: XlsxWorkbook;
  try {
    if (opts.out) refuseInputAsOutput(file, opts.out);
    if (opts.docx) refuseInputAsOutput(file, opts.docx);
    workbook = await XlsxWorkbook.load(readInput(file));
  } catch (e) {
    return failed(file, e, "DAMAGED", opts, io);
  }
  const evaluation = await evaluateWorkbook(workbook, { tables: opts.tables });
  const code = findingCounts(evaluation).errors > 0 ? 1 : 0;
  if (opts.out) {
    if (workbook.format === "xls") io.err(messages(opts.lang).cli.xlsWrittenAsXlsx(file, opts.out));
    // The changes stay in memory; they are written only to --out, which is never the input, so they need no
    // question. One write, so that --undo on the output puts the whole input back.
    await writeScoresAndReport(workbook, evaluation, { confirmed: true });
    try {
      await workbook.save(opts.out);
    } catch (e) {
      return failed(opts.out, e, "WRITE_FAILED", opts, io, opts.json ? toJson(file, evaluation, opts.lang) : undefined);
    }
  }
  if (opts.docx) {
    const failure = await saveDocx(evaluation.report, opts.docx, opts, io);
    if (failure) return failure;
  }
  if (opts.json) return { code, json: toJson(file, evaluation, opts.lang) };
  io.out(formatSummary(file, evaluation, opts.lang));
  if (opts.reportText) io.out(`\n${reportText(evaluation.report)}`);
  return { code };
}

/** Returns the worst exit status of the files. */
export async function runFiles(opts: CliOptions, io: CliIo): Promise<number> {
  let worst = 0;
  const docs: FileResult["json"][] = [];
  for (const [i, file] of opts.files.entries()) {
    if (i > 0 && !opts.json) io.out("");
    const r = await runFile(file, opts, io);
    worst = Math.max(worst, r.code);
    if (r.json) docs.push(r.json);
  }
  if (opts.json) io.out(JSON.stringify(opts.files.length === 1 ? (docs[0] ?? null) : docs, null, 2));
  return worst;
}
