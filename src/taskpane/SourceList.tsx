import { Caption1, Link, makeStyles } from "@fluentui/react-components";
import type { TableSource } from "../core/model";
import { Lang, UiMessages, messages } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: "4px 0 12px" },
});

interface Props {
  S: UiMessages;
  lang: Lang;
  sources: TableSource[];
  onSelect: (sheet: string, cell: string) => void;
}

/**
 * What was read where (绩效指标表：Sheet!A10:J18), so that a table taken from the wrong place is seen; a click selects
 * it. Folded by default: one stop for the keyboard before the findings and the commands.
 */
export function SourceList({ S, lang, sources, onSelect }: Props) {
  const styles = useStyles();
  if (sources.length === 0) return null;
  const names = messages(lang).tables;
  return (
    <details data-testid="tables-found">
      <summary>
        <Caption1>{S.tablesFound}</Caption1>
      </summary>
      <ul className={styles.list}>
        {sources.map((t) => (
          <li key={`${t.kind}:${t.sheet}!${t.range}`}>
            <Caption1>{lang === "en" ? `${names[t.kind]}: ` : `${names[t.kind]}：`}</Caption1>
            <Link as="button" onClick={() => onSelect(t.sheet, t.range)} aria-label={S.selectCell(t.sheet, t.range)}>
              {t.sheet}!{t.range}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
