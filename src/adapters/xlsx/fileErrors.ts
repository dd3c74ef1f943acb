/**
 * Everything that can go wrong with a file, as a code: the reasons a workbook cannot be read and an output
 * cannot be written. The words are the catalogue's (src/i18n); no library's text or address reaches the user.
 */
import type { FileErrorCode } from "../../app/ports";

export type { FileErrorCode };

/** The documented cap on a workbook's uncompressed size (docs/workbook-format.md), in bytes. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/** A file that cannot be read or written, with the reason as a code (the hosts word it: src/i18n). */
export class FileError extends Error {
  constructor(readonly code: FileErrorCode) {
    super(code);
  }
}

/** A file that is not a workbook this tool can read. */
export class UnreadableFileError extends FileError {}

/** Node's error codes for a failed write, as the reason the user is told. */
export function writeErrorCode(e: unknown): FileErrorCode {
  if (e instanceof FileError) return e.code;
  switch ((e as { code?: string } | undefined)?.code) {
    case "ENOENT":
    case "ENOTDIR":
      return "NO_FOLDER";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "NO_PERMISSION";
    case "ENOSPC":
    case "EDQUOT":
      return "DISK_FULL";
    default:
      return "WRITE_FAILED";
  }
}
