import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { type Evaluation, allFindings } from "../app";
import { Lang, RenderedFinding, UiMessages, renderFinding } from "../i18n";
import { FindingList } from "./FindingList";
import { SourceList } from "./SourceList";

interface Props {
  S: UiMessages;
  lang: Lang;
  evaluation?: Evaluation;
  busy: boolean;
  onValidate: () => void;
  onSelect: (sheet: string, cell: string) => void;
  onInsertTemplate: () => void;
}

/** 校验: findings grouped by sheet; a click selects the cell. */
export function ValidateView({ S, lang, evaluation, busy, onValidate, onSelect, onInsertTemplate }: Props) {
  const findings = evaluation ? allFindings(evaluation).map((f) => renderFinding(f, lang)) : [];
  const noSheets = evaluation !== undefined && findings.filter((f) => f.code === "MISSING_SHEET").length >= 3;
  const bySheet = new Map<string, RenderedFinding[]>();
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
      {evaluation && <SourceList S={S} lang={lang} sources={evaluation.model.sources} onSelect={onSelect} />}
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
        <FindingList key={sheet} S={S} sheet={sheet} findings={items} onSelect={onSelect} />
      ))}
    </section>
  );
}
