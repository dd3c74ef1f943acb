/**
 * The task pane's entry: inside Excel the app; anywhere else a message that it runs inside Excel; without office.js
 * (a CDN the network does not reach) a message that says so.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langOf, officeDraftStore, officeWorkbook } from "../adapters/office/officeEnv";
import { Lang, messages } from "../i18n";
import { App } from "./App";
import { Note } from "./Note";
import type { ReportDocumentWriter } from "../app";
import { PaneHost, paneServices } from "./services";
import { whenOfficeJs } from "./officeJs";
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

const root = createRoot(document.getElementById("root")!);

/** Office's language and theme where office.js gives them, else the browser's. */
function look(): { context: Office.Context | undefined; lang: Lang; dark: boolean } {
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = langOf(context?.displayLanguage ?? navigator.language);
  document.documentElement.lang = lang;
  return { context, lang, dark: prefersDark(context?.officeTheme?.bodyBackgroundColor, window.matchMedia?.bind(window)) };
}

/** A message in place of the app. */
function notice(text: (lang: Lang) => string, intent: "info" | "error"): void {
  const { lang, dark } = look();
  root.render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Note intent={intent} style={{ margin: 12 }}>
        {text(lang)}
      </Note>
    </FluentProvider>,
  );
}

function start(host: Office.HostType | null): void {
  if (host !== Office.HostType.Excel) return notice((lang) => messages(lang).ui.outsideExcel, "info");
  const { context, lang, dark } = look();
  root.render(<App services={paneServices(officeWorkbook(), paneHost(context))} lang={lang} dark={dark} />);
}

// office.js loads without blocking the page (taskpane.html): say so when it does not come, start when it does.
const officeJsMissing = () => notice((lang) => messages(lang).ui.officeJsMissing, "error");
void whenOfficeJs(officeJsMissing).then((state) => {
  if (state === "failed" || typeof Office === "undefined") officeJsMissing();
  else void Office.onReady((info) => start(info.host ?? null));
});
