/** Loads an example .xlsx into the fake Excel, cell for cell, as Office would show it. */
import { readFileSync } from "node:fs";
import { loadWorkbook, workbookToGrid } from "../../src/adapters/xlsx/readGrid";
import { WorkbookGrid } from "../../src/core/grid";
import { FakeSheetInput, FakeWorkbookState } from "./fakeExcel";

export function gridToFakeInputs(grid: WorkbookGrid): FakeSheetInput[] {
  return grid.sheets.map((s) => ({
    name: s.name,
    values: s.values.map((r) => r.map((v) => (v === null ? null : typeof v === "object" ? { error: v.error } : v))),
    formats: s.formats?.map((r) => r.map((f) => f ?? null)),
    ...(s.hidden ? { hidden: true } : {}),
  }));
}

export async function fakeFromXlsx(path: string): Promise<FakeWorkbookState> {
  const grid = workbookToGrid(await loadWorkbook(readFileSync(path)));
  return new FakeWorkbookState(gridToFakeInputs(grid));
}
