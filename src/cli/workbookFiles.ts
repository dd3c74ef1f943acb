/** The command line's input and output workbooks on disk. */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UnreadableFileError } from "../adapters/xlsx/readGrid";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";

/**
 * Creates the missing folders above `file`, one level at a time: Node's recursive mkdirSync can loop
 * forever where a parent cannot be created (seen under /proc), and this must fail with a message instead.
 */
export function makeParents(file: string): void {
  const missing: string[] = [];
  for (let d = dirname(file); !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}

/** The workbook in `file`, or undefined after one line on `err` saying why it cannot be read. */
export async function loadInput(file: string, err: (s: string) => void): Promise<XlsxWorkbook | undefined> {
  if (!existsSync(file) || !statSync(file).isFile()) {
    err(`error: ${file}: no such file`);
    return undefined;
  }
  try {
    return await XlsxWorkbook.load(readFileSync(file));
  } catch (e) {
    err(`error: ${file}: ${e instanceof UnreadableFileError ? e.message : String(e)}`);
    return undefined;
  }
}

/** Whether two paths name one file: through "..", a symbolic link or a hard link alike. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const x = statSync(a);
  const y = statSync(b);
  return x.dev === y.dev && x.ino === y.ino;
}
