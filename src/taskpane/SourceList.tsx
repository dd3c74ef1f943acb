import { Caption1, Link, makeStyles } from "@fluentui/react-components";
import type { TableSource } from "../core/model";
import type { Lang } from "../core/findings";
import { Strings } from "../ui/strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: "4px 0 12px" },
});

interface Props {
  S: Strings;
  lang: Lang;
  sources: TableSource[];
  onSelect: (sheet: string, cell: string) => void;
}

/** What was read where (绩效指标表：Sheet!A10:J18), so that a table taken from the wrong place is seen; a click selects it. */
export function SourceList({ S, lang, sources, onSelect }: Props) {
  const styles = useStyles();
  if (sources.length === 0) return null;
  return (
    <div data-testid="tables-found">
      <Caption1>{S.tablesFound}</Caption1>
      <ul className={styles.list}>
        {sources.map((t) => (
          <li key={`${t.kind}:${t.sheet}!${t.range}`}>
            <Caption1>{lang === "en" ? t.titleEn : t.title}：</Caption1>
            <Link as="button" onClick={() => onSelect(t.sheet, t.range)} aria-label={S.selectCell(t.sheet, t.range)}>
              {t.sheet}!{t.range}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
