/** The batch review and --help in English. */
import { plural } from "./plural";
import type { BatchMessages } from "./types";

const HELP = (
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
  --out FILE.xlsx       also write the scored workbook with its report sheet, always as .xlsx (one input only; the
                        input itself is never written)
                        e.g. budget-evaluate my.xlsx --out scored.xlsx
  --docx FILE.docx      write the drafted report as a Word document in 公文 format (GB/T 9704) (one input only)
                        e.g. budget-evaluate my.xlsx --docx report.docx
  --table KIND=SHEET!A1:J20
                        where a workbook holds several tables of one kind, read this one (KIND: indicators, funds,
                        expenditure, …); once per kind
                        e.g. budget-evaluate my.xlsx --table indicators=Sheet2!A10:J30
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

export const EN_BATCH: BatchMessages = {
  help: HELP,
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
};
