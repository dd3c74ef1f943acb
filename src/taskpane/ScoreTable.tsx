import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import { fixed } from "../core/decimal";
import { Parsed } from "../core/parse";
import type { ScoreResult } from "../core/scoring";
import type { UiMessages } from "../i18n";

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  small: { fontSize: "12px" },
});

const show = (p: Parsed, unit: string) =>
  p.kind === "number"
    ? `${p.value.toString()}${p.percent && unit === "%" ? "%" : unit}`
    : p.kind === "text"
      ? p.text
      : p.kind === "error"
        ? p.error
        : "—";

/** The indicators with target, actual, weight and score; each row explains its score. */
export function ScoreTable({ S, scoring }: { S: UiMessages; scoring: ScoreResult }) {
  const styles = useStyles();
  return (
    <Table className={styles.table} size="small" aria-label={S.tabScore}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{S.colIndicator}</TableHeaderCell>
          <TableHeaderCell>{S.colTarget}</TableHeaderCell>
          <TableHeaderCell>{S.colActual}</TableHeaderCell>
          <TableHeaderCell>{S.colWeight}</TableHeaderCell>
          <TableHeaderCell>{S.colScore}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {scoring.scores.map(({ indicator: i, score, explanation }) => (
          <TableRow key={i.row} title={explanation}>
            <TableCell>
              <div>{i.name}</div>
              <div className={styles.small} aria-label={S.colExplanation}>
                {explanation}
              </div>
            </TableCell>
            <TableCell>{show(i.target, i.unit)}</TableCell>
            <TableCell>{show(i.actual, i.unit)}</TableCell>
            <TableCell>{i.weight?.toString() ?? "—"}</TableCell>
            <TableCell>{score === null ? S.unscored : fixed(score, 2)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
