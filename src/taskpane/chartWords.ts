/** The core's chart numbers in the pane's language: the labels and titles the pane draws and Excel charts. */
import type { NativeChart } from "../app";
import type { ChartPoint, ChartSpec } from "../core/charts";
import type { UiMessages } from "../i18n";

export function pointLabel(p: ChartPoint, S: UiMessages): string {
  return "key" in p.label ? S.chartLabel[p.label.key] : p.label.text;
}

/** The charts as Excel makes them: a title, the shape, and the data under its header. */
export function nativeCharts(specs: ChartSpec[], S: UiMessages): NativeChart[] {
  return specs.map((c) => ({
    title: S.chartTitle[c.kind],
    shape: c.shape,
    header: [S.chartItem, S.chartValue[c.kind]],
    rows: c.points.map((p) => [pointLabel(p, S), p.value]),
  }));
}
