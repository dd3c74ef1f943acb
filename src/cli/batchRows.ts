/** The batch review as the command line shows it: the summary rows, and the findings in the user's language. */
import type { FileFinding, FileSummary } from "../app";
import type { Severity } from "../core/findings";
import { type Lang, renderFinding } from "../i18n";

export interface FindingRow {
  file: string;
  sheet: string;
  cell: string;
  severity: Severity;
  code: string;
  message: string;
}

/** The --json document of a batch, and what the summary workbook holds. */
export interface BatchSummary {
  files: FileSummary[];
  findings: FindingRow[];
}

export function findingRow({ file, finding }: FileFinding, lang: Lang): FindingRow {
  const { sheet, cell, severity, code, message } = renderFinding(finding, lang);
  return { file, sheet, cell, severity, code, message };
}
