import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { UiMessages } from "../i18n";
import { APP_VERSION } from "./version";

const useStyles = makeStyles({
  footer: { display: "flex", flexWrap: "wrap", gap: "4px 12px", padding: "8px 0 12px", fontSize: tokens.fontSizeBase200 },
  link: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" } },
  version: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Help (the add-in's own help page, beside the pane) and the format guide in it, and the version. */
export function PaneFooter({ S }: { S: UiMessages }) {
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <Link className={styles.link} href="help.html" target="_blank" rel="noopener">
        {S.help}
      </Link>
      <Link className={styles.link} href="help.html#format" target="_blank" rel="noopener">
        {S.formatGuide}
      </Link>
      <Text className={styles.version}>{S.version(APP_VERSION)}</Text>
    </footer>
  );
}
