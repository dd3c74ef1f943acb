/**
 * The command line's texts of the batch review, --help and --version, one typed object per language (every
 * message a function of its parameters), kept together so that they can move into the message catalogue whole.
 */
import type { FileSummary, WriteKind } from "../app";
import type { FindingRow } from "./batchRows";
import type { Severity } from "../core/findings";
import { type Lang, messages, plural } from "../i18n";

export interface CliTexts {
  help: (version: string, extensions: readonly string[]) => string;
  summarySheet: string;
  findingsSheet: string;
  summaryHeaders: Record<keyof FileSummary, string>;
  findingHeaders: Record<keyof FindingRow, string>;
  severity: Record<Severity, string>;
  /** The grade of a readable workbook that has none. */
  gradeWithheld: string;
  progress: (done: number, total: number, seconds: number, file: string) => string;
  /** One line per file on stdout after a batch. */
  fileLine: (row: FileSummary) => string;
  summaryWritten: (path: string, files: number, unreadable: number) => string;
  /** --undo: what was undone (`at` as the journal keeps it, ISO 8601) and where the result is. */
  undone: (kind: WriteKind, at: string, out: string) => string;
  nothingToUndo: string;
}

const ZH_HELP = (
  version: string,
  extensions: readonly string[],
) => `部门整体支出绩效自评助手 ${version}：校验、评分并起草报告，也可一次复核整个文件夹。

用法：budget-evaluate <工作簿或文件夹>... [选项]
      npm run evaluate -- <工作簿或文件夹>... [选项]

选项：
  --summary 汇总.xlsx   写一个汇总工作簿：每个文件一行（部门、年度、决算支出合计、基本支出、项目支出、预算执行率、
                        自评总分、等级、错误数、警告数，表内有合计行时另列填报总分及差额），另一张表列出全部问题；
                        文件夹递归读取其中的 ${extensions.join("、")} 文件；无法读取的文件成为带原因的一行
                        例：budget-evaluate 各部门自评 --summary 汇总.xlsx
  --json                输出 JSON：每个工作簿一个文档（多个为数组）；与 --summary 同用时输出汇总
                        例：budget-evaluate 自评表.xlsx --json
  --lang zh-CN|en       信息、汇总和报告说明的语言（默认 zh-CN；--help 未指定时依 LANG 环境变量）
                        例：budget-evaluate 自评表.xlsx --lang en
  --out 文件.xlsx       另存评分后的工作簿及其报告表（只限一个输入；输入文件本身从不改写）
                        例：budget-evaluate 自评表.xlsx --out 已评分.xlsx
  --docx 报告.docx      把起草的报告另存为公文格式（GB/T 9704）的 Word 文档（只限一个输入）
                        例：budget-evaluate 自评表.xlsx --docx 绩效评价报告.docx
  --report-text         以纯文本打印起草的报告
                        例：budget-evaluate 自评表.xlsx --report-text
  --undo                撤销本工具上次写入的得分和报告表，恢复后的工作簿另存到 --out（只限一个输入；输入文件本身
                        从不改写）
                        例：budget-evaluate 已评分.xlsx --undo --out 已恢复.xlsx
  --quiet               不显示进度行（进度只在终端中、批量超过 1 秒时显示于 stderr）
                        例：budget-evaluate 各部门自评 --summary 汇总.xlsx --quiet
  -h, --help            显示本帮助            例：budget-evaluate --help --lang en
  -v, --version         显示版本号            例：budget-evaluate --version

退出状态：0 无错误（可有警告），1 有校验错误，2 有无法读取的文件或参数错误`;

const EN_HELP = (
  version: string,
  extensions: readonly string[],
) => `Budget performance self-evaluation ${version}: validates, scores and drafts the report, or reviews a whole folder.

usage: budget-evaluate <workbook or folder>... [options]
       npm run evaluate -- <workbook or folder>... [options]

options:
  --summary FILE.xlsx   write a summary workbook: one row per file (department, year, total, basic and project
                        spending, execution rate, total score, grade, errors, warnings, and the form's own entered
                        total with the difference where it has one) and a sheet of every finding; folders are
                        read recursively for ${extensions.join(", ")} files; a file that cannot be read is a row with its reason
                        e.g. budget-evaluate departments/ --summary summary.xlsx
  --json                print JSON: one document per workbook (an array for several); with --summary, the summary
                        e.g. budget-evaluate my.xlsx --json
  --lang zh-CN|en       language of messages, the summary and explanations (default zh-CN; for --help, LANG decides
                        when --lang is not given)
                        e.g. budget-evaluate my.xlsx --lang en
  --out FILE.xlsx       also write the scored workbook with its report sheet (one input only; the input itself is
                        never written)
                        e.g. budget-evaluate my.xlsx --out scored.xlsx
  --docx FILE.docx      write the drafted report as a Word document in 公文 format (GB/T 9704) (one input only)
                        e.g. budget-evaluate my.xlsx --docx report.docx
  --report-text         print the drafted report as plain text
                        e.g. budget-evaluate my.xlsx --report-text
  --undo                put back what this tool's last write replaced (scores, report sheet) and write the result
                        to --out (one input only; the input itself is never written)
                        e.g. budget-evaluate scored.xlsx --undo --out restored.xlsx
  --quiet               no progress line (shown on stderr only in a terminal, for batches over a second)
                        e.g. budget-evaluate departments/ --summary summary.xlsx --quiet
  -h, --help            show this help           e.g. budget-evaluate --help --lang zh-CN
  -v, --version         show the version         e.g. budget-evaluate --version

exit status: 0 no errors (warnings allowed), 1 validation errors, 2 a file that cannot be read or bad arguments`;

export const CLI_TEXTS: Record<Lang, CliTexts> = {
  "zh-CN": {
    help: ZH_HELP,
    summarySheet: "汇总",
    findingsSheet: "问题清单",
    summaryHeaders: {
      file: "文件",
      department: "部门",
      year: "年度",
      unit: "金额单位",
      total: "决算支出合计",
      basic: "基本支出",
      project: "项目支出",
      executionRate: "预算执行率（%）",
      score: "自评总分",
      grade: "评价等级",
      errors: "错误数",
      warnings: "警告数",
      enteredTotal: "表内填报总分",
      difference: "差额（计算−填报）",
      unreadable: "无法读取的原因",
    },
    findingHeaders: { file: "文件", sheet: "工作表", cell: "单元格", severity: "级别", code: "代码", message: "说明" },
    severity: { error: "错误", warning: "警告" },
    gradeWithheld: "暂不评级",
    progress: (done, total, seconds, file) => `已复核 ${done}/${total} 个工作簿，用时 ${seconds.toFixed(0)} 秒：${file}`,
    fileLine: (r) =>
      r.unreadable !== null
        ? `${r.file}  无法读取：${r.unreadable}`
        : `${r.file}  ${r.department ?? "（无部门）"}  ${r.year ?? "（无年度）"}  总分 ${r.score?.toFixed(2) ?? "未计分"} ${r.grade ?? "暂不评级"}  ${r.errors} 个错误，${r.warnings} 个警告`,
    summaryWritten: (path, files, unreadable) =>
      `汇总已写入 ${path}：${files} 个文件${unreadable > 0 ? `，其中 ${unreadable} 个无法读取` : ""}`,
    undone: (kind, at, out) => `已撤销 ${at} 写入的${messages("zh-CN").ui.writeKind[kind]}，结果已写入 ${out}`,
    nothingToUndo: "没有可撤销的写入：文件中没有本工具写入的记录",
  },
  en: {
    help: EN_HELP,
    summarySheet: "Summary",
    findingsSheet: "Findings",
    summaryHeaders: {
      file: "File",
      department: "Department",
      year: "Year",
      unit: "Unit",
      total: "Total spending",
      basic: "Basic spending",
      project: "Project spending",
      executionRate: "Execution rate (%)",
      score: "Total score",
      grade: "Grade",
      errors: "Errors",
      warnings: "Warnings",
      enteredTotal: "Entered total",
      difference: "Difference (computed − entered)",
      unreadable: "Cannot be read",
    },
    findingHeaders: { file: "File", sheet: "Sheet", cell: "Cell", severity: "Severity", code: "Code", message: "Message" },
    severity: { error: "error", warning: "warning" },
    gradeWithheld: "withheld",
    progress: (done, total, seconds, file) => `${done}/${total} workbooks reviewed, ${seconds.toFixed(0)} s: ${file}`,
    fileLine: (r) =>
      r.unreadable !== null
        ? `${r.file}  cannot be read: ${r.unreadable}`
        : `${r.file}  ${r.department ?? "(no department)"}  ${r.year ?? "(no year)"}  total ${r.score?.toFixed(2) ?? "unscored"} ${r.grade ?? "withheld"}  ${plural("en", r.errors ?? 0, { one: "error", other: "errors" })}, ${plural("en", r.warnings ?? 0, { one: "warning", other: "warnings" })}`,
    summaryWritten: (path, files, unreadable) =>
      `Summary written to ${path}: ${plural("en", files, { one: "file", other: "files" })}${unreadable > 0 ? `, ${unreadable} of them unreadable` : ""}`,
    undone: (kind, at, out) => `Undid the ${messages("en").ui.writeKind[kind]} written at ${at}; the result is in ${out}`,
    nothingToUndo: "nothing to undo (no write by this tool is recorded in it)",
  },
};

/** The usage errors of the batch review, in English as the command line's other usage errors are. */
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
};

/**
 * The language of --help when --lang does not say: the locale's (LC_ALL, LC_MESSAGES, LANG), else the system's
 * (Windows sets no LANG); zh-CN for Chinese, English otherwise.
 */
export function helpLang(env: Record<string, string | undefined>, systemLocale: string): Lang {
  const named = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== "C" && v !== "POSIX" && !v.startsWith("C."));
  return (named ?? systemLocale).toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
