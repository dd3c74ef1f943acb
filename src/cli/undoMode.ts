/**
 * `--undo`: puts back what this tool's last write into a workbook replaced, from the journal kept in the file,
 * and writes the result to --out. The input itself is never written, and --out may not name it.
 */
import { type FileErrorCode, undoLastWrite } from "../app";
import { refuseInputAsOutput } from "../adapters/xlsx/safeWrite";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import type { CliOptions } from "./args";
import { fileError, readInput } from "./failures";
import type { CliIo } from "./run";
import { messages } from "../i18n";

/** Exit status: 0 undone; 2 nothing to undo, an unreadable input, or an output that cannot be written. */
export async function runUndo(opts: CliOptions & { out: string }, io: CliIo): Promise<number> {
  const file = opts.files[0];
  const texts = messages(opts.lang).cli;
  const failed = (path: string, e: unknown, fallback: FileErrorCode) => {
    io.err(`error: ${path}: ${fileError(e, fallback, opts.lang).message}`);
    return 2;
  };
  let workbook: XlsxWorkbook;
  try {
    refuseInputAsOutput(file, opts.out);
    workbook = await XlsxWorkbook.load(readInput(file));
  } catch (e) {
    return failed(file, e, "DAMAGED");
  }
  // A file is a copy: what the undo puts back over cells changed since needs no question.
  const outcome = await undoLastWrite(workbook, { confirmed: true });
  if (outcome.kind !== "undone") {
    io.err(`error: ${file}: ${texts.nothingToUndo}`);
    return 2;
  }
  try {
    await workbook.save(opts.out);
  } catch (e) {
    return failed(opts.out, e, "WRITE_FAILED");
  }
  io.out(texts.undone(outcome.undid, outcome.at, opts.out));
  return 0;
}
