import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // Stays at the bottom of the pane while the view scrolls: the actions are always at hand.
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    margin: "12px -12px 0",
    padding: "8px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

/** A view's actions, with the messages of that view above them. */
export function CommandBar({ label, messages, children }: { label: string; messages?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label={label}>
      {messages}
      <div className={styles.buttons}>{children}</div>
    </div>
  );
}
