/** The inputs of the command line: the files named, and the workbooks found in the folders named. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { UsageError } from "./args";
import { USAGE_TEXTS } from "./texts";

/** The workbook kinds a folder is searched for: .xlsx, and .xls (read converted, fileFormat.ts). */
export const WORKBOOK_EXTENSIONS: readonly string[] = [".xlsx", ".xls"];

/** Excel's lock files (~$name.xlsx) and hidden files are not workbooks a department handed in. */
function isWorkbookName(name: string): boolean {
  return !name.startsWith("~$") && !name.startsWith(".") && WORKBOOK_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** What a folder search does on meeting the output: skip it (an earlier summary of this tool) or refuse. */
interface Output {
  path: string;
  replaceable: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function walk(dir: string, output: Output, into: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith(".")) walk(path, output, into);
    } else if (e.isFile() && isWorkbookName(e.name)) {
      if (resolve(path) !== output.path) into.push(path);
      else if (!output.replaceable) throw new UsageError(USAGE_TEXTS.summaryIsInput(path));
    }
  }
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * The inputs of a batch: files as named (a missing one stays, to become a row of its own), folders searched
 * recursively in name order. `output` is never an input: naming it is a usage error, and so is a search that
 * finds it, unless it is `replaceable` (an earlier summary of this tool), which the search then skips.
 */
export function batchInputs(args: string[], output: string, replaceable: boolean): string[] {
  const target: Output = { path: resolve(output), replaceable };
  const files: string[] = [];
  for (const arg of args) {
    if (!isFolder(arg)) {
      if (resolve(arg) === target.path) throw new UsageError(USAGE_TEXTS.summaryIsInput(output));
      files.push(arg);
      continue;
    }
    const found: string[] = [];
    walk(arg, target, found);
    if (found.length === 0) throw new UsageError(USAGE_TEXTS.noWorkbookIn(arg, WORKBOOK_EXTENSIONS));
    files.push(...found);
  }
  return files;
}

/** Without --summary a folder is refused: one document per file is no answer for a folder. */
export function refuseFolders(args: string[]): void {
  const folder = args.find(isFolder);
  if (folder !== undefined) throw new UsageError(USAGE_TEXTS.folderNeedsSummary(folder));
}
