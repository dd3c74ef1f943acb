/**
 * Whether the pane is narrower than a table of indicators needs: five columns with Chinese names and figures
 * fit from about 520 px (Excel's pane is about 320–350 px wide; a user may widen it).
 */
import { useSyncExternalStore } from "react";

const NARROW = "(max-width: 519.98px)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => true,
  );
}
