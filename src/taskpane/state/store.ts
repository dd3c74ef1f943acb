/**
 * The pane's state outside React, so that the actions read it when they run (insert and copy send the
 * edits of that moment) without being made anew on each render: the open-time validation depends on them.
 */
import { PaneAction, PaneState, initialPaneState, paneReducer } from "./reducer";

export interface PaneStore {
  getState(): PaneState;
  dispatch(action: PaneAction): void;
  subscribe(listener: () => void): () => void;
}

export function createPaneStore(initial: PaneState = initialPaneState): PaneStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch: (action) => {
      state = paneReducer(state, action);
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
