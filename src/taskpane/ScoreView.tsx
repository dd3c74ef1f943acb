import { Button, Subtitle2, Text, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fixed } from "../core/decimal";
import type { Evaluation } from "../app";
import type { UiMessages } from "../i18n";
import { CommandBar } from "./CommandBar";
import { ScoreCards } from "./ScoreCards";
import { ScoreTable } from "./ScoreTable";
import { ShowMore } from "./ShowMore";
import { useNarrow } from "./useNarrow";
import { usePaged } from "./usePaged";

/** Indicators shown before 显示更多: a large table opens at once. */
const PAGE = 50;

const useStyles = makeStyles({
  summary: { display: "flex", flexWrap: "wrap", gap: "0 16px", margin: "4px 0 12px" },
  more: { marginTop: "8px" },
});

interface Props {
  S: UiMessages;
  evaluation?: Evaluation;
  busy: boolean;
  /** The first run's steps, shown instead of an empty table on a blank workbook. */
  firstRun?: ReactNode;
  messages: ReactNode;
  onScore: () => void;
  onWrite: () => void;
}

/** The indicators, a page at a time: cards in a narrow pane, a table where it fits. */
function Indicators({ S, scores }: { S: UiMessages; scores: NonNullable<Evaluation["scoring"]>["scores"] }) {
  const styles = useStyles();
  const narrow = useNarrow();
  const { shown, remaining, more } = usePaged(scores, PAGE);
  return (
    <>
      {narrow ? <ScoreCards S={S} scores={shown} /> : <ScoreTable S={S} scores={shown} />}
      <div className={styles.more}>
        <ShowMore S={S} remaining={remaining} onMore={more} />
      </div>
    </>
  );
}

/** 评分: the total and the grade, then the indicators with their scores and explanations. */
export function ScoreView({ S, evaluation, busy, firstRun, messages, onScore, onWrite }: Props) {
  const styles = useStyles();
  const scoring = evaluation?.scoring;
  return (
    <>
      {firstRun}
      {!firstRun && scoring && (
        <>
          <Subtitle2 as="h2" className={styles.summary} data-testid="score-summary" block>
            <Text size={400} weight="semibold">
              {S.totalLine(scoring.total === null ? S.unscored : fixed(scoring.total, 2))}
            </Text>
            <Text size={400} weight="semibold">
              {S.gradeLine(scoring.grade ? S.gradeName[scoring.grade] : S.gradeWithheld)}
            </Text>
          </Subtitle2>
          {scoring.scores.length === 0 ? <p>{S.noIndicators}</p> : <Indicators S={S} scores={scoring.scores} />}
        </>
      )}
      <CommandBar label={S.tabScore} messages={messages}>
        <Button onClick={onScore} disabled={busy}>
          {S.scoreRun}
        </Button>
        <Button appearance="primary" onClick={onWrite} disabled={busy}>
          {S.scoreWrite}
        </Button>
      </CommandBar>
    </>
  );
}
