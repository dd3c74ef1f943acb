/** The Office adapter over the fake Excel, with document settings kept in memory. */
import { OfficeWorkbook, SettingsStore } from "../../src/adapters/office/officeWorkbook";
import { FakeWorkbookState, fakeRun } from "../fakes/fakeExcel";

export function memorySettings(): SettingsStore & { data: Map<string, unknown>; saves: number } {
  const data = new Map<string, unknown>();
  return {
    data,
    saves: 0,
    get: (k) => data.get(k),
    set: (k, v) => void data.set(k, v),
    async save() {
      this.saves++;
    },
  };
}

/** `now` is the clock the change watcher recognises its own writes by (tests move it). */
export function adapter(state: FakeWorkbookState, opts: { maxRequestBytes?: number; now?: () => number } = {}) {
  const settings = memorySettings();
  const wb = new OfficeWorkbook(fakeRun(state), {
    isSupported: (v) => state.isSupported(v),
    settings,
    maxRequestBytes: opts.maxRequestBytes,
    now: opts.now,
  });
  return { wb, settings };
}
