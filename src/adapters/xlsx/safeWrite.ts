/**
 * Writing an output file so that it is either the whole new file or the file that was there before: the
 * content goes to a temporary file in the same folder (the same file system, so that renaming it is atomic),
 * is flushed to disk, and only then renamed over the target. A failed, interrupted or killed write leaves an
 * existing target as it was. The input workbook is never a target: naming it is refused, whatever the path.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { FileError, writeErrorCode } from "./fileErrors";

/**
 * True when `a` and `b` name the same file: the same path once `..` is resolved, or, when both exist, the same
 * device and inode (through a symlink, a hard link, or a case-insensitive file system).
 */
export function isSameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const [sa, sb] = [statSync(a), statSync(b)];
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Throws OUT_IS_INPUT when the output would replace the input. */
export function refuseInputAsOutput(input: string, output: string): void {
  if (isSameFile(input, output)) throw new FileError("OUT_IS_INPUT");
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

function flushToDisk(path: string): void {
  const fd = openSync(path, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The reason the write failed is what the user needs to hear, not that its leftover could not be removed.
  }
}

/**
 * Writes `target` through `write`, which is given the temporary path to write to. A symlink target is written
 * through (the file it points to is replaced, the link stays); an existing target keeps its permissions.
 * Throws a FileError with the reason (NO_FOLDER, NO_PERMISSION, DISK_FULL, WRITE_FAILED); the temporary file is
 * removed and the target untouched.
 */
export async function writeFileAtomically(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  let temp: string | undefined;
  try {
    const exists = existsSync(target);
    const final = exists ? realpathSync(target) : resolve(target);
    makeParents(final);
    temp = join(dirname(final), `.${basename(final)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    await write(temp);
    flushToDisk(temp);
    if (exists) chmodSync(temp, statSync(final).mode & 0o7777);
    renameSync(temp, final);
  } catch (e) {
    if (temp) removeQuietly(temp);
    throw new FileError(writeErrorCode(e));
  }
}
