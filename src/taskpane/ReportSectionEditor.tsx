import { Button, Field, Link, Textarea, makeStyles } from "@fluentui/react-components";
import { ReportSection } from "../core/report";
import type { UiMessages } from "../i18n";

const useStyles = makeStyles({
  section: { margin: "0 0 16px" },
  figures: { fontSize: "12px", margin: "4px 0 0", paddingLeft: "16px" },
});

interface Props {
  S: UiMessages;
  section: ReportSection;
  /** The user's text for the section, if edited; else its paragraphs show. */
  draft?: string;
  busy: boolean;
  onEdit: (text: string) => void;
  onRegenerate: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

/** One report section as editable text, its regenerate button, and the figures it cites with their cells. */
export function ReportSectionEditor({ S, section: s, draft, busy, onEdit, onRegenerate, onSelect }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.section}>
      <Field label={S.sectionText(s.heading)}>
        <Textarea resize="vertical" rows={6} value={draft ?? s.paragraphs.join("\n")} onChange={(_, d) => onEdit(d.value)} />
      </Field>
      <Button size="small" appearance="subtle" onClick={onRegenerate} disabled={busy} aria-label={`${S.regenerate} ${s.heading}`}>
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
  );
}
