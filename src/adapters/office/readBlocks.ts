/**
 * Where a used range is read, so that no response passes Excel on the web's 5 MB limit while a normal workbook
 * still takes two round trips.
 *
 * The sheet names must be known before a used range can be asked for, so the second request cannot first learn a
 * range's size: it loads the range's bounds together with its head, the cells it has in A1:Z{n}, few enough for
 * every sheet's head to fit one response. Only a used range larger than its head needs more requests: the
 * rest is read in blocks of rows, as many per request as the response budget allows, estimated from the bytes per
 * cell of what was already read.
 */

/** A rectangle of cells, 0-based, both ends included. */
export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Columns A to Z: the tables the core finds are up to 13 columns wide (an indicator table with 得分系数 and
 * 评分标准), a 决算 public table up to about 20. A head is cut to its sheet's used range, so a narrow sheet reads
 * no empty columns; a sheet wider than this takes one more request.
 */
export const HEAD_COLUMNS = 26;
/** Cells in all heads together: even at 100 bytes a cell (long texts), one response. */
const HEAD_CELLS = 36_000;
/** A cell's value, number format and value type cost at least this much in a response ("", "General", "Empty"). */
const MIN_CELL_BYTES = 21;
/** The rest is planned on the bytes per cell seen so far; later rows may hold longer texts. */
const ESTIMATE_MARGIN = 1.5;

/** Rows of each head, when `sheets` input sheets are read together. */
export function headRows(sheets: number): number {
  return Math.max(1, Math.floor(HEAD_CELLS / (HEAD_COLUMNS * Math.max(1, sheets))));
}

/** The part of a used range its head (rows 0..rows-1, columns 0..columns-1) did not cover. */
export function restAreas(used: Bounds, rows: number, columns = HEAD_COLUMNS): Bounds[] {
  const rest: Bounds[] = [];
  // Right of the head, in the head's rows; then every row below it, full width.
  if (used.c1 >= columns && used.r0 < rows)
    rest.push({ r0: used.r0, c0: Math.max(used.c0, columns), r1: Math.min(used.r1, rows - 1), c1: used.c1 });
  if (used.r1 >= rows) rest.push({ r0: Math.max(used.r0, rows), c0: used.c0, r1: used.r1, c1: used.c1 });
  return rest;
}

/** The response bytes a cell is planned at, from the bytes and cells read so far. */
export function plannedCellBytes(bytesRead: number, cellsRead: number): number {
  return ESTIMATE_MARGIN * Math.max(MIN_CELL_BYTES, cellsRead > 0 ? bytesRead / cellsRead : 100);
}

/**
 * Cuts the areas into row blocks and the blocks into requests: each request's estimated response within `budget`
 * (a single row wider than the budget still goes alone). `planCellBytes` is asked before each request, after the
 * previous one was read, for the bytes a cell of each area is planned at (a journal's cell holds up to 30,000
 * characters, an input sheet's a few). A block keeps what else its area carries (the read it belongs to).
 */
export function* blockRequests<T extends Bounds>(areas: T[], budget: number, planCellBytes: () => (area: T) => number): Generator<T[]> {
  const pending = areas.map((a) => ({ ...a }));
  while (pending.length > 0) {
    const cellBytes = planCellBytes();
    const request: T[] = [];
    let room = budget;
    while (pending.length > 0) {
      const area = pending[0];
      const rowBytes = (area.c1 - area.c0 + 1) * cellBytes(area);
      const fit = Math.floor(room / rowBytes);
      if (fit < 1 && request.length > 0) break;
      const rows = Math.min(area.r1 - area.r0 + 1, Math.max(1, fit));
      request.push({ ...area, r1: area.r0 + rows - 1 });
      room -= rows * rowBytes;
      area.r0 += rows;
      if (area.r0 > area.r1) pending.shift();
    }
    yield request;
  }
}
