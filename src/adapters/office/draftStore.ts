/** The pane's report drafts in Office's document settings: saved with the workbook, per add-in. */
import type { DraftStore, SavedDrafts } from "../../app";
import type { SettingsStore } from "./officeWorkbook";

const DRAFTS_SETTING = "budgetPerfDrafts";

function isSavedDrafts(x: unknown): x is SavedDrafts {
  const d = x as SavedDrafts;
  return (
    typeof d === "object" &&
    d !== null &&
    typeof d.savedAt === "number" &&
    typeof d.edits === "object" &&
    d.edits !== null &&
    Array.isArray(d.report?.sections) &&
    Array.isArray(d.report?.title)
  );
}

/**
 * Drafts are small (a report's text), well within what document settings hold; the undo journal, which may be
 * large, is kept in a sheet instead (app/journal.ts).
 */
export class SettingsDraftStore implements DraftStore {
  constructor(private readonly settings: SettingsStore) {}

  async load(): Promise<SavedDrafts | undefined> {
    const stored = this.settings.get(DRAFTS_SETTING);
    return isSavedDrafts(stored) ? stored : undefined;
  }

  async save(drafts: SavedDrafts): Promise<void> {
    this.settings.set(DRAFTS_SETTING, drafts);
    await this.settings.save();
  }
}
