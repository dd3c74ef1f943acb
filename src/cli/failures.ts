/**
 * A file that cannot be read or written, as the CLI tells it: one line in the user's language (the messages
 * are the catalogue's, src/i18n), and with --json an `error` object of code and message.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { FileError, FileErrorCode, MAX_UNCOMPRESSED_BYTES } from "../adapters/xlsx/fileErrors";
import { type Lang, messages } from "../i18n";

export interface JsonFileError {
  code: FileErrorCode;
  message: string;
}

/** What --json prints for a workbook that could not be read. */
export interface JsonErrorDocument {
  file: string;
  error: JsonFileError;
}

/**
 * The input's bytes. A missing file or a folder is NOT_FOUND; a file larger than the uncompressed cap is
 * TOO_LARGE without being read (a zip is never larger than what it holds, give or take its headers).
 */
export function readInput(file: string): Buffer {
  if (!existsSync(file) || !statSync(file).isFile()) throw new FileError("NOT_FOUND");
  if (statSync(file).size > MAX_UNCOMPRESSED_BYTES) throw new FileError("TOO_LARGE");
  return readFileSync(file);
}

/** The reason for `e`, or `fallback` for an error that is not a FileError (its own text is never shown). */
export function fileErrorCode(e: unknown, fallback: FileErrorCode): FileErrorCode {
  return e instanceof FileError ? e.code : fallback;
}

/** The reason for `e` with its words in the user's language. */
export function fileError(e: unknown, fallback: FileErrorCode, lang: Lang): JsonFileError {
  const code = fileErrorCode(e, fallback);
  return { code, message: messages(lang).files[code] };
}
