import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect } from "react";
import { Lang } from "../core/findings";
import { Report } from "../core/report";
import { reportText } from "../core/reportSheet";
import { STRINGS } from "../ui/strings";
import { ReportView } from "./ReportView";
import { ScoreView } from "./ScoreView";
import { ValidateView } from "./ValidateView";
import { PaneServices } from "./services";
import { View, usePaneState } from "./usePaneState";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    padding: "12px",
    boxSizing: "border-box",
    minWidth: "280px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { margin: "0 0 8px" },
  bar: { margin: "8px 0" },
  body: { paddingTop: "12px" },
});

/** The edited report: each section's text back into paragraphs, one per non-empty line. */
export function editedReport(report: Report, drafts: Record<number, string>): Report {
  return {
    ...report,
    sections: report.sections.map((s, i) =>
      drafts[i] === undefined
        ? s
        : {
            ...s,
            paragraphs: drafts[i]
              .split("\n")
              .map((l) => l.trim())
              .filter((l) => l !== ""),
          },
    ),
  };
}

export function App({ services, lang, dark }: { services: PaneServices; lang: Lang; dark: boolean }) {
  const styles = useStyles();
  const S = STRINGS[lang];
  const { state, update, run } = usePaneState();

  const validate = () => run(async () => ({ evaluation: await services.validate() }));
  useEffect(() => {
    void validate();
    // Validate once when the pane opens, so every view has data.
  }, []);

  const select = (sheet: string, cell: string) => run(async () => services.select(sheet, cell));
  const report = state.draft ?? state.evaluation?.report;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root} lang={lang}>
        <Title3 as="h1" className={styles.header}>
          {S.appTitle}
        </Title3>
        <TabList selectedValue={state.view} onTabSelect={(_, d) => update({ view: d.value as View })} size="small">
          <Tab value="validate">{S.tabValidate}</Tab>
          <Tab value="score">{S.tabScore}</Tab>
          <Tab value="report">{S.tabReport}</Tab>
        </TabList>
        {state.busy && <Spinner className={styles.bar} size="tiny" label={S.working} />}
        {state.error && (
          <MessageBar intent="error" className={styles.bar}>
            <MessageBarBody>
              <MessageBarTitle>{S.errorTitle}</MessageBarTitle>
              {state.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="success" className={styles.bar}>
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          {state.view === "validate" && (
            <ValidateView
              S={S}
              lang={lang}
              evaluation={state.evaluation}
              busy={state.busy}
              onValidate={validate}
              onSelect={select}
              onInsertTemplate={() =>
                run(async () => {
                  const names = await services.insertTemplate();
                  return { evaluation: await services.validate(), notice: S.templateInserted(names.join("、")) };
                })
              }
            />
          )}
          {state.view === "score" && (
            <ScoreView
              S={S}
              evaluation={state.evaluation}
              busy={state.busy}
              onScore={validate}
              onWrite={() =>
                run(async () => {
                  const { evaluation } = await services.score();
                  return { evaluation, notice: S.scoreWritten };
                })
              }
            />
          )}
          {state.view === "report" && (
            <ReportView
              S={S}
              report={report}
              drafts={state.drafts}
              busy={state.busy}
              onDraft={() =>
                run(async () => {
                  const evaluation = await services.validate();
                  return { evaluation, draft: evaluation.report, drafts: {} };
                })
              }
              onEdit={(i, text) => update({ drafts: { ...state.drafts, [i]: text } })}
              onRegenerate={(i) =>
                run(async () => {
                  const evaluation = await services.validate();
                  const base = report ?? evaluation.report;
                  const draft = { ...base, sections: base.sections.map((s, j) => (j === i ? evaluation.report.sections[i] : s)) };
                  const drafts = { ...state.drafts };
                  delete drafts[i];
                  return { evaluation, draft, drafts };
                })
              }
              onSelect={select}
              onInsert={() =>
                run(async () => {
                  if (!report || !state.evaluation) return;
                  const { changed } = await services.insertReport(state.evaluation, editedReport(report, state.drafts));
                  return { notice: S.reportInserted(changed[changed.length - 1]?.sheet ?? "") };
                })
              }
              onCopy={() =>
                run(async () => {
                  if (!report) return;
                  await services.copy(reportText(editedReport(report, state.drafts)));
                  return { notice: S.copied };
                })
              }
            />
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
