/** One document per workbook: the readable summary or JSON, the report as text, the scored copy (--out), the Word document (--docx). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluateWorkbook, exportReportDocx, findingCounts, insertReport, writeScores } from "../app";
import { docxWriter } from "../adapters/docx/pack";
import { UnreadableFileError } from "../adapters/xlsx/readGrid";
import type { Report } from "../core/report";
import { reportText } from "../core/reportSheet";
import { CliOptions } from "./args";
import { cannotWrite, makeParents, openXlsx } from "./files";
import type { CliIo } from "./run";
import { JsonDocument, formatSummary, toJson } from "./output";

/** --docx: the report as a Word document, made by the use case the pane's 导出 Word calls. */
async function saveDocx(report: Report, file: string, io: CliIo): Promise<boolean> {
  const { bytes } = await exportReportDocx(report, docxWriter);
  try {
    makeParents(resolve(file));
    writeFileSync(file, bytes);
    return true;
  } catch (e) {
    io.err(cannotWrite(file, e));
    return false;
  }
}

async function runFile(file: string, opts: CliOptions, io: CliIo): Promise<{ code: number; json?: JsonDocument }> {
  const opened = await openXlsx(file);
  if ("missing" in opened) {
    io.err(`error: ${file}: no such file`);
    return { code: 2 };
  }
  if ("error" in opened) {
    io.err(`error: ${file}: ${opened.error instanceof UnreadableFileError ? opened.error.message : String(opened.error)}`);
    return { code: 2 };
  }
  const { workbook } = opened;
  const evaluation = await evaluateWorkbook(workbook);
  const code = findingCounts(evaluation).errors > 0 ? 1 : 0;
  if (opts.out) {
    // The changes stay in memory; the input file is written only when --out names it.
    await writeScores(workbook, evaluation);
    await insertReport(workbook, evaluation);
    try {
      makeParents(resolve(opts.out));
      await workbook.save(opts.out);
    } catch (e) {
      io.err(cannotWrite(opts.out, e));
      return { code: 2 };
    }
  }
  if (opts.docx && !(await saveDocx(evaluation.report, opts.docx, io))) return { code: 2 };
  if (opts.json) return { code, json: toJson(file, evaluation, opts.lang) };
  io.out(formatSummary(file, evaluation, opts.lang));
  if (opts.reportText) io.out(`\n${reportText(evaluation.report)}`);
  return { code };
}

/** Returns the worst exit status of the files. */
export async function runFiles(opts: CliOptions, io: CliIo): Promise<number> {
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
