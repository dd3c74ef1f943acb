import { Button, Field, Link, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useState } from "react";
import { ReportSection } from "../core/report";
import type { UiMessages } from "../i18n";

const useStyles = makeStyles({
  section: { margin: "0 0 16px", minWidth: 0 },
  figures: { fontSize: tokens.fontSizeBase200, margin: "4px 0 0", paddingLeft: "16px", overflowWrap: "anywhere" },
  link: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" } },
  textarea: { width: "100%" },
});

interface Props {
  S: UiMessages;
  index: number;
  section: ReportSection;
  /** The user's text for the section, if edited; else its paragraphs show. */
  draft?: string;
  busy: boolean;
  onEdit: (index: number, text: string) => void;
  onRegenerate: (index: number) => void;
  onSelect: (sheet: string, cell: string) => void;
}

/** The figures a section cites, each with its cell; listed only once opened (a large workbook cites many). */
function Figures({ S, figures, onSelect }: { S: UiMessages; figures: ReportSection["figures"]; onSelect: Props["onSelect"] }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{S.figuresCount(figures.length)}</summary>
      {open && (
        <ul className={styles.figures}>
          {figures.map((f, j) => (
            <li key={j}>
              {f.text} ←{" "}
              <Link
                as="button"
                className={styles.link}
                onClick={() => onSelect(f.sheet, f.cell)}
                aria-label={S.selectCell(f.sheet, f.cell)}
              >
                {f.sheet}!{f.cell}
              </Link>
              {f.formula ? ` (${f.formula})` : ""}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/**
 * One report section as editable text, its regenerate button, and the figures it cites with their cells.
 * Memoized: a keystroke in one section renders that section only.
 */
export const ReportSectionEditor = memo(function ReportSectionEditor({
  S,
  index,
  section: s,
  draft,
  busy,
  onEdit,
  onRegenerate,
  onSelect,
}: Props) {
  const styles = useStyles();
  return (
    <div className={styles.section}>
      <Field label={S.sectionText(s.heading)}>
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={6}
          value={draft ?? s.paragraphs.join("\n")}
          onChange={(_, d) => onEdit(index, d.value)}
        />
      </Field>
      <Button
        size="small"
        appearance="subtle"
        onClick={() => onRegenerate(index)}
        disabled={busy}
        aria-label={`${S.regenerate} ${s.heading}`}
      >
        {S.regenerate}
      </Button>
      {s.figures.length > 0 && <Figures S={S} figures={s.figures} onSelect={onSelect} />}
    </div>
  );
});
