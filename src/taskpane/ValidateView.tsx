import type { SheetKey } from "../core/schema";
import { Button, Field, Select, Subtitle2, makeStyles } from "@fluentui/react-components";
import { type ReactNode, useMemo, useState } from "react";
import { type Evaluation, allFindings } from "../app";
import { Lang, UiMessages, renderFinding } from "../i18n";
import { CommandBar } from "./CommandBar";
import { FindingGroups } from "./FindingGroups";
import { Note } from "./Note";
import { SourceList } from "./SourceList";
import { TablePicker } from "./TablePicker";
import { SeverityFilter, groupFindings, nextErrorIndex, sheetsWithFindings } from "./state/findingGroups";

/** Lists longer than this get the filters. */
const FILTER_FROM = 10;

const useStyles = makeStyles({
  counts: { margin: "4px 0 8px" },
  filters: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: "8px", margin: "0 0 4px" },
});

interface Props {
  S: UiMessages;
  lang: Lang;
  evaluation?: Evaluation;
  busy: boolean;
  /** The first run's steps, shown instead of the findings on a workbook without the budget sheets. */
  firstRun?: ReactNode;
  /** This view's messages, shown above its commands. */
  messages: ReactNode;
  onValidate: () => void;
  onSelect: (sheet: string, cell: string) => void;
  onChooseTable: (kind: SheetKey, place: string) => void;
}

/** The filters: errors / warnings, and one sheet. */
function Filters({
  S,
  sheets,
  severity,
  sheet,
  onSeverity,
  onSheet,
}: {
  S: UiMessages;
  sheets: string[];
  severity: SeverityFilter;
  sheet?: string;
  onSeverity: (s: SeverityFilter) => void;
  onSheet: (s?: string) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.filters}>
      <Field label={S.filterSeverity} size="small">
        <Select size="small" value={severity} onChange={(_, d) => onSeverity(d.value as SeverityFilter)}>
          <option value="all">{S.filterAll}</option>
          <option value="error">{S.filterErrors}</option>
          <option value="warning">{S.filterWarnings}</option>
        </Select>
      </Field>
      <Field label={S.filterSheet} size="small">
        <Select size="small" value={sheet ?? ""} onChange={(_, d) => onSheet(d.value || undefined)}>
          <option value="">{S.allSheets}</option>
          {sheets.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/** 校验: the counts, the findings by sheet and code, filters and 下一个错误; the first run's steps on a blank workbook. */
export function ValidateView({ S, lang, evaluation, busy, firstRun, messages, onValidate, onSelect, onChooseTable }: Props) {
  const blank = firstRun !== undefined;
  const styles = useStyles();
  const findings = useMemo(() => (evaluation ? allFindings(evaluation).map((f) => renderFinding(f, lang)) : []), [evaluation, lang]);
  const errors = useMemo(() => findings.filter((f) => f.severity === "error"), [findings]);
  const [severity, setSeverity] = useState<SeverityFilter>("all");
  const [sheet, setSheet] = useState<string>();
  const [cursor, setCursor] = useState<number>();
  const shown = useMemo(() => groupFindings(findings, { severity, sheet }), [findings, severity, sheet]);
  const goToNextError = () => {
    const i = nextErrorIndex(errors.length, cursor);
    if (i === undefined) return;
    setCursor(i);
    onSelect(errors[i].sheet, errors[i].cell);
  };
  return (
    <>
      {firstRun ??
        (evaluation && (
          <>
            <Subtitle2 as="h2" className={styles.counts} block>
              {S.validateCounts(errors.length, findings.length - errors.length)}
            </Subtitle2>
            <TablePicker S={S} lang={lang} evaluation={evaluation} busy={busy} onChoose={onChooseTable} />
            <SourceList S={S} lang={lang} sources={evaluation.model.sources} onSelect={onSelect} />
            {findings.length > FILTER_FROM && (
              <Filters
                S={S}
                sheets={sheetsWithFindings(findings)}
                severity={severity}
                sheet={sheet}
                onSeverity={setSeverity}
                onSheet={setSheet}
              />
            )}
            {findings.length === 0 && <Note intent="success">{S.validateNone}</Note>}
            {findings.length > 0 && shown.length === 0 && <p>{S.noMatch}</p>}
            {shown.map((s) => (
              <FindingGroups key={s.sheet} S={S} sheet={s} onSelect={onSelect} />
            ))}
          </>
        ))}
      <CommandBar label={S.tabValidate} messages={messages}>
        <Button appearance={blank ? "secondary" : "primary"} onClick={onValidate} disabled={busy}>
          {S.validateRun}
        </Button>
        {errors.length > 0 && !blank && (
          <Button onClick={goToNextError} disabled={busy}>
            {S.nextError}
          </Button>
        )}
      </CommandBar>
    </>
  );
}
