/** The pane's state, kept in one place so that edits survive switching views. */
import { useCallback, useState } from "react";
import { Evaluation } from "../core/evaluate";
import { Report } from "../core/report";

export type View = "validate" | "score" | "report";

export interface PaneState {
  view: View;
  busy: boolean;
  error?: string;
  notice?: string;
  evaluation?: Evaluation;
  /** The report the edits apply to (the last one drafted or regenerated). */
  draft?: Report;
  /** Edited section texts by section index, one paragraph per line. */
  drafts: Record<number, string>;
}

export function usePaneState() {
  const [state, setState] = useState<PaneState>({ view: "validate", busy: false, drafts: {} });
  const update = useCallback((patch: Partial<PaneState>) => setState((s) => ({ ...s, ...patch })), []);
  /** Runs a job with the progress indicator and an error bar; the pane never goes blank. */
  const run = useCallback(
    async (job: () => Promise<Partial<PaneState> | void>) => {
      update({ busy: true, error: undefined, notice: undefined });
      try {
        const patch = await job();
        setState((s) => ({ ...s, ...(patch ?? {}), busy: false }));
      } catch (e) {
        update({ busy: false, error: e instanceof Error ? e.message : String(e) });
      }
    },
    [update],
  );
  return { state, update, run };
}
