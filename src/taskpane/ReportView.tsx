import { Button, Field, Subtitle2, Textarea, makeStyles } from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef } from "react";
import { Report } from "../core/report";
import type { UiMessages } from "../i18n";
import { CommandBar } from "./CommandBar";
import { ReportSectionEditor } from "./ReportSectionEditor";

const useStyles = makeStyles({
  title: { margin: "4px 0 8px", overflowWrap: "anywhere" },
  copy: { margin: "0 0 12px" },
});

interface Props {
  S: UiMessages;
  report?: Report;
  drafts: Record<number, string>;
  busy: boolean;
  firstRun?: ReactNode;
  /** The charts under the report (absent without a report). */
  charts?: ReactNode;
  messages: ReactNode;
  /** The full text to copy by hand, when the clipboard refused it. */
  copyText?: string;
  onDraft: () => void;
  onEdit: (section: number, text: string) => void;
  onRegenerate: (section: number) => void;
  onSelect: (sheet: string, cell: string) => void;
  onInsert: () => void;
  onCopy: () => void;
  onExportWord: () => void;
}

/** The report's text, selected, when the clipboard could not take it: Ctrl+C copies it. */
function CopyByHand({ S, text }: { S: UiMessages; text: string }) {
  const styles = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
    area.current?.select();
  }, [text]);
  return (
    <Field label={S.copyFallbackLabel} className={styles.copy}>
      <Textarea ref={area} readOnly rows={6} value={text} />
    </Field>
  );
}

/** 报告: the sections as editable text, each with its figures and their cells. */
export function ReportView({
  S,
  report,
  drafts,
  busy,
  firstRun,
  charts,
  messages,
  copyText,
  onDraft,
  onEdit,
  onRegenerate,
  onSelect,
  onInsert,
  onCopy,
  onExportWord,
}: Props) {
  const styles = useStyles();
  return (
    <>
      {firstRun}
      {copyText !== undefined && <CopyByHand S={S} text={copyText} />}
      {!firstRun && report && (
        <>
          <Subtitle2 as="h2" className={styles.title} block>
            {report.title.join(" ")}
          </Subtitle2>
          {report.sections.map((s, i) => (
            <ReportSectionEditor
              key={s.heading}
              S={S}
              index={i}
              section={s}
              draft={drafts[i]}
              busy={busy}
              onEdit={onEdit}
              onRegenerate={onRegenerate}
              onSelect={onSelect}
            />
          ))}
          {charts}
        </>
      )}
      <CommandBar label={S.tabReport} messages={messages}>
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
      </CommandBar>
    </>
  );
}
