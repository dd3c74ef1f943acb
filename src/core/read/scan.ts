/**
 * Finding things on a sheet: sheets by alias, label/value pairs, header rows and their columns, and the
 * few cell views every table reader needs. Nothing here knows which table it is reading.
 */
import { a1 } from "../address";
import { SheetGrid, WorkbookGrid, cellText, cellValue, colCount, isEmpty, rowCount } from "../grid";
import { SHEETS, SheetKey, aliasIndex } from "../schema";
import { cleanText, normalizeLabel } from "../text";

/** How far down a table's header row may be (title rows above it are common). */
const HEADER_SEARCH_ROWS = 10;

/** Longer texts are never labels or headers; skipping them keeps scans of large sheets cheap. */
const MAX_LABEL_LENGTH = 40;

/** A table-ending word (合计, 自评总分 …) is short; longer first texts are returned as they are. */
const MAX_END_WORD_LENGTH = 12;

/** The sheet of a table kind, by any of its names. */
export function findSheet(grid: WorkbookGrid, key: SheetKey): SheetGrid | undefined {
  const wanted = new Set(SHEETS[key].map(normalizeLabel));
  return grid.sheets.find((s) => wanted.has(normalizeLabel(s.name)));
}

/** A cell as free text, trimmed. */
export function textAt(sheet: SheetGrid, row: number, col: number): string {
  return cleanText(cellText(cellValue(sheet, row, col)));
}

/** A cell in the form labels are compared in, or "" when it cannot be a label. */
export function labelAt(sheet: SheetGrid, row: number, col: number): string {
  const v = cellValue(sheet, row, col);
  return typeof v === "string" && v.length <= MAX_LABEL_LENGTH ? normalizeLabel(v) : "";
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
  row: number;
  columns: Partial<Record<K, number>>;
}

/**
 * A column tag at the end of a header: the 10号 form letters its columns, 全年预算数（A） | 全年执行数（B） |
 * 执行率（B/A）, and a tag names no other column.
 */
const COLUMN_TAG = /\([A-Z](?:\/[A-Z])?\)$/;

/** The column a header cell names: its label, or its label without a column tag (全年预算数（A） → 全年预算数). */
export function headerKey<K extends string>(index: Map<string, K>, label: string): K | undefined {
  return index.get(label) ?? (COLUMN_TAG.test(label) ? index.get(label.replace(COLUMN_TAG, "")) : undefined);
}

/** Header row detection: the row (within the first rows) matching most column aliases. */
export function findHeader<K extends string>(
  sheet: SheetGrid,
  table: Record<K, readonly string[]>,
  mustHave: NoInfer<K>,
  minMatches: number,
  fromRow = 0,
  toRow = fromRow + HEADER_SEARCH_ROWS,
): HeaderRow<K> | undefined {
  const index = aliasIndex(table);
  let best: (HeaderRow<K> & { count: number }) | undefined;
  for (let r = fromRow; r < Math.min(toRow, rowCount(sheet)); r++) {
    const columns: Partial<Record<K, number>> = {};
    let count = 0;
    for (let c = 0; c < colCount(sheet, r); c++) {
      const key = headerKey(index, labelAt(sheet, r, c));
      if (key !== undefined && columns[key] === undefined) {
        columns[key] = c;
        count++;
      }
    }
    if (columns[mustHave] !== undefined && count >= minMatches && (!best || count > best.count)) {
      best = { row: r, columns, count };
    }
  }
  if (!best) return undefined;
  // Two-row headers: a column merged vertically keeps its text in the row above.
  if (best.row > 0) {
    for (let c = 0; c < colCount(sheet, best.row - 1); c++) {
      const key = headerKey(index, labelAt(sheet, best.row - 1, c));
      if (key !== undefined && best.columns[key] === undefined && isEmpty(cellValue(sheet, best.row, c))) {
        best.columns[key] = c;
      }
    }
  }
  return { row: best.row, columns: best.columns };
}
