/** Queues the core's cell writes on the open workbook, grouped into as few ranges as possible. */
import { columnLetters, parseA1 } from "../../core/address";
import { RequestSizeLimiter, gridPropertyBytes, rangeBytes } from "./requestLimit";

/** A cell to write: the core's CellWrite, or a cell an undo puts back (which may be a boolean). */
export interface OfficeCellWrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  value: string | number | boolean;
  numberFormat: string;
}

/** Rows per written range at most: 2,000 long explanations stay well under a megabyte. */
const MAX_RUN_ROWS = 2000;
/** Rows further apart than this get ranges of their own rather than a long range of untouched gaps. */
const MAX_GAP_ROWS = 20;

/** The writes of each column of each sheet, by 0-based row. */
function byColumn(writes: OfficeCellWrite[]): { sheet: string; col: number; cells: Map<number, OfficeCellWrite> }[] {
  const groups = new Map<string, { sheet: string; col: number; cells: Map<number, OfficeCellWrite> }>();
  for (const w of writes) {
    const { row, col } = parseA1(w.cell);
    const k = `${w.sheet}\u0000${col}`;
    if (!groups.has(k)) groups.set(k, { sheet: w.sheet, col, cells: new Map() });
    groups.get(k)!.cells.set(row, w);
  }
  return [...groups.values()];
}

/**
 * A null in a values array leaves that cell as it is, so the gaps between written cells are never touched.
 * Number formats are set before values: "@" first keeps a text that starts with "=" from becoming a formula.
 */
export async function queueCellWrites(context: Excel.RequestContext, writes: OfficeCellWrite[], limiter: RequestSizeLimiter): Promise<void> {
  for (const { sheet, col, cells } of byColumn(writes)) {
    const rows = [...cells.keys()].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      // A run is capped in length so that no single range can pass the request limit by itself.
      if (i < rows.length && rows[i] - rows[i - 1] <= MAX_GAP_ROWS && i - start < MAX_RUN_ROWS) continue;
      const first = rows[start];
      const last = rows[i - 1];
      const values: (string | number | boolean | null)[][] = [];
      const formats: (string | null)[][] = [];
      for (let r = first; r <= last; r++) {
        const w = cells.get(r);
        values.push([w ? w.value : null]);
        formats.push([w ? w.numberFormat : null]);
      }
      const letter = columnLetters(col);
      const address = `${letter}${first + 1}:${letter}${last + 1}`;
      await limiter.reserve(rangeBytes(address) + gridPropertyBytes(values) + gridPropertyBytes(formats));
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.numberFormat = formats as string[][];
      range.values = values as (string | number | boolean)[][];
      start = i;
    }
  }
}
