/**
 * Every table kind the reader knows, and the one loop that reads them all. A new table kind is one reader
 * file and one entry in TABLE_READERS (plus its sheet names in schema.ts and its part in model.ts).
 */
import { Finding, finding } from "../findings";
import { WorkbookGrid } from "../grid";
import { BudgetModel } from "../model";
import { SHEETS, SheetKey } from "../schema";
import { INDICATOR_READER } from "./indicators";
import { INFO_READER } from "./info";
import { PROBLEMS_READER } from "./problems";
import { SETTINGS_READER } from "./settings";
import { SPENDING_READER } from "./spending";
import { INITIAL_CONTEXT, ReadContext, TableReader } from "./table";

/**
 * In reading order: 基本信息 first, because its unit is what the amounts of the later tables are read in.
 * Each entry's key is the key it is listed under.
 */
export const TABLE_READERS = {
  info: INFO_READER,
  spending: SPENDING_READER,
  indicators: INDICATOR_READER,
  problems: PROBLEMS_READER,
  settings: SETTINGS_READER,
} satisfies Record<SheetKey, TableReader<object>>;

type Registry = typeof TABLE_READERS;
type PartOf<R> = R extends TableReader<infer P> ? P : never;
/** A union as an intersection: Merged<A | B> = A & B. */
type Merged<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** What all the tables say together, as one type ({ info } & { spending } & …): the model's parts and the settings. */
export type TableParts = Merged<PartOf<Registry[keyof Registry]>>;

export interface TablesRead {
  parts: TableParts;
  /** The names of the sheets found, by table kind. */
  sheetNames: BudgetModel["sheetNames"];
  findings: Finding[];
}

function missingSheet(key: SheetKey): Finding {
  const [sheet, ...aliases] = SHEETS[key];
  return finding("error", "MISSING_SHEET", sheet, "A1", { sheet, aliases });
}

/** Reads every table kind in order, each reader passing on what the later ones need (the unit). */
export function readTables(grid: WorkbookGrid): TablesRead {
  const parts: Partial<TableParts> = {};
  const sheetNames: BudgetModel["sheetNames"] = {};
  const findings: Finding[] = [];
  let ctx: ReadContext = INITIAL_CONTEXT;
  for (const reader of Object.values(TABLE_READERS)) {
    const sheet = reader.find(grid);
    if (sheet) sheetNames[reader.key] = sheet.name;
    else if (reader.required) findings.push(missingSheet(reader.key));
    const read = reader.read(sheet, ctx);
    Object.assign(parts, read.part);
    findings.push(...read.findings);
    ctx = { ...ctx, ...read.context };
  }
  // Every reader has run, so every part is there.
  return { parts: parts as TableParts, sheetNames, findings };
}

/**
 * The sheets the readers will read, judged from the sheet names alone (every reader finds its sheet by name):
 * an adapter turns only these into grids, so a huge sheet the tool never uses costs nothing.
 */
export function sheetsToRead(sheetNames: string[]): string[] {
  const names: WorkbookGrid = { sheets: sheetNames.map((name) => ({ name, values: [] })) };
  return Object.values(TABLE_READERS)
    .map((reader) => reader.find(names)?.name)
    .filter((name): name is string => name !== undefined);
}
