import {
  AriaLiveAnnouncer,
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useAnnounce,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { Lang, messages } from "../i18n";
import { ConfirmDialog } from "./ConfirmDialog";
import { PaneFooter } from "./PaneFooter";
import { PaneView } from "./PaneView";
import { ProgressStrip } from "./ProgressStrip";
import type { PaneServices } from "./services";
import { StatusBars } from "./StatusBars";
import { View } from "./state/reducer";
import { isStale, undoableWrite } from "./state/selectors";
import { usePane } from "./state/usePane";
import { WorkbookStatus } from "./WorkbookStatus";

const VIEWS: View[] = ["validate", "score", "report"];

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    padding: "0 12px",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  title: {
    margin: "8px 0 0",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  // The tabs and the progress stay at the top while a view scrolls.
  top: { position: "sticky", top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground1, margin: "0 -12px", padding: "0 12px" },
  tabs: { marginLeft: "-10px" },
  panel: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
});

/** Says each new outcome (a notice or an error) to screen readers, once. */
function useAnnounced(text: string | undefined): void {
  const { announce } = useAnnounce();
  useEffect(() => {
    if (text) announce(text, { polite: true });
  }, [text, announce]);
}

/** The view a message appeared in: a message shows in that view only, and does not follow the user. */
function useScope(message: string | undefined, view: View): boolean {
  const [scope, setScope] = useState({ message, view });
  if (scope.message !== message) setScope({ message, view });
  return scope.message !== message || scope.view === view;
}

function Pane({ services, lang }: { services: PaneServices; lang: Lang }) {
  const styles = useStyles();
  const S = messages(lang).ui;
  const { state, actions } = usePane(services, S);
  const { validate, restoreDrafts } = actions;
  // Validate when the pane opens, so every view has data; bring back the drafts kept in the document.
  useEffect(() => {
    void validate();
    void restoreDrafts();
  }, [validate, restoreDrafts]);
  useAnnounced(state.error ?? state.notice);
  const inScope = useScope(state.error ?? state.notice, state.view);
  const viewMessages = inScope && <StatusBars S={S} error={state.error} notice={state.notice} noticeTone={state.noticeTone} />;
  const tabLabel: Record<View, string> = { validate: S.tabValidate, score: S.tabScore, report: S.tabReport };
  return (
    <main className={styles.root} lang={lang}>
      <h1 className={styles.title}>{S.appTitle}</h1>
      <div className={styles.top}>
        <TabList className={styles.tabs} selectedValue={state.view} onTabSelect={(_, d) => actions.showView(d.value as View)} size="small">
          {VIEWS.map((v) => (
            <Tab key={v} id={`tab-${v}`} value={v} aria-controls={`panel-${v}`}>
              {tabLabel[v]}
            </Tab>
          ))}
        </TabList>
        <ProgressStrip S={S} busy={state.busy} stage={state.stage} />
      </div>
      {VIEWS.map((v) =>
        v === state.view ? (
          <div key={v} role="tabpanel" id={`panel-${v}`} aria-labelledby={`tab-${v}`} className={styles.panel}>
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
            <PaneView S={S} lang={lang} state={state} actions={actions} messages={viewMessages} />
          </div>
        ) : (
          <div key={v} role="tabpanel" id={`panel-${v}`} aria-labelledby={`tab-${v}`} hidden />
        ),
      )}
      <PaneFooter S={S} />
      <ConfirmDialog S={S} lang={lang} confirmation={state.confirmation} onConfirm={actions.confirm} onCancel={actions.cancel} />
    </main>
  );
}

export function App({ services, lang, dark }: { services: PaneServices; lang: Lang; dark: boolean }) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <AriaLiveAnnouncer>
        <Pane services={services} lang={lang} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
