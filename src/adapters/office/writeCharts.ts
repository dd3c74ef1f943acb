/**
 * Native charts beside the report (ExcelApi 1.1): each chart's data in columns C:D under its header, the chart
 * to the right of its data. Charts this tool made before are deleted first (they are known by their name), so
 * inserting again replaces them rather than piling them up.
 */
import type { NativeChart } from "../../app/ports";

/** The name prefix of this tool's charts. */
export const CHART_NAME = "BudgetPerfChart";
/** Rows a chart takes on the sheet, its data beside it. */
const CHART_ROWS = 16;

/** Deletes this tool's charts on `ws`; needs the sync that loads their names. */
export async function deleteOwnCharts(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<void> {
  const charts = ws.charts.load("items/name");
  await context.sync();
  for (const c of charts.items) if (c.name.startsWith(CHART_NAME)) c.delete();
}

/** Queues each chart's data and the chart. */
export function queueCharts(ws: Excel.Worksheet, charts: NativeChart[]): void {
  let row = 1;
  charts.forEach((c, i) => {
    const address = `C${row}:D${row + c.rows.length}`;
    const data = ws.getRange(address);
    data.values = [c.header, ...c.rows];
    // Office's enum values as strings: the Excel namespace's enums are not loaded everywhere the adapter runs.
    const chart = ws.charts.add(c.shape === "pie" ? "Pie" : "BarClustered", data, "Columns");
    chart.name = `${CHART_NAME}${i + 1}`;
    chart.title.text = c.title;
    chart.setPosition(`F${row}`, `M${row + CHART_ROWS - 2}`);
    row += Math.max(CHART_ROWS, c.rows.length + 2);
  });
}
