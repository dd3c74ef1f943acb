import { FluentProvider, Tab, TabList, Title3, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import { Lang, UiMessages, messages } from "../i18n";
import { ConfirmDialog } from "./ConfirmDialog";
import { ReportView } from "./ReportView";
import { ScoreView } from "./ScoreView";
import type { PaneServices } from "./services";
import { StatusBars } from "./StatusBars";
import { PaneActions } from "./state/paneActions";
import { PaneState, View } from "./state/reducer";
import { currentReport, isStale, undoableWrite } from "./state/selectors";
import { usePane } from "./state/usePane";
import { ValidateView } from "./ValidateView";
import { WorkbookStatus } from "./WorkbookStatus";

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
  body: { paddingTop: "12px" },
});

export function App({ services, lang, dark }: { services: PaneServices; lang: Lang; dark: boolean }) {
  const styles = useStyles();
  const S = messages(lang).ui;
  const { state, actions } = usePane(services, S);
  const { validate, restoreDrafts } = actions;
  // Validate when the pane opens, so every view has data; bring back the drafts kept in the document.
  useEffect(() => {
    void validate();
    void restoreDrafts();
  }, [validate, restoreDrafts]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root} lang={lang}>
        <Title3 as="h1" className={styles.header}>
          {S.appTitle}
        </Title3>
        <TabList selectedValue={state.view} onTabSelect={(_, d) => actions.showView(d.value as View)} size="small">
          <Tab value="validate">{S.tabValidate}</Tab>
          <Tab value="score">{S.tabScore}</Tab>
          <Tab value="report">{S.tabReport}</Tab>
        </TabList>
        <StatusBars S={S} busy={state.busy} error={state.error} notice={state.notice} noticeTone={state.noticeTone} />
        <WorkbookStatus
          S={S}
          computedAt={state.evaluation?.readAt}
          stale={isStale(state)}
          lastWrite={undoableWrite(state)}
          busy={state.busy}
          now={services.now()}
          onRevalidate={actions.validate}
          onUndo={actions.undoLastWrite}
        />
        <div className={styles.body}>
          <CurrentView S={S} lang={lang} state={state} actions={actions} />
        </div>
        <ConfirmDialog S={S} lang={lang} confirmation={state.confirmation} onConfirm={actions.confirm} onCancel={actions.cancel} />
      </main>
    </FluentProvider>
  );
}

/** The view of the selected tab, wired to the pane's actions. */
function CurrentView({ S, lang, state, actions }: { S: UiMessages; lang: Lang; state: PaneState; actions: PaneActions }) {
  const { evaluation, busy } = state;
  switch (state.view) {
    case "validate":
      return (
        <ValidateView
          S={S}
          lang={lang}
          evaluation={evaluation}
          busy={busy}
          onValidate={actions.validate}
          onSelect={actions.selectCell}
          onInsertTemplate={actions.insertTemplate}
        />
      );
    case "score":
      return <ScoreView S={S} evaluation={evaluation} busy={busy} onScore={actions.validate} onWrite={actions.writeScores} />;
    case "report":
      return (
        <ReportView
          S={S}
          report={currentReport(state)}
          drafts={state.drafts}
          busy={busy}
          onDraft={actions.draftReport}
          onEdit={actions.editSection}
          onRegenerate={actions.regenerateSection}
          onSelect={actions.selectCell}
          onInsert={actions.insertReport}
          onCopy={actions.copyReport}
          onExportWord={actions.exportWord}
        />
      );
  }
}
