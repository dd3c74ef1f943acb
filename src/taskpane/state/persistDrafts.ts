/**
 * Keeps the report drafts in the document as they change, so that closing the pane loses nothing: a save
 * follows each change after a short quiet time (not one per keystroke), and a pending save is made at once when
 * the pane stops.
 */
import type { SavedDrafts } from "../../app";
import { currentReport } from "./selectors";
import type { PaneStore } from "./store";

export const SAVE_DELAY_MS = 800;

export function persistDrafts(store: PaneStore, save: (drafts: SavedDrafts) => Promise<void>, now: () => number): () => void {
  let { draft, drafts } = store.getState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const state = store.getState();
    const report = currentReport(state);
    // A failed save leaves the drafts in the pane; the next change tries again.
    if (report) save({ report, edits: state.drafts, savedAt: now() }).catch(() => undefined);
  };
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    if (state.draft === draft && state.drafts === drafts) return;
    ({ draft, drafts } = state);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer) {
      clearTimeout(timer);
      flush();
    }
  };
}
