import { Button, Field, Link, Subtitle2, Textarea, makeStyles } from "@fluentui/react-components";
import { Report } from "../core/report";
import { Strings } from "../ui/strings";

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", margin: "0 0 12px" },
  section: { margin: "0 0 16px" },
  figures: { fontSize: "12px", margin: "4px 0 0", paddingLeft: "16px" },
  title: { margin: "8px 0" },
});

interface Props {
  S: Strings;
  report?: Report;
  drafts: Record<number, string>;
  busy: boolean;
  onDraft: () => void;
  onEdit: (section: number, text: string) => void;
  onRegenerate: (section: number) => void;
  onSelect: (sheet: string, cell: string) => void;
  onInsert: () => void;
  onCopy: () => void;
}

/** 报告: the sections as editable text, each with its figures and their cells. */
export function ReportView({ S, report, drafts, busy, onDraft, onEdit, onRegenerate, onSelect, onInsert, onCopy }: Props) {
  const styles = useStyles();
  return (
    <section aria-label={S.tabReport}>
      <div className={styles.actions}>
        <Button onClick={onDraft} disabled={busy}>
          {S.reportDraft}
        </Button>
        <Button appearance="primary" onClick={onInsert} disabled={busy || !report}>
          {S.insertReport}
        </Button>
        <Button onClick={onCopy} disabled={busy || !report}>
          {S.copyAll}
        </Button>
      </div>
      {report && (
        <>
          <Subtitle2 as="h3" className={styles.title}>
            {report.title.join(" ")}
          </Subtitle2>
          {report.sections.map((s, i) => (
            <div key={s.heading} className={styles.section}>
              <Field label={S.sectionText(s.heading)}>
                <Textarea resize="vertical" rows={6} value={drafts[i] ?? s.paragraphs.join("\n")} onChange={(_, d) => onEdit(i, d.value)} />
              </Field>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => onRegenerate(i)}
                disabled={busy}
                aria-label={`${S.regenerate} ${s.heading}`}
              >
                {S.regenerate}
              </Button>
              {s.figures.length > 0 && (
                <details>
                  <summary>
                    {S.figures} ({s.figures.length})
                  </summary>
                  <ul className={styles.figures}>
                    {s.figures.map((f, j) => (
                      <li key={j}>
                        {f.text} ←{" "}
                        <Link as="button" onClick={() => onSelect(f.sheet, f.cell)} aria-label={S.selectCell(f.sheet, f.cell)}>
                          {f.sheet}!{f.cell}
                        </Link>
                        {f.formula ? ` (${f.formula})` : ""}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
