/** The real Office environment behind the adapter's ports: Excel.run, feature detection, settings, language. */
import type { Lang } from "../../i18n";
import { SettingsDraftStore } from "./draftStore";
import { ExcelRun, OfficeWorkbook, SettingsStore } from "./officeWorkbook";

function officeSettings(): SettingsStore {
  const s = Office.context.document.settings;
  return {
    get: (name) => s.get(name),
    set: (name, value) => s.set(name, value),
    save: () => new Promise((resolve) => s.saveAsync(() => resolve())),
  };
}

export function officeWorkbook(): OfficeWorkbook {
  const run: ExcelRun = (batch) => Excel.run(batch);
  return new OfficeWorkbook(run, {
    isSupported: (v) => Office.context.requirements.isSetSupported("ExcelApi", v),
    settings: officeSettings(),
  });
}

/** The pane's drafts, kept in the document's settings. */
export function officeDraftStore(): SettingsDraftStore {
  return new SettingsDraftStore(officeSettings());
}

/** Chinese when Office's display language is zh-*, English otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
