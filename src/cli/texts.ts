/**
 * The command line's own texts outside the catalogue: the batch review's and --undo's usage errors (in English,
 * as the other usage errors are) and the language --help is shown in. The words of the review itself are src/i18n's.
 */
import type { Lang } from "../i18n";

/** The usage errors of the batch review, --undo, --table and --out, in English as the command line's other usage errors are. */
export const USAGE_TEXTS = {
  summaryNeedsXlsx: "--summary writes an .xlsx workbook: give it a name ending in .xlsx",
  summaryIsInput: (path: string) => `--summary ${path} is one of the input workbooks; choose another file`,
  summaryAndReportText: "--report-text prints one report per workbook; it does not go with --summary",
  summaryAndOut: "--out takes one input workbook; it does not go with --summary",
  summaryAndDocx: "--docx takes one input workbook; it does not go with --summary",
  folderNeedsSummary: (dir: string) => `${dir} is a folder: review a folder with --summary summary.xlsx`,
  noWorkbookIn: (dir: string, extensions: readonly string[]) => `${dir}: no ${extensions.join(" or ")} workbook in this folder`,
  undoNeedsOut: "--undo takes one input workbook and --out",
  undoAlone: (option: string) => `--undo writes the workbook put back to --out; it does not go with ${option}`,
  summaryAndTable: "--table chooses a table in one workbook's layout; it does not go with --summary",
  outIsXls: "--out writes an .xlsx workbook: name it .xlsx, not .xls",
  tableSyntax: (spec: string) => `--table takes KIND=Sheet!A1:J20, not ${spec}`,
  tableKind: (kind: string, kinds: readonly string[]) => `--table: unknown kind ${kind} (one of ${kinds.join(", ")})`,
};

/**
 * The language of --help when --lang does not say: the locale's (LC_ALL, LC_MESSAGES, LANG), else the system's
 * (Windows sets no LANG); zh-CN for Chinese, English otherwise.
 */
export function helpLang(env: Record<string, string | undefined>, systemLocale: string): Lang {
  const named = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== "C" && v !== "POSIX" && !v.startsWith("C."));
  return (named ?? systemLocale).toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
