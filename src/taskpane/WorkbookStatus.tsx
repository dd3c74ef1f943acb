import { Button, MessageBarActions, Text, makeStyles } from "@fluentui/react-components";
import type { WriteKind } from "../app";
import type { UiMessages } from "../i18n";
import { shownTime } from "../ui/time";
import { Note } from "./Note";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap", margin: "4px 0" },
  small: { fontSize: "12px" },
});

interface Props {
  S: UiMessages;
  /** When the results on show were read (ms), if there are any. */
  computedAt?: number;
  stale: boolean;
  lastWrite?: { kind: WriteKind; at: string };
  busy: boolean;
  now: number;
  onRevalidate: () => void;
  onUndo: () => void;
}

/** When the results were computed, whether the workbook changed since, and the last write with its undo. */
export function WorkbookStatus({ S, computedAt, stale, lastWrite, busy, now, onRevalidate, onUndo }: Props) {
  const styles = useStyles();
  return (
    <>
      {stale && (
        <Note
          intent="warning"
          data-testid="stale"
          actions={
            <MessageBarActions>
              <Button size="small" onClick={onRevalidate} disabled={busy}>
                {S.revalidate}
              </Button>
            </MessageBarActions>
          }
        >
          {S.stale}
        </Note>
      )}
      <div className={styles.row}>
        {computedAt !== undefined && (
          <Text className={styles.small} data-testid="computed-at">
            {S.computedAt(shownTime(computedAt, now))}
          </Text>
        )}
        {lastWrite && (
          <>
            <Text className={styles.small}>{S.lastWrite(S.writeKind[lastWrite.kind], shownTime(lastWrite.at, now))}</Text>
            <Button size="small" onClick={onUndo} disabled={busy}>
              {S.undoLast}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
