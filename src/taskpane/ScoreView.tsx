import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from "@fluentui/react-components";
import { fixed } from "../core/decimal";
import { Evaluation } from "../core/evaluate";
import { Parsed } from "../core/parse";
import { Strings } from "../ui/strings";

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  small: { fontSize: "12px" },
  summary: { display: "flex", gap: "16px", margin: "12px 0" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

const show = (p: Parsed, unit: string) =>
  p.kind === "number"
    ? `${p.value.toString()}${p.percent && unit === "%" ? "%" : unit}`
    : p.kind === "text"
      ? p.text
      : p.kind === "error"
        ? p.error
        : "—";

interface Props {
  S: Strings;
  evaluation?: Evaluation;
  busy: boolean;
  onScore: () => void;
  onWrite: () => void;
}

/** 评分: the indicator table with scores and explanations, the total and the grade. */
export function ScoreView({ S, evaluation, busy, onScore, onWrite }: Props) {
  const styles = useStyles();
  const scoring = evaluation?.scoring;
  return (
    <section aria-label={S.tabScore}>
      <div className={styles.actions}>
        <Button onClick={onScore} disabled={busy}>
          {S.scoreRun}
        </Button>
        <Button appearance="primary" onClick={onWrite} disabled={busy}>
          {S.scoreWrite}
        </Button>
      </div>
      {scoring && (
        <>
          <div className={styles.summary} data-testid="score-summary">
            <Text size={400} weight="semibold">
              {S.total}: {scoring.total === null ? S.unscored : fixed(scoring.total, 2)}
            </Text>
            <Text size={400} weight="semibold">
              {S.grade}: {scoring.grade ?? S.gradeWithheld}
            </Text>
          </div>
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
        </>
      )}
    </section>
  );
}
