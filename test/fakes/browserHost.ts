/**
 * Runs in the page after Microsoft's office.js (the test serves both as the CDN's office.js): it makes the
 * page believe it is inside Excel, with the fake Excel API holding the workbook the test put in
 * window.__fakeWorkbook, and the display language in window.__fakeLang. Reloading the page is reopening the
 * pane: the workbook starts again from __fakeWorkbook, the document settings stay.
 */
import { FakeSheetInput, FakeWorkbookState, fakeRun } from "./fakeExcel";

interface TestWindow {
  __fakeWorkbook?: FakeSheetInput[];
  __fakeLang?: string;
  __fakeState?: FakeWorkbookState;
  __clipboard?: string;
  Excel?: unknown;
}

const w = window as unknown as TestWindow;
const state = new FakeWorkbookState(w.__fakeWorkbook ?? []);
w.__fakeState = state;
/** Document settings outlive the pane, as they are saved in the document: here, in the tab's session storage. */
const settings = {
  get: (k: string): unknown => JSON.parse(sessionStorage.getItem(`fakeSetting:${k}`) ?? "null"),
  set: (k: string, v: unknown) => sessionStorage.setItem(`fakeSetting:${k}`, JSON.stringify(v)),
};

const context = {
  displayLanguage: w.__fakeLang ?? "zh-CN",
  officeTheme: undefined, // as in Excel on the web: the pane falls back to prefers-color-scheme
  requirements: {
    isSetSupported: (name: string, version?: string) => (name === "ExcelApi" ? state.isSupported(version ?? "1.1") : true),
  },
  document: {
    settings: {
      get: (k: string) => settings.get(k),
      set: (k: string, v: unknown) => settings.set(k, v),
      saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
    },
  },
};

type OfficeNs = typeof Office;
const info = { host: Office.HostType.Excel, platform: Office.PlatformType.OfficeOnline };

/** Makes one Office namespace object believe it runs in Excel with the fake. */
function patch(o: OfficeNs): void {
  // office.js assigns Office.context again during its start-up: keep ours.
  // Not configurable: office.js redefines it when its start-up ends, which must not undo the fake.
  Object.defineProperty(o, "context", { get: () => context, set: () => {}, configurable: false });
  (o as unknown as { onReady: unknown }).onReady = (cb?: (i: typeof info) => void) => {
    if (cb) setTimeout(() => cb(info), 0);
    return Promise.resolve(info);
  };
}

// office.js later sets window.Office = Microsoft.Office.WebExtension, creating that namespace only where it
// is missing: make it the patched object, so the re-assignment keeps our context.
const current = (window as unknown as { Office: OfficeNs }).Office;
patch(current);
const ms = ((window as unknown as { Microsoft?: { Office?: { WebExtension?: unknown } } }).Microsoft ??= {});
ms.Office ??= {};
ms.Office.WebExtension = current;
w.Excel = { ...(w.Excel as object), run: fakeRun(state) };

// The clipboard of a headless browser is not readable: keep what the pane copies.
Object.defineProperty(navigator, "clipboard", {
  value: { writeText: async (t: string) => void (w.__clipboard = t) },
  configurable: true,
});
