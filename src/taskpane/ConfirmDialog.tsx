import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Lang, UiMessages } from "../i18n";
import { findingLine, overwriteLine } from "../ui/writeMessages";
import type { Confirmation } from "./state/reducer";

const useStyles = makeStyles({
  list: { margin: "4px 0 8px", paddingLeft: "16px", fontSize: "12px", wordBreak: "break-all" },
});

/** The first items of a list, and how many more there are. */
function Items({ S, lines, max }: { S: UiMessages; lines: string[]; max: number }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {lines.slice(0, max).map((l, i) => (
        <li key={i}>{l}</li>
      ))}
      {lines.length > max && <li>{S.moreItems(lines.length - max)}</li>}
    </ul>
  );
}

/** What the question says: the errors, the cells to be replaced (before → after), or the edits to be dropped. */
function Body({ S, lang, c }: { S: UiMessages; lang: Lang; c: Confirmation }) {
  if (c.kind === "discardEdits") return <p>{"draft" in c.then ? S.discardDraft : S.discardSection(c.then.heading)}</p>;
  const errors = c.kind === "writeScores" ? c.errors : [];
  return (
    <>
      {errors.length > 0 && <p>{S.errorsFound(errors.length)}</p>}
      {errors.length > 0 && <Items S={S} lines={errors.map((f) => findingLine(f, lang))} max={5} />}
      {c.overwrites.length > 0 && (
        <p>{c.kind === "undo" ? S.undoOverwrites(c.overwrites.length) : S.overwritesFound(c.overwrites.length)}</p>
      )}
      {c.overwrites.length > 0 && <Items S={S} lines={c.overwrites.map((o) => overwriteLine(o, S))} max={10} />}
      {c.kind !== "undo" && <p>{S.snapshotHint}</p>}
    </>
  );
}

interface Props {
  S: UiMessages;
  lang: Lang;
  confirmation?: Confirmation;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a write that needs the accountant's word, and before edits are dropped. */
export function ConfirmDialog({ S, lang, confirmation, onConfirm, onCancel }: Props) {
  // The question stays on the surface while it fades out after an answer.
  const [c, setShown] = useState(confirmation);
  if (confirmation && confirmation !== c) setShown(confirmation);
  const title = c?.kind === "discardEdits" ? S.discardTitle : c?.kind === "undo" ? S.undoConfirmTitle : S.confirmTitle;
  const go = c?.kind === "discardEdits" ? S.discard : c?.kind === "undo" ? S.confirmUndo : S.confirmWrite;
  return (
    <Dialog open={confirmation !== undefined} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{c && <Body S={S} lang={lang} c={c} />}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {S.cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm}>
              {go}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
