import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { JobStage } from "../app";
import type { UiMessages } from "../i18n";

const useStyles = makeStyles({
  // Always this high, busy or not: the progress never pushes the views or their buttons.
  strip: { height: "22px", display: "flex", flexDirection: "column", justifyContent: "center", gap: "2px", overflow: "hidden" },
  label: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground2,
  },
});

/** Under the tabs: what the running job does (读取 / 校验 / 写入), in a place of fixed height. */
export function ProgressStrip({ S, busy, stage }: { S: UiMessages; busy: boolean; stage?: JobStage }) {
  const styles = useStyles();
  const label = stage ? S.stage[stage] : S.working;
  return (
    <div className={styles.strip} data-testid="progress" aria-busy={busy}>
      {busy && (
        <>
          <Text className={styles.label}>{label}</Text>
          <ProgressBar thickness="medium" aria-label={label} />
        </>
      )}
    </div>
  );
}
