/** The task pane's entry: inside Excel the app; anywhere else a message that it runs inside Excel. */
import { FluentProvider, MessageBar, MessageBarBody, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langOf, officeDraftStore, officeWorkbook } from "../adapters/office/officeEnv";
import { STRINGS } from "../ui/strings";
import { App } from "./App";
import { paneServices } from "./services";
import { prefersDark } from "./theme";

function start(host: Office.HostType | null): void {
  const root = createRoot(document.getElementById("root")!);
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = langOf(context?.displayLanguage ?? navigator.language);
  const dark = prefersDark(context?.officeTheme?.bodyBackgroundColor, window.matchMedia?.bind(window));
  document.documentElement.lang = lang;
  if (host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        <MessageBar intent="info" style={{ margin: 12 }}>
          <MessageBarBody>{STRINGS[lang].outsideExcel}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
    return;
  }
  root.render(<App services={paneServices(officeWorkbook(), officeDraftStore())} lang={lang} dark={dark} />);
}

if (typeof Office === "undefined") {
  // office.js could not load (offline): say where the pane runs rather than show nothing.
  const lang = langOf(navigator.language);
  document.getElementById("root")!.textContent = STRINGS[lang].outsideExcel;
} else {
  void Office.onReady((info) => start(info.host ?? null));
}
