/** Use case: the pane's charts as native Excel charts beside the report, for the printed report. */
import type { WorkbookEvaluation } from "./evaluateWorkbook";
import type { NativeChart, OpenWorkbookPort } from "./ports";

export type ChartsOutcome =
  | { kind: "inserted"; sheet: string }
  /** The report is not in the workbook yet: the charts go beside it, so it is inserted first. */
  | { kind: "noReportSheet" }
  /** The workbook has none of the figures a chart needs. */
  | { kind: "noCharts" };

export async function insertCharts(workbook: OpenWorkbookPort, evaluation: WorkbookEvaluation, charts: NativeChart[]): Promise<ChartsOutcome> {
  if (charts.length === 0) return { kind: "noCharts" };
  const sheet = evaluation.reportSheet.name;
  const names = await workbook.sheetNames();
  // The report sheet of this evaluation is this tool's (replace) when it exists: never a user's sheet of that name.
  if (!names.includes(sheet) || !evaluation.reportSheet.replace) return { kind: "noReportSheet" };
  await workbook.addCharts(sheet, charts);
  return { kind: "inserted", sheet };
}
