import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorScore } from "../core/scoring";
import type { UiMessages } from "../i18n";
import { shownScore, shownValue, shownWeight } from "./indicatorText";

const useStyles = makeStyles({
  // Fixed columns: the figures keep their width, the indicator's name takes the rest.
  table: { tableLayout: "fixed", width: "100%" },
  name: { width: "auto" },
  value: { width: "21%" },
  number: { width: "12%", whiteSpace: "nowrap" },
  cell: { overflowWrap: "anywhere" },
  explanation: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", paddingBottom: "6px" },
});

/** 评分 where a table fits: target, actual, weight and score, each row's explanation under it. */
export function ScoreTable({ S, scores }: { S: UiMessages; scores: IndicatorScore[] }) {
  const styles = useStyles();
  return (
    <Table className={styles.table} size="small" aria-label={S.tabScore}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.name}>{S.colIndicator}</TableHeaderCell>
          <TableHeaderCell className={styles.value}>{S.colTarget}</TableHeaderCell>
          <TableHeaderCell className={styles.value}>{S.colActual}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{S.colWeight}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{S.colScore}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {scores.map((s) => [
          <TableRow key={s.indicator.row} title={s.explanation}>
            <TableCell className={styles.cell}>{s.indicator.name}</TableCell>
            <TableCell className={styles.cell}>{shownValue(s.indicator.target, s.indicator.unit)}</TableCell>
            <TableCell className={styles.cell}>{shownValue(s.indicator.actual, s.indicator.unit)}</TableCell>
            <TableCell>{shownWeight(s)}</TableCell>
            <TableCell>{shownScore(s, S)}</TableCell>
          </TableRow>,
          <TableRow key={`${s.indicator.row}-why`}>
            <TableCell colSpan={5} className={styles.explanation}>
              {s.explanation}
            </TableCell>
          </TableRow>,
        ])}
      </TableBody>
    </Table>
  );
}
