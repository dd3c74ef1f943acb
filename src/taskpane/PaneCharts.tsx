/**
 * The charts, drawn with Fluent's charts (@fluentui/react-charts): a donut for shares of a whole, horizontal bars
 * otherwise, each with its figures as text (what a screen reader reads). A chunk of its own, loaded when the
 * accountant first opens 图表, so the pane's initial JavaScript stays small.
 */
import {
  DataVizPalette,
  DonutChart,
  HorizontalBarChart,
  getColorFromToken,
  type ChartProps,
} from "@fluentui/react-charts";
import { Subtitle2, Text, makeStyles } from "@fluentui/react-components";
import type { ChartSpec } from "../core/charts";
import type { UiMessages } from "../i18n";
import { pointLabel } from "./chartWords";

const COLORS = [DataVizPalette.color1, DataVizPalette.color2, DataVizPalette.color3].map((c) => getColorFromToken(c));
const color = (i: number) => COLORS[i % COLORS.length];

/** The donut's size in px: small enough to sit beside its figures in a 320 px pane. */
const DONUT_SIZE = 96;

const useStyles = makeStyles({
  chart: { margin: "8px 0 16px", minWidth: 0 },
  title: { margin: "0 0 6px" },
  donut: { display: "flex", gap: "12px", alignItems: "center", flexWrap: "wrap" },
  ring: { width: `${DONUT_SIZE}px`, height: `${DONUT_SIZE}px`, flexShrink: 0 },
  legend: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px", minWidth: 0 },
  swatch: { display: "inline-block", width: "10px", height: "10px", borderRadius: "2px", marginRight: "6px" },
  bars: { minWidth: 0, overflowWrap: "anywhere" },
});

const shown = (v: number) => v.toLocaleString("en", { maximumFractionDigits: 2 });

interface Point {
  label: string;
  value: number;
}

/** Shares of a whole: Fluent's donut (its own legend hidden) and the figures beside it as a list. */
function Donut({ title, points }: { title: string; points: Point[] }) {
  const styles = useStyles();
  const sum = points.reduce((n, p) => n + p.value, 0);
  const shares = points.map((p) => (100 * p.value) / sum);
  const data: ChartProps = {
    chartTitle: title,
    chartData: points.map((p, i) => ({ legend: p.label, data: p.value, color: color(i), yAxisCalloutData: shown(p.value) })),
  };
  return (
    <div className={styles.donut}>
      <div className={styles.ring}>
        <DonutChart data={data} width={DONUT_SIZE} height={DONUT_SIZE} innerRadius={DONUT_SIZE / 4} hideLegend hideLabels />
      </div>
      <ul className={styles.legend}>
        {points.map((p, i) => (
          <li key={i}>
            <span className={styles.swatch} style={{ backgroundColor: color(i) }} />
            <Text>
              {p.label} {shown(p.value)}（{shown(shares[i])}%）
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Values side by side: one Fluent bar each, scaled to the largest (a percentage chart to 100, its figures shown
 * as "value / 100"), the label above and the figure at its right.
 */
function Bars({ points, percent }: { points: Point[]; percent: boolean }) {
  const styles = useStyles();
  const top = percent ? 100 : Math.max(...points.map((p) => p.value), 1);
  const data: ChartProps[] = points.map((p) => ({
    chartTitle: p.label,
    chartData: [
      {
        legend: p.label,
        horizontalBarChartdata: { x: Math.min(p.value, top), total: top },
        color: color(0),
        yAxisCalloutData: percent ? `${shown(p.value)}%` : shown(p.value),
      },
    ],
  }));
  return (
    <div className={styles.bars}>
      <HorizontalBarChart data={data} chartDataMode={percent ? "fraction" : "default"} culture="en" barHeight={8} />
    </div>
  );
}

export function PaneCharts({ S, specs }: { S: UiMessages; specs: ChartSpec[] }) {
  const styles = useStyles();
  return (
    <>
      {specs.map((spec) => {
        const points = spec.points.map((p) => ({ label: pointLabel(p, S), value: p.value }));
        const title = S.chartTitle[spec.kind];
        return (
          <figure key={spec.kind} className={styles.chart} data-chart={spec.kind}>
            <Subtitle2 as="h4" className={styles.title} block>
              {title}
            </Subtitle2>
            {spec.shape === "pie" ? <Donut title={title} points={points} /> : <Bars points={points} percent={spec.kind === "completion"} />}
          </figure>
        );
      })}
    </>
  );
}
