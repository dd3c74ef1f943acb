import { Button, Text, makeStyles } from "@fluentui/react-components";
import { fixed } from "../core/decimal";
import type { Evaluation } from "../app";
import type { UiMessages } from "../i18n";
import { ScoreTable } from "./ScoreTable";

const useStyles = makeStyles({
  summary: { display: "flex", gap: "16px", margin: "12px 0" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

interface Props {
  S: UiMessages;
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
          <ScoreTable S={S} scoring={scoring} />
        </>
      )}
    </section>
  );
}
