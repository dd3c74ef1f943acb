/**
 * Cell grids → what the workbook says: the budget model and the scoring settings, with findings for whatever
 * cannot be read (missing sheets, fields and columns, text where a number belongs). Each table kind has its
 * reader in read/ (listed in read/registry.ts); reconciling the figures is validate.ts's job.
 */
import { Finding } from "./findings";
import { WorkbookGrid } from "./grid";
import { BudgetModel } from "./model";
import { ReadOptions, readTables } from "./read/registry";
import { ScoringSettings } from "./settings";

export type { ReadOptions } from "./read/registry";

export interface ReadResult {
  model: BudgetModel;
  settings: ScoringSettings;
  findings: Finding[];
}

/** Reads a whole workbook. Never throws on content: everything odd becomes a finding. */
export function readModel(grid: WorkbookGrid, options: ReadOptions = {}): ReadResult {
  const { parts, sheetNames, sources, findings } = readTables(grid, options);
  const { settings, ...modelParts } = parts;
  return { model: { ...modelParts, sheetNames, sources }, settings, findings };
}
