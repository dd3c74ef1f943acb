import type { SavedDrafts } from "../../../src/app";
import { SAVE_DELAY_MS, persistDrafts } from "../../../src/taskpane/state/persistDrafts";
import { createPaneStore } from "../../../src/taskpane/state/store";
import { exampleEvaluation } from "../fixtures";

test("edits are saved to the document after a quiet moment, once for a burst of typing; a pending save is made on stop", async () => {
  const seed = await exampleEvaluation("seed-2020");
  jest.useFakeTimers();
  try {
    const store = createPaneStore();
    const saved: SavedDrafts[] = [];
    const stop = persistDrafts(store, async (d) => void saved.push(d), () => 42);
    store.dispatch({ type: "evaluated", evaluation: seed });
    jest.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(saved).toEqual([]); // an evaluation changes no draft
    store.dispatch({ type: "sectionEdited", index: 0, text: "a" });
    store.dispatch({ type: "sectionEdited", index: 0, text: "ab" });
    jest.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(saved).toEqual([{ report: seed.report, edits: { 0: "ab" }, savedAt: 42 }]);
    store.dispatch({ type: "sectionEdited", index: 1, text: "c" });
    stop();
    expect(saved[1]).toEqual({ report: seed.report, edits: { 0: "ab", 1: "c" }, savedAt: 42 });
    store.dispatch({ type: "sectionEdited", index: 2, text: "after stop" });
    jest.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(saved).toHaveLength(2);
  } finally {
    jest.useRealTimers();
  }
});
