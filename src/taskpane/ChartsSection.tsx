import { Button, Spinner, Subtitle2, makeStyles } from "@fluentui/react-components";
import { Suspense, lazy, memo, useMemo, useState } from "react";
import type { Evaluation } from "../app";
import { chartSpecs } from "../core/charts";
import type { UiMessages } from "../i18n";

/** The charts' code, fetched at the first 显示图表. */
const PaneCharts = lazy(() => import("./PaneCharts.js").then((m) => ({ default: m.PaneCharts })));

const useStyles = makeStyles({
  section: { margin: "8px 0 0", minWidth: 0 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", margin: "4px 0 8px" },
});

interface Props {
  S: UiMessages;
  evaluation: Evaluation;
  busy: boolean;
  onInsertCharts: () => void;
}

/**
 * 图表 under the report: the spending structure and the indicators' completion, and the same charts into Excel.
 * Memoized: a keystroke in the report above does not draw the charts again.
 */
export const ChartsSection = memo(function ChartsSection({ S, evaluation, busy, onInsertCharts }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  // Worked out only once asked for: a keystroke in the report does not recompute them.
  const specs = useMemo(() => (shown ? chartSpecs(evaluation.model, evaluation.scoring) : []), [shown, evaluation]);
  return (
    <section className={styles.section} aria-labelledby="charts-heading">
      <Subtitle2 as="h3" id="charts-heading" block>
        {S.charts}
      </Subtitle2>
      <div className={styles.actions}>
        {!shown && <Button onClick={() => setShown(true)}>{S.showCharts}</Button>}
        <Button onClick={onInsertCharts} disabled={busy}>
          {S.insertCharts}
        </Button>
      </div>
      {shown && (
        <Suspense fallback={<Spinner size="tiny" label={S.loading} />}>
          <div data-testid="charts">{specs.length > 0 ? <PaneCharts S={S} specs={specs} /> : <p>{S.noCharts}</p>}</div>
        </Suspense>
      )}
    </section>
  );
});
