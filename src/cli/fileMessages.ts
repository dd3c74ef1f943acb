/** What the command line says about a file it cannot read or writes in another format, in the user's language. */
import type { UnreadableReason } from "../adapters/xlsx/readGrid";
import type { Lang } from "../core/findings";

const UNREADABLE: Record<UnreadableReason, Record<Lang, string>> = {
  encrypted: {
    "zh-CN": "工作簿已加密，请在 Excel 中取消密码后再试",
    en: "The workbook is encrypted: remove the password in Excel and try again",
  },
  notExcel: { "zh-CN": "不是 Excel 工作簿（.xlsx 或 .xls）", en: "not an Excel workbook (.xlsx or .xls)" },
  damaged: { "zh-CN": "无法读取的工作簿（文件可能已损坏）", en: "the workbook cannot be read (the file may be damaged)" },
};

export function unreadableMessage(reason: UnreadableReason, lang: Lang): string {
  return UNREADABLE[reason][lang];
}

/** An .xls input is written out as .xlsx (the format exceljs writes). */
export function writtenAsXlsx(input: string, out: string, lang: Lang): string {
  return lang === "en"
    ? `note: ${input} is an .xls workbook; ${out} is written as .xlsx`
    : `注意：${input} 是 .xls 工作簿；${out} 按 .xlsx 格式写出`;
}
