/**
 * `--undo`: puts back what this tool's last write into a workbook replaced, from the journal kept in the file,
 * and writes the result to --out. The input itself is never written.
 */
import { resolve } from "node:path";
import { type WriteKind, undoLastWrite } from "../app";
import type { Lang } from "../core/findings";
import { loadInput, makeParents, sameFile } from "./workbookFiles";

const WHAT: Record<Lang, Record<WriteKind, string>> = {
  "zh-CN": { scores: "得分", report: "报告", scoresAndReport: "得分和报告" },
  en: { scores: "scores", report: "report", scoresAndReport: "scores and report" },
};

const DONE: Record<Lang, (what: string, at: string, out: string) => string> = {
  "zh-CN": (what, at, out) => `已撤销 ${at} 写入的${what}，结果已写入 ${out}`,
  en: (what, at, out) => `Undid the ${what} written at ${at}; the result is in ${out}`,
};

/** Exit status: 0 undone, 2 nothing to undo, an unreadable file, or an output that cannot be written. */
export async function runUndo(file: string, out: string, lang: Lang, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  if (sameFile(file, out)) {
    io.err(`error: ${out}: --out names the input; the input is never written`);
    return 2;
  }
  const workbook = await loadInput(file, io.err);
  if (!workbook) return 2;
  // A file is a copy: what the undo puts back over cells changed since needs no question.
  const outcome = await undoLastWrite(workbook, { confirmed: true });
  if (outcome.kind !== "undone") {
    io.err(`error: ${file}: nothing to undo (no write by this tool is recorded in it)`);
    return 2;
  }
  try {
    makeParents(resolve(out));
    await workbook.save(out);
  } catch (e) {
    io.err(`error: ${out}: cannot write (${(e as Error).message.split("\n")[0]})`);
    return 2;
  }
  io.out(DONE[lang](WHAT[lang][outcome.undid], outcome.at, out));
  return 0;
}
