/** The pane's state and its actions for React: one store per pane, kept while the views switch. */
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { UiMessages } from "../../i18n";
import type { PaneServices } from "../services";
import { PaneActions, paneActions } from "./paneActions";
import { persistDrafts } from "./persistDrafts";
import { PaneState } from "./reducer";
import { createPaneStore } from "./store";

export function usePane(services: PaneServices, S: UiMessages): { state: PaneState; actions: PaneActions } {
  const [store] = useState(createPaneStore);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  // The same actions while the services and the language stay, so effects that call them run once.
  const actions = useMemo(() => paneActions(services, S, store), [services, S, store]);
  useEffect(() => persistDrafts(store, services.saveDrafts, services.now), [store, services]);
  // Change events mark the results stale; a host without them never does (the time of the results still shows).
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void services
      .watchChanges(actions.workbookChanged)
      .then((s) => (gone ? s?.() : (stop = s)))
      .catch(() => undefined);
    return () => {
      gone = true;
      stop?.();
    };
  }, [services, actions]);
  return { state, actions };
}
