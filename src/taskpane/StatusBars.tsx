import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles } from "@fluentui/react-components";
import type { UiMessages } from "../i18n";

const useStyles = makeStyles({
  bar: { margin: "8px 0" },
});

interface Props {
  S: UiMessages;
  busy: boolean;
  error?: string;
  notice?: string;
  /** A warning says that something was not done; the default says it was. */
  noticeTone?: "success" | "warning";
}

/** The progress indicator, the last error and the last notice, above every view. */
export function StatusBars({ S, busy, error, notice, noticeTone }: Props) {
  const styles = useStyles();
  return (
    <>
      {busy && <Spinner className={styles.bar} size="tiny" label={S.working} />}
      {error && (
        <MessageBar intent="error" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>{S.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={noticeTone ?? "success"} className={styles.bar}>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
