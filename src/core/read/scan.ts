/**
 * Finding things on a sheet: sheets by alias, label/value pairs, header rows and their columns, and the
 * few cell views every table reader needs. Nothing here knows which table it is reading.
 */
import { a1 } from "../address";
import { SheetGrid, WorkbookGrid, cellText, cellValue, colCount, isEmpty, rowCount } from "../grid";
import { SHEETS, SheetKey, aliasIndex } from "../schema";
import { CellRange, TablePlace, wholeSheet } from "./table";
import { cleanText, normalizeHeader, normalizeLabel } from "../text";

/** How far down a table's header may be: forms put titles, metadata lines and a funds block above it. */
export const HEADER_SEARCH_ROWS = 60;

/** Longer texts are never labels or headers; skipping them keeps scans of large sheets cheap. */
const MAX_LABEL_LENGTH = 40;

/** A table-ending word (合计, 自评总分 …) is short; longer first texts are returned as they are. */
const MAX_END_WORD_LENGTH = 12;

/** Every sheet with one of a table kind's names. */
export function sheetsNamed(grid: WorkbookGrid, key: SheetKey): SheetGrid[] {
  const wanted = new Set(SHEETS[key].map(normalizeLabel));
  return grid.sheets.filter((s) => wanted.has(normalizeLabel(s.name)));
}

/** The places of a kind laid out over a whole sheet: every sheet with one of its names or whose content shows it. */
export function sheetsByNameOrContent(grid: WorkbookGrid, key: SheetKey, shows: (sheet: SheetGrid) => boolean): TablePlace[] {
  const named = new Set(sheetsNamed(grid, key));
  return grid.sheets.filter((s) => named.has(s) || shows(s)).map(wholeSheet);
}

/** Whether all these labels are in the rows where a table's content is looked for. */
export function hasLabels<K extends string>(sheet: SheetGrid, table: Record<K, readonly string[]>, keys: K[]): boolean {
  const hits = scanLabels(sheet, table, (r) => r >= HEADER_SEARCH_ROWS);
  return keys.every((k) => hits.get(k)?.hasValue);
}

/** A cell as free text, trimmed. */
export function textAt(sheet: SheetGrid, row: number, col: number): string {
  return cleanText(cellText(cellValue(sheet, row, col)));
}

/** A cell in the form labels are compared in, or "" when it cannot be a label. */
export function labelAt(sheet: SheetGrid, row: number, col: number): string {
  const v = cellValue(sheet, row, col);
  return typeof v === "string" && v.length <= MAX_LABEL_LENGTH ? normalizeHeader(v) : "";
}

export function rowIsBlank(sheet: SheetGrid, row: number): boolean {
  const r = sheet.values[row];
  return !r || r.every((v) => v === undefined || isEmpty(v));
}

/** The first text of a row, normalised when it is short enough to be a table-ending word (合计, 自评总分 …). */
export function firstText(sheet: SheetGrid, row: number): string {
  const n = colCount(sheet, row);
  for (let c = 0; c < n; c++) {
    const v = cellValue(sheet, row, c);
    if (isEmpty(v)) continue;
    const t = cellText(v);
    return t.length <= MAX_END_WORD_LENGTH ? normalizeLabel(t) : t;
  }
  return "";
}

/** The first row below the used area, where a missing label could be added. */
export function nextFreeCell(sheet: SheetGrid): string {
  return a1(rowCount(sheet), 0);
}

export interface LabelHit {
  row: number;
  col: number;
  /** Where the value is (or should be). */
  valueRow: number;
  valueCol: number;
  hasValue: boolean;
}

/** The A1 address of a label's value cell (or where its value belongs). */
export function valueCell(h: LabelHit): string {
  return a1(h.valueRow, h.valueCol);
}

/**
 * Finds label cells and their values: the value is the first non-empty cell to the right of the label
 * (labels are often merged over two columns), unless that cell is itself a label, in which case the value
 * is missing and belongs in the cell right of the label. The first occurrence of a label counts.
 */
export function scanLabels<K extends string>(
  sheet: SheetGrid,
  table: Record<K, readonly string[]>,
  skipRows: (row: number) => boolean = () => false,
): Map<K, LabelHit> {
  const index = aliasIndex(table);
  const hits = new Map<K, LabelHit>();
  for (let r = 0; r < rowCount(sheet); r++) {
    if (skipRows(r)) continue;
    const n = colCount(sheet, r);
    for (let c = 0; c < n; c++) {
      const key = index.get(labelAt(sheet, r, c));
      if (key === undefined || hits.has(key)) continue;
      let hit: LabelHit = { row: r, col: c, valueRow: r, valueCol: c + 1, hasValue: false };
      for (let vc = c + 1; vc < n; vc++) {
        if (isEmpty(cellValue(sheet, r, vc))) continue;
        if (!index.has(labelAt(sheet, r, vc))) hit = { ...hit, valueCol: vc, hasValue: true };
        break;
      }
      hits.set(key, hit);
    }
  }
  return hits;
}

export interface HeaderRow<K extends string> {
  /** The row that names most columns (0-based). */
  row: number;
  /** The header's first and last rows: a header over two rows adds the row above or below. */
  top: number;
  lastRow: number;
  columns: Partial<Record<K, number>>;
}

export interface RowMatch<K extends string> {
  columns: Partial<Record<K, number>>;
  count: number;
}

/** The columns one row names (each key at its first cell), and how many. */
export function rowMatches<K extends string>(sheet: SheetGrid, index: Map<string, K>, r: number): RowMatch<K> {
  const columns: Partial<Record<K, number>> = {};
  let count = 0;
  for (let c = 0; c < colCount(sheet, r); c++) {
    const key = index.get(labelAt(sheet, r, c));
    if (key !== undefined && columns[key] === undefined) {
      columns[key] = c;
      count++;
    }
  }
  return { columns, count };
}

function rowHasNumber(sheet: SheetGrid, r: number): boolean {
  return (sheet.values[r] ?? []).some((v) => typeof v === "number");
}

/**
 * Adds the names a header over two rows keeps in its other row: above, where a cell of the main row is empty
 * (merged vertically); below, where the main row's cell is empty or a caption over several columns, provided
 * the row below holds no number (so it is not the first data row).
 */
function withOtherRow<K extends string>(
  sheet: SheetGrid,
  index: Map<string, K>,
  row: number,
  columns: Partial<Record<K, number>>,
): HeaderRow<K> {
  const header: HeaderRow<K> = { row, top: row, lastRow: row, columns };
  const fill = (r: number, free: (c: number) => boolean): boolean => {
    let added = false;
    for (let c = 0; c < colCount(sheet, r); c++) {
      const key = index.get(labelAt(sheet, r, c));
      if (key !== undefined && columns[key] === undefined && free(c)) {
        columns[key] = c;
        added = true;
      }
    }
    return added;
  };
  if (row > 0 && fill(row - 1, (c) => isEmpty(cellValue(sheet, row, c)))) header.top = row - 1;
  if (!rowHasNumber(sheet, row + 1) && fill(row + 1, (c) => !index.has(labelAt(sheet, row, c)))) header.lastRow = row + 1;
  return header;
}

/**
 * The first header in the rows searched: a row naming `mustHave` and at least `minMatches` columns (or the
 * row below it, when that names more: the lower row of a two-row header), with its other row added.
 */
export function findHeader<K extends string>(
  sheet: SheetGrid,
  table: Record<K, readonly string[]>,
  mustHave: NoInfer<K>,
  minMatches: number,
  fromRow = 0,
  toRow = fromRow + HEADER_SEARCH_ROWS,
): HeaderRow<K> | undefined {
  const index = aliasIndex(table);
  const end = Math.min(toRow, rowCount(sheet));
  const qualifies = (m: RowMatch<K>) => m.columns[mustHave] !== undefined && m.count >= minMatches;
  for (let r = fromRow; r < end; r++) {
    const here = rowMatches(sheet, index, r);
    if (!qualifies(here)) continue;
    const below = r + 1 < end ? rowMatches(sheet, index, r + 1) : undefined;
    if (below && qualifies(below) && below.count > here.count) return withOtherRow(sheet, index, r + 1, below.columns);
    return withOtherRow(sheet, index, r, here.columns);
  }
  return undefined;
}

/** The columns a header takes: from its leftmost to its rightmost non-empty cell over its rows. */
export function headerColumns(sheet: SheetGrid, header: { top: number; lastRow: number }): { left: number; right: number } {
  let left = Infinity;
  let right = -1;
  for (let r = header.top; r <= header.lastRow; r++) {
    for (let c = 0; c < colCount(sheet, r); c++) {
      if (isEmpty(cellValue(sheet, r, c))) continue;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return right < 0 ? { left: 0, right: 0 } : { left, right };
}

/** The cells of a table under a header: its columns, down to the row before the first row blank in all of them. */
export function tableRange(sheet: SheetGrid, header: { top: number; lastRow: number }): CellRange {
  const { left, right } = headerColumns(sheet, header);
  let bottom = header.lastRow;
  for (let r = header.lastRow + 1; r < rowCount(sheet); r++) {
    let blank = true;
    for (let c = left; c <= right && blank; c++) blank = isEmpty(cellValue(sheet, r, c));
    if (blank) break;
    bottom = r;
  }
  return { top: header.top, left, bottom, right };
}

/**
 * Every table of one kind on a sheet, by its header within the first rows: after each table, the search goes
 * on below it, so two tables on one sheet are both found.
 */
export function tablesByHeader<K extends string>(
  sheet: SheetGrid,
  table: Record<K, readonly string[]>,
  mustHave: NoInfer<K>,
  minMatches: number,
): TablePlace[] {
  const places: TablePlace[] = [];
  for (let from = 0; from < HEADER_SEARCH_ROWS;) {
    const header = findHeader(sheet, table, mustHave, minMatches, from, HEADER_SEARCH_ROWS);
    if (!header) break;
    const range = tableRange(sheet, header);
    places.push({ sheet, range });
    from = range.bottom + 1;
  }
  return places;
}
