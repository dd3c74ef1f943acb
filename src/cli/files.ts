/** Opening an input workbook and making room for an output file. */
import { existsSync, mkdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";

export type Opened = { workbook: XlsxWorkbook } | { missing: true } | { error: unknown };

/** Opens an .xlsx file: its workbook, or that it is missing, or why it cannot be read (an UnreadableFileError …). */
export async function openXlsx(file: string): Promise<Opened> {
  if (!existsSync(file) || !statSync(file).isFile()) return { missing: true };
  try {
    return { workbook: await XlsxWorkbook.load(await readFile(file)) };
  } catch (e) {
    return { error: e };
  }
}

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

/** The one line of an output that cannot be written. */
export function cannotWrite(path: string, e: unknown): string {
  return `error: ${path}: cannot write (${(e as Error).message.split("\n")[0]})`;
}
