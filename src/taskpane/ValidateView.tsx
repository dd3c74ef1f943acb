import { Button, Link, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Evaluation, allFindings } from "../core/evaluate";
import { Lang, render } from "../core/findings";
import { Strings } from "../ui/strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: "4px 0 12px" },
  item: { display: "flex", flexDirection: "column", gap: "2px", padding: "6px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteMarigoldForeground1, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  S: Strings;
  lang: Lang;
  evaluation?: Evaluation;
  busy: boolean;
  onValidate: () => void;
  onSelect: (sheet: string, cell: string) => void;
  onInsertTemplate: () => void;
}

/** 校验: findings grouped by sheet; a click selects the cell. */
export function ValidateView({ S, lang, evaluation, busy, onValidate, onSelect, onInsertTemplate }: Props) {
  const styles = useStyles();
  const findings = evaluation ? allFindings(evaluation).map((f) => render(f, lang)) : [];
  const noSheets = evaluation !== undefined && findings.filter((f) => f.code === "MISSING_SHEET").length >= 3;
  const bySheet = new Map<string, typeof findings>();
  for (const f of findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  const errors = findings.filter((f) => f.severity === "error").length;
  return (
    <section aria-label={S.tabValidate}>
      <Button appearance="primary" onClick={onValidate} disabled={busy}>
        {S.validateRun}
      </Button>
      {evaluation && (
        <p>
          <Text weight="semibold">{S.validateCounts(errors, findings.length - errors)}</Text>
        </p>
      )}
      {noSheets && (
        <MessageBar intent="info">
          <MessageBarBody>
            {S.noSheets}{" "}
            <Button size="small" onClick={onInsertTemplate} disabled={busy}>
              {S.insertTemplate}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {evaluation && findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{S.validateNone}</MessageBarBody>
        </MessageBar>
      )}
      {[...bySheet].map(([sheet, items]) => (
        <div key={sheet}>
          <Subtitle2 as="h3">{sheet}</Subtitle2>
          <ul className={styles.list}>
            {items.map((f, i) => (
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
      ))}
    </section>
  );
}
