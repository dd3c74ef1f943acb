import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { UiMessages } from "../i18n";
import { Note } from "./Note";

const useStyles = makeStyles({
  bar: { margin: "0 0 6px" },
});

interface Props {
  S: UiMessages;
  error?: string;
  notice?: string;
  /** A warning says that something was not done; the default says it was. */
  noticeTone?: "success" | "warning";
}

/** The last error and the last notice, in the command bar of the view they belong to. */
export function StatusBars({ S, error, notice, noticeTone }: Props) {
  const styles = useStyles();
  return (
    <>
      {error && (
        <MessageBar intent="error" className={styles.bar} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.errorTitle}</MessageBarTitle> {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <Note intent={noticeTone ?? "success"} className={styles.bar} layout="multiline">
          {notice}
        </Note>
      )}
    </>
  );
}
