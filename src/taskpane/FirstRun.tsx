import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { UiMessages } from "../i18n";

const useStyles = makeStyles({
  root: { padding: "4px 0" },
  steps: { margin: "8px 0 12px", paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "6px" },
  step: { overflowWrap: "anywhere" },
  stepText: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

interface Props {
  S: UiMessages;
  busy: boolean;
  onInsertTemplate: () => void;
  onInsertExample: () => void;
}

/** A workbook without the budget sheets: the steps of a self-evaluation and where to start, not a list of errors. */
export function FirstRun({ S, busy, onInsertTemplate, onInsertExample }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="first-run">
      <Subtitle2 as="h2">{S.firstRunTitle}</Subtitle2>
      <p>{S.firstRunIntro}</p>
      <ol className={styles.steps}>
        {S.firstRunSteps.map((s) => (
          <li key={s.title} className={styles.step}>
            <Text weight="semibold">{s.title}</Text>
            <Text className={styles.stepText}>{s.text}</Text>
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onInsertTemplate} disabled={busy}>
          {S.insertTemplate}
        </Button>
        <Button onClick={onInsertExample} disabled={busy}>
          {S.insertExample}
        </Button>
      </div>
    </div>
  );
}
