import { Button, Subtitle2, makeStyles } from "@fluentui/react-components";
import { Report } from "../core/report";
import type { UiMessages } from "../i18n";
import { ReportSectionEditor } from "./ReportSectionEditor";

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", margin: "0 0 12px" },
  title: { margin: "8px 0" },
});

interface Props {
  S: UiMessages;
  report?: Report;
  drafts: Record<number, string>;
  busy: boolean;
  onDraft: () => void;
  onEdit: (section: number, text: string) => void;
  onRegenerate: (section: number) => void;
  onSelect: (sheet: string, cell: string) => void;
  onInsert: () => void;
  onCopy: () => void;
  onExportWord: () => void;
}

/** 报告: the sections as editable text, each with its figures and their cells. */
export function ReportView({ S, report, drafts, busy, onDraft, onEdit, onRegenerate, onSelect, onInsert, onCopy, onExportWord }: Props) {
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
        <Button onClick={onExportWord} disabled={busy || !report}>
          {S.exportWord}
        </Button>
      </div>
      {report && (
        <>
          <Subtitle2 as="h3" className={styles.title}>
            {report.title.join(" ")}
          </Subtitle2>
          {report.sections.map((s, i) => (
            <ReportSectionEditor
              key={s.heading}
              S={S}
              section={s}
              draft={drafts[i]}
              busy={busy}
              onEdit={(text) => onEdit(i, text)}
              onRegenerate={() => onRegenerate(i)}
              onSelect={onSelect}
            />
          ))}
        </>
      )}
    </section>
  );
}
