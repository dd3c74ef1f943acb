/** The task pane's entry: inside Excel the app; anywhere else a message that it runs inside Excel. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langOf, officeDraftStore, officeWorkbook } from "../adapters/office/officeEnv";
import { messages } from "../i18n";
import { App } from "./App";
import { Note } from "./Note";
import type { ReportDocumentWriter } from "../app";
import { PaneHost, paneServices } from "./services";
import { prefersDark } from "./theme";

/** The .docx typesetter in a chunk of its own, loaded at the first 导出 Word: the pane opens without it. */
const lazyDocxWriter: ReportDocumentWriter = {
  write: async (blocks, properties) => (await import("../adapters/docx/pack.js")).docxWriter.write(blocks, properties),
};

/** The typesetter, whether this is Excel desktop (where the web view may block downloads), the drafts' store. */
function paneHost(context: Office.Context | undefined): PaneHost {
  const platform = context?.diagnostics?.platform;
  const desktop = platform === Office.PlatformType.PC || platform === Office.PlatformType.Mac;
  return { documentWriter: lazyDocxWriter, desktop, drafts: officeDraftStore() };
}

function start(host: Office.HostType | null): void {
  const root = createRoot(document.getElementById("root")!);
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = langOf(context?.displayLanguage ?? navigator.language);
  const dark = prefersDark(context?.officeTheme?.bodyBackgroundColor, window.matchMedia?.bind(window));
  document.documentElement.lang = lang;
  if (host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        <Note intent="info" style={{ margin: 12 }}>
          {messages(lang).ui.outsideExcel}
        </Note>
      </FluentProvider>,
    );
    return;
  }
  root.render(<App services={paneServices(officeWorkbook(), paneHost(context))} lang={lang} dark={dark} />);
}

if (typeof Office === "undefined") {
  // office.js could not load (offline): say where the pane runs rather than show nothing.
  const lang = langOf(navigator.language);
  document.getElementById("root")!.textContent = messages(lang).ui.outsideExcel;
} else {
  void Office.onReady((info) => start(info.host ?? null));
}
