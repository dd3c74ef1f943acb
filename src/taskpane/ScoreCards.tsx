import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { IndicatorScore } from "../core/scoring";
import type { UiMessages } from "../i18n";
import { scoredShare, shownScore, shownValue, shownWeight } from "./indicatorText";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: "8px" },
  card: {
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  head: { display: "flex", justifyContent: "space-between", gap: "8px", alignItems: "baseline" },
  name: { minWidth: 0 },
  score: { whiteSpace: "nowrap", flexShrink: 0 },
  bar: { margin: "6px 0 4px" },
  small: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Two lines of the explanation until it is opened.
  clamped: { display: "-webkit-box", WebkitLineClamp: "2", WebkitBoxOrient: "vertical", overflow: "hidden" },
  toggle: { minWidth: 0, padding: "0", height: "auto" },
});

/** One indicator: its name, score against weight, a bar of the share scored, and the explanation to open. */
function ScoreCard({ S, s }: { S: UiMessages; s: IndicatorScore }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const score = shownScore(s, S);
  const weight = shownWeight(s);
  return (
    <li className={styles.card}>
      <div className={styles.head}>
        <Text weight="semibold" className={styles.name}>
          {s.indicator.name}
        </Text>
        <Text className={styles.score}>{S.scoreOf(score, weight)}</Text>
      </div>
      <ProgressBar
        className={styles.bar}
        value={scoredShare(s)}
        max={1}
        thickness="medium"
        aria-label={`${S.scoreShare} ${S.scoreOf(score, weight)}`}
      />
      <Text className={styles.small}>
        {S.targetActual(shownValue(s.indicator.target, s.indicator.unit), shownValue(s.indicator.actual, s.indicator.unit))}
      </Text>
      <Text className={open ? styles.small : `${styles.small} ${styles.clamped}`}>{s.explanation}</Text>
      <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
        {S.colExplanation}
      </Button>
    </li>
  );
}

/** 评分 in a narrow pane: one card per indicator. */
export function ScoreCards({ S, scores }: { S: UiMessages; scores: IndicatorScore[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={S.tabScore}>
      {scores.map((s) => (
        <ScoreCard key={s.indicator.row} S={S} s={s} />
      ))}
    </ul>
  );
}
