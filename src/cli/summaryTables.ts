/** The batch summary as the two tables of the summary workbook, with headers and number formats. Pure. */
import type { FileSummary } from "../app";
import type { BatchSummary, FindingRow } from "./batchRows";
import type { TableColumn, TableSheet, TableValue } from "../adapters/xlsx/summaryWorkbook";
import type { BatchMessages } from "../i18n";

interface Column<Row> {
  key: keyof Row;
  width: number;
  numFmt?: string;
  /** The cell's value when it is not the row's own. */
  value?: (row: Row, texts: BatchMessages) => TableValue;
}

const AMOUNT = "0.00";
const COUNT = "0";

/** In the file's order of the JSON document; the rate as a fraction shown as a percentage. */
const SUMMARY_COLUMNS: Column<FileSummary>[] = [
  { key: "file", width: 40 },
  { key: "department", width: 30 },
  { key: "year", width: 8, numFmt: COUNT },
  { key: "unit", width: 8 },
  { key: "total", width: 14, numFmt: AMOUNT },
  { key: "basic", width: 14, numFmt: AMOUNT },
  { key: "project", width: 14, numFmt: AMOUNT },
  { key: "executionRate", width: 14, numFmt: "0.00%", value: (r) => (r.executionRate === null ? null : r.executionRate / 100) },
  { key: "score", width: 10, numFmt: AMOUNT },
  { key: "grade", width: 10, value: (r, t) => r.grade ?? (r.unreadable === null ? t.gradeWithheld : null) },
  { key: "errors", width: 8, numFmt: COUNT },
  { key: "warnings", width: 8, numFmt: COUNT },
  { key: "enteredTotal", width: 14, numFmt: AMOUNT },
  { key: "difference", width: 18, numFmt: AMOUNT },
  { key: "unreadable", width: 50 },
];

const FINDING_COLUMNS: Column<FindingRow>[] = [
  { key: "file", width: 40 },
  { key: "sheet", width: 14 },
  { key: "cell", width: 10 },
  { key: "severity", width: 8, value: (r, t) => t.severity[r.severity] },
  { key: "code", width: 28 },
  { key: "message", width: 80 },
];

function table<Row>(
  name: string,
  columns: Column<Row>[],
  headers: Record<keyof Row, string>,
  rows: Row[],
  texts: BatchMessages,
): TableSheet {
  return {
    name,
    columns: columns.map((c): TableColumn => ({ header: headers[c.key], width: c.width, numFmt: c.numFmt })),
    rows: rows.map((row) => columns.map((c) => (c.value ? c.value(row, texts) : (row[c.key] as TableValue)))),
  };
}

export function summaryTables(summary: BatchSummary, texts: BatchMessages): TableSheet[] {
  return [
    table(texts.summarySheet, SUMMARY_COLUMNS, texts.summaryHeaders, summary.files, texts),
    table(texts.findingsSheet, FINDING_COLUMNS, texts.findingHeaders, summary.findings, texts),
  ];
}
