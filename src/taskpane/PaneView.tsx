/** The view of the selected tab, wired to the pane's actions and state. */
import type { ReactNode } from "react";
import type { Lang, UiMessages } from "../i18n";
import { ChartsSection } from "./ChartsSection";
import { FirstRun } from "./FirstRun";
import { ReportView } from "./ReportView";
import { ScoreView } from "./ScoreView";
import { PaneActions } from "./state/paneActions";
import { PaneState } from "./state/reducer";
import { currentReport, isBlankWorkbook } from "./state/selectors";
import { ValidateView } from "./ValidateView";

interface Props {
  S: UiMessages;
  lang: Lang;
  state: PaneState;
  actions: PaneActions;
  /** The messages that belong to this view, for its command bar. */
  messages: ReactNode;
}

export function PaneView({ S, lang, state, actions, messages }: Props) {
  const { evaluation, busy } = state;
  const blank = isBlankWorkbook(state);
  const firstRun = blank ? (
    <FirstRun S={S} busy={busy} onInsertTemplate={actions.insertTemplate} onInsertExample={actions.insertExample} />
  ) : undefined;
  switch (state.view) {
    case "validate":
      return (
        <ValidateView
          S={S}
          lang={lang}
          evaluation={evaluation}
          busy={busy}
          firstRun={firstRun}
          messages={messages}
          onValidate={actions.validate}
          onSelect={actions.selectCell}
          onChooseTable={actions.chooseTable}
        />
      );
    case "score":
      return (
        <ScoreView
          S={S}
          evaluation={evaluation}
          busy={busy}
          firstRun={firstRun}
          messages={messages}
          onScore={actions.validate}
          onWrite={actions.writeScores}
        />
      );
    case "report":
      return (
        <ReportView
          S={S}
          report={currentReport(state)}
          drafts={state.drafts}
          busy={busy}
          firstRun={firstRun}
          charts={evaluation && <ChartsSection S={S} evaluation={evaluation} busy={busy} onInsertCharts={actions.insertCharts} />}
          messages={messages}
          copyText={state.copyText}
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
