/**
 * Everything that can go wrong with a file, as one line in the user's language: the reasons a workbook cannot
 * be read and an output cannot be written, in one table. No library's text or address ever reaches the user.
 */
import type { Lang } from "../../core/findings";

export type FileErrorCode =
  | "NOT_FOUND"
  | "NOT_WORKBOOK"
  | "OLD_OR_ENCRYPTED"
  | "TOO_LARGE"
  | "DAMAGED"
  | "OUT_IS_INPUT"
  | "NO_FOLDER"
  | "NO_PERMISSION"
  | "DISK_FULL"
  | "WRITE_FAILED";

/** The documented cap on a workbook's uncompressed size (docs/workbook-format.md), in bytes. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

const MESSAGES: Record<FileErrorCode, Record<Lang, string>> = {
  NOT_FOUND: { "zh-CN": "找不到文件", en: "no such file" },
  NOT_WORKBOOK: { "zh-CN": "不是 Excel 工作簿（.xlsx）", en: "not an Excel workbook (.xlsx)" },
  OLD_OR_ENCRYPTED: {
    "zh-CN": "是旧版 .xls 或设了打开密码的工作簿：请在 Excel 中另存为不加密的 .xlsx",
    en: "an old .xls or a password-protected workbook: save it from Excel as an unprotected .xlsx",
  },
  TOO_LARGE: {
    "zh-CN": "文件过大或已损坏（解压后超过 200 MB，或压缩比异常）",
    en: "the file is too large or damaged (over 200 MB uncompressed, or an abnormal compression ratio)",
  },
  DAMAGED: { "zh-CN": "文件已损坏，无法读取", en: "the file is damaged and cannot be read" },
  OUT_IS_INPUT: {
    "zh-CN": "--out 指向输入文件本身：输入文件从不被改写，请另选输出文件",
    en: "--out names the input file itself: the input is never overwritten, choose another output file",
  },
  NO_FOLDER: { "zh-CN": "无法写入：文件夹不存在或无法创建", en: "cannot write: the folder does not exist or cannot be created" },
  NO_PERMISSION: { "zh-CN": "无法写入：没有写入权限", en: "cannot write: permission denied" },
  DISK_FULL: { "zh-CN": "无法写入：磁盘空间不足", en: "cannot write: the disk is full" },
  WRITE_FAILED: { "zh-CN": "无法写入，原有文件保持不变", en: "cannot write; any existing file was left as it was" },
};

export function fileErrorMessage(code: FileErrorCode, lang: Lang): string {
  return MESSAGES[code][lang];
}

/** A file that cannot be read or written, with the reason as a code; its message is the English one. */
export class FileError extends Error {
  constructor(readonly code: FileErrorCode) {
    super(MESSAGES[code].en);
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
