/**
 * Use case: the report (as drafted or as edited) as a Word document in 公文 format. It reads no workbook: the
 * CLI and the task pane call it with the same text and get the same bytes.
 */
import type { Report } from "../core/report";
import { ReportBlock, reportBlocks } from "../core/reportLayout";

/** What the document's properties say; fixed by the text, so that the same text gives the same file. */
export interface DocumentProperties {
  /** The title's lines joined. */
  title: string;
  /** The creation and modification time, ISO 8601 in UTC: the report's date, else DEFAULT_DOCUMENT_DATE. */
  created: string;
}

/**
 * Typesets the blocks as a .docx file (adapters/docx). A parameter rather than an import: the application layer
 * imports no package, and the pane loads the typesetter only when it is asked for a document.
 */
export interface ReportDocumentWriter {
  write(blocks: ReportBlock[], properties: DocumentProperties): Promise<Uint8Array>;
}

export interface ExportedDocument {
  /** A file name from the title, e.g. 高新区投资服务局2020年度部门预算整体支出绩效评价报告.docx. */
  name: string;
  bytes: Uint8Array;
}

/** The date of a report without one (a placeholder in its place): a constant, not the clock. */
export const DEFAULT_DOCUMENT_DATE = "2000-01-01T00:00:00Z";

/** 2021年4月15日 → 2021-04-15T00:00:00Z; anything else (a placeholder, an edited date) → the default. */
export function documentDate(reportDate: string): string {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(reportDate.trim());
  if (!m) return DEFAULT_DOCUMENT_DATE;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Zip files hold dates from 1980 to 2107 only; 2月30日 and the like are no date.
  if (y < 1980 || y > 2107 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return DEFAULT_DOCUMENT_DATE;
  return date.toISOString().replace(".000Z", "Z");
}

/** Characters Windows, macOS or Linux refuse in a file name. */
const UNSAFE_IN_NAMES = /[\\/:*?"<>|]/g;

/** The title as a file name: without the characters file systems refuse, control characters or a leading dot. */
export function documentFileName(report: Report): string {
  const safe = [...report.title.join("").replace(UNSAFE_IN_NAMES, "")].filter((ch) => ch >= " " && ch !== "\u007f").join("");
  const stem = safe.trim().replace(/^\.+/, "").slice(0, 120);
  return `${stem || "report"}.docx`;
}

export async function exportReportDocx(report: Report, writer: ReportDocumentWriter): Promise<ExportedDocument> {
  const properties = { title: report.title.join(""), created: documentDate(report.date) };
  return { name: documentFileName(report), bytes: await writer.write(reportBlocks(report), properties) };
}
