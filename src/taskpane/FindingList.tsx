import { Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RenderedFinding, UiMessages } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: "4px 0 12px" },
  item: { display: "flex", flexDirection: "column", gap: "2px", padding: "6px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteMarigoldForeground1, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  S: UiMessages;
  sheet: string;
  findings: RenderedFinding[];
  onSelect: (sheet: string, cell: string) => void;
}

/** One sheet's findings under its name; a click on a cell selects it. */
export function FindingList({ S, sheet, findings, onSelect }: Props) {
  const styles = useStyles();
  return (
    <div>
      <Subtitle2 as="h3">{sheet}</Subtitle2>
      <ul className={styles.list}>
        {findings.map((f, i) => (
          <li key={i} className={styles.item} data-code={f.code}>
            <span>
              <span className={f.severity === "error" ? styles.error : styles.warning}>
                {f.severity === "error" ? S.errorLabel : S.warningLabel}
              </span>{" "}
              <Link as="button" onClick={() => onSelect(f.sheet, f.cell)} aria-label={S.selectCell(f.sheet, f.cell)}>
                {f.sheet}!{f.cell}
              </Link>
            </span>
            <Text>{f.message}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
