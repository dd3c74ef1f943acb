/**
 * The charts, drawn as SVG and plain bars: a donut for shares of a whole, horizontal bars otherwise, each with
 * its figures as text beside it (what a screen reader reads). A chunk of its own, loaded when the accountant
 * first opens 图表, so the pane's initial JavaScript stays small.
 */
import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartSpec } from "../core/charts";
import type { UiMessages } from "../i18n";
import { pointLabel } from "./chartWords";

const COLORS = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteGreenBorderActive];

const useStyles = makeStyles({
  chart: { margin: "8px 0 16px", minWidth: 0 },
  title: { margin: "0 0 6px" },
  donut: { display: "flex", gap: "12px", alignItems: "center", flexWrap: "wrap" },
  legend: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px", minWidth: 0 },
  swatch: { display: "inline-block", width: "10px", height: "10px", borderRadius: "2px", marginRight: "6px" },
  bars: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  bar: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: "0 8px", alignItems: "center", overflowWrap: "anywhere" },
  track: { gridColumn: "1 / span 2", height: "8px", borderRadius: "4px", backgroundColor: tokens.colorNeutralBackground3 },
  fill: { height: "100%", borderRadius: "4px", backgroundColor: tokens.colorPaletteBlueBorderActive },
  value: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const shown = (v: number) => v.toLocaleString("en", { maximumFractionDigits: 2 });

/** Shares of a whole: a ring of arcs (a circle of circumference 100, one dash per share) and the figures. */
function Donut({ points }: { points: { label: string; value: number }[] }) {
  const styles = useStyles();
  const sum = points.reduce((n, p) => n + p.value, 0);
  const shares = points.map((p) => (100 * p.value) / sum);
  const starts = shares.map((_, i) => shares.slice(0, i).reduce((n, x) => n + x, 0));
  return (
    <div className={styles.donut}>
      <svg width="96" height="96" viewBox="0 0 42 42" aria-hidden="true">
        {shares.map((share, i) => (
          <circle
            key={i}
            cx="21"
            cy="21"
            r="15.915"
            fill="none"
            strokeWidth="6"
            strokeDasharray={`${share} ${100 - share}`}
            strokeDashoffset={25 - starts[i]}
            style={{ stroke: COLORS[i % COLORS.length] }}
          />
        ))}
      </svg>
      <ul className={styles.legend}>
        {points.map((p, i) => (
          <li key={i}>
            <span className={styles.swatch} style={{ backgroundColor: COLORS[i % COLORS.length] }} />
            <Text>
              {p.label} {shown(p.value)}（{shown(shares[i])}%）
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Values side by side: one bar each, scaled to the largest (a percentage chart to 100). */
function Bars({ points, percent }: { points: { label: string; value: number }[]; percent: boolean }) {
  const styles = useStyles();
  const top = percent ? 100 : Math.max(...points.map((p) => p.value), 1);
  return (
    <ul className={styles.bars}>
      {points.map((p, i) => (
        <li key={i} className={styles.bar}>
          <Text>{p.label}</Text>
          <Text className={styles.value}>{percent ? `${shown(p.value)}%` : shown(p.value)}</Text>
          <div className={styles.track}>
            <div className={styles.fill} style={{ width: `${Math.min(100, (100 * p.value) / top)}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function PaneCharts({ S, specs }: { S: UiMessages; specs: ChartSpec[] }) {
  const styles = useStyles();
  return (
    <>
      {specs.map((spec) => {
        const points = spec.points.map((p) => ({ label: pointLabel(p, S), value: p.value }));
        return (
          <figure key={spec.kind} className={styles.chart} data-chart={spec.kind}>
            <Subtitle2 as="h4" className={styles.title} block>
              {S.chartTitle[spec.kind]}
            </Subtitle2>
            {spec.shape === "pie" ? <Donut points={points} /> : <Bars points={points} percent={spec.kind === "completion"} />}
          </figure>
        );
      })}
    </>
  );
}
