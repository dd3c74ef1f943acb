/**
 * Every table kind the reader knows, and the one loop that reads them all. A new table kind is one reader
 * file and one entry in TABLE_READERS (plus its sheet names in schema.ts and its part in model.ts).
 */
import { completePicture } from "../budgetPicture";
import { Finding, finding } from "../findings";
import { WorkbookGrid } from "../grid";
import { Amount, BudgetModel, TableSource } from "../model";
import { SHEETS, SheetKey, SpendingField } from "../schema";
import { BASIC_EXPENDITURE_READER } from "./basicExpenditure";
import { EXPENDITURE_READER } from "./expenditure";
import { FUNDS_READER, fundsBlockFigures } from "./funds";
import { INCOME_SUMMARY_READER } from "./incomeSummary";
import { INDICATOR_READER } from "./indicators";
import { INFO_READER } from "./info";
import { TableChoice, locate } from "./locate";
import { PROBLEMS_READER } from "./problems";
import { SETTINGS_READER } from "./settings";
import { SPENDING_READER } from "./spending";
import { Found, INITIAL_CONTEXT, ReadContext, TablePlace, TableReader, rangeA1 } from "./table";

/**
 * In reading order: 基本信息 first, because its unit is what the amounts of the later tables are read in; the
 * tables that supply spending figures before those that cross-check them. Each entry's key is the key it is
 * listed under.
 */
export const TABLE_READERS = {
  info: INFO_READER,
  spending: SPENDING_READER,
  expenditure: EXPENDITURE_READER,
  basicExpenditure: BASIC_EXPENDITURE_READER,
  incomeSummary: INCOME_SUMMARY_READER,
  funds: FUNDS_READER,
  indicators: INDICATOR_READER,
  problems: PROBLEMS_READER,
  settings: SETTINGS_READER,
} satisfies Record<SheetKey, TableReader<object>>;

type Registry = typeof TABLE_READERS;
export type TableKind = keyof Registry;
type PartOf<R> = R extends TableReader<infer P> ? P : never;
/** A union as an intersection: Merged<A | B> = A & B. */
type Merged<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** What all the tables say together, as one type ({ info } & { spending } & …): the model's parts and the settings. */
export type TableParts = Merged<PartOf<Registry[keyof Registry]>>;

export interface ReadOptions {
  /** Sheets this tool made (the report): never read as input. */
  skipSheets?: readonly string[];
  /** Where to read a kind of table that the workbook holds more than once. */
  choices?: Partial<Record<TableKind, TableChoice>>;
}

export interface TablesRead {
  parts: TableParts;
  /** The names of the sheets found, by table kind. */
  sheetNames: BudgetModel["sheetNames"];
  /** What was found where, in reading order. */
  sources: TableSource[];
  findings: Finding[];
}

function missingSheet(key: SheetKey): Finding {
  const [sheet, ...aliases] = SHEETS[key];
  return finding("error", "MISSING_SHEET", sheet, "A1", { sheet, aliases });
}

function isRequired(reader: TableReader<object>, found: Found): boolean {
  return typeof reader.required === "function" ? reader.required(found) : reader.required;
}

function source(reader: TableReader<object>, place: TablePlace, range = place.range): TableSource {
  const s: TableSource = { kind: reader.key, sheet: place.sheet.name, range: rangeA1(range) };
  return place.sheet.hidden ? { ...s, hidden: true } : s;
}

/**
 * The parts as the model holds them: the spending figures are what the tables supplied, and the budget picture
 * of the 支出决算 sheet is completed by them and by a form's funds block (a figure given twice must agree).
 */
function assembled(parts: TableParts, figures: Partial<Record<SpendingField, Amount>>): { parts: TableParts; findings: Finding[] } {
  const block = parts.funds;
  const { picture, findings } = completePicture(parts.budgetPicture, figures, block && fundsBlockFigures(block), block?.rateRule);
  return { parts: { ...parts, spending: { ...parts.spending, fields: figures }, budgetPicture: picture }, findings };
}

/**
 * Reads every table kind in order, each reader passing on what the later ones need (the unit, the figures).
 * Whether an absent table is missing is judged once all are read: a workbook holding only a self-evaluation
 * table needs no 基本信息 or 支出决算 sheet.
 */
export function readTables(grid: WorkbookGrid, options: ReadOptions = {}): TablesRead {
  const skip = new Set(options.skipSheets ?? []);
  const input: WorkbookGrid = { sheets: grid.sheets.filter((s) => !skip.has(s.name)) };
  const parts: Partial<TableParts> = {};
  const sheetNames: BudgetModel["sheetNames"] = {};
  const sources: TableSource[] = [];
  const figures: Partial<Record<SpendingField, Amount>> = {};
  const kinds = new Set<SheetKey>();
  const findingsOf: Finding[][] = [];
  const absent: [number, SheetKey][] = [];
  let ctx: ReadContext = INITIAL_CONTEXT;
  for (const [key, reader] of Object.entries(TABLE_READERS) as [SheetKey, TableReader<object>][]) {
    const chosen = locate(reader, reader.find(input), input, options.choices?.[key]);
    const place = chosen.place;
    // A kind found more than once is in the workbook, though not read: other tables are then not needed either.
    if (place || chosen.ambiguous) kinds.add(key);
    if (place) sheetNames[key] = place.sheet.name;
    else if (!chosen.ambiguous) absent.push([findingsOf.length, key]);
    const read = reader.read(place?.sheet, { ...ctx, figures: { ...figures } }, { grid: input, range: place?.range });
    findingsOf.push([...chosen.findings, ...read.findings]);
    Object.assign(parts, read.part);
    ctx = { ...ctx, ...read.context };
    for (const [field, amount] of Object.entries(read.supplies ?? {}) as [SpendingField, Amount][]) figures[field] ??= amount;
    if (place) sources.push(source(reader, place, read.range));
  }
  const found: Found = { kinds, figures };
  for (const [i, key] of absent) if (isRequired(TABLE_READERS[key], found)) findingsOf[i].unshift(missingSheet(key));
  // Every reader has run, so every part is there.
  const all = assembled(parts as TableParts, figures);
  return { parts: all.parts, sheetNames, sources, findings: [...findingsOf.flat(), ...all.findings] };
}
