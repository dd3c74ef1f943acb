/**
 * Waiting for office.js. taskpane.html loads it without blocking the page and its <script id="office-js"> notes
 * in window.officeJsState whether it loaded or failed; the pane's bundle may start before either. Where the CDN
 * cannot be reached (a network that blocks it, the wrong cloud), the pane says so after a few seconds instead of
 * staying blank, and still starts if office.js arrives later.
 */

/** Long enough for a slow connection to fetch office.js (~60 KB, then its host files); short enough to be noticed. */
export const OFFICE_JS_TIMEOUT_MS = 8000;

export type OfficeJsState = "loaded" | "failed";

interface OfficeJsWindow {
  officeJsState?: OfficeJsState;
}

/**
 * Resolves with how the load ended. `onSlow` runs once when it has not ended after `timeoutMs`. Without the
 * tag (a page that loads office.js the blocking way), office.js has run, or failed, before this bundle.
 */
export function whenOfficeJs(onSlow: () => void, timeoutMs = OFFICE_JS_TIMEOUT_MS): Promise<OfficeJsState> {
  const noted = (window as OfficeJsWindow).officeJsState;
  if (noted) return Promise.resolve(noted);
  const script = document.getElementById("office-js");
  if (!script) return Promise.resolve(typeof Office === "undefined" ? "failed" : "loaded");
  return new Promise((resolve) => {
    const timer = setTimeout(onSlow, timeoutMs);
    const end = (state: OfficeJsState) => {
      clearTimeout(timer);
      resolve(state);
    };
    script.addEventListener("load", () => end("loaded"), { once: true });
    script.addEventListener("error", () => end("failed"), { once: true });
  });
}
