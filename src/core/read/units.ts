/**
 * The amount unit a table states for itself: a note in a header or caption (年初预算数（万元）, 年度预算执行情况（万元）)
 * or a unit line above it (金额单位：元, 单位：万元). 决算 tables exported from the 决算 software are in 元.
 */
import { SheetGrid, cellValue, colCount } from "../grid";
import { AmountUnit } from "../model";
import { headerNote, normalizeLabel } from "../text";

/** How far above its header a table's unit line may be (title, then 编制单位 … 金额单位). */
const LINES_ABOVE = 6;
/** How many of a table's first rows may hold a caption with the unit (a vertical caption's top cell). */
const CAPTION_ROWS = 3;

const UNIT_LINE = /单位[:：]?(万元|元)(?![\u4e00-\u9fff])/;

function asUnit(s: string): AmountUnit | undefined {
  return s === "万元" || s === "元" ? s : undefined;
}

function cellsOf(sheet: SheetGrid, rows: number[], beforeCol = Infinity): string[] {
  const out: string[] = [];
  for (const r of rows) {
    for (let c = 0; c < Math.min(colCount(sheet, r), beforeCol); c++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === "string" && v.length <= 80) out.push(v);
    }
  }
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = Math.max(from, 0); r <= to; r++) out.push(r);
  return out;
}

/**
 * The unit of the table whose header takes rows top..lastRow: a note in the header, a caption left of
 * `figuresFrom` in its first rows, or the nearest unit line above it; undefined when it states none.
 */
export function statedUnit(sheet: SheetGrid, header: { top: number; lastRow: number }, figuresFrom = Infinity): AmountUnit | undefined {
  const notes = [
    ...cellsOf(sheet, range(header.top, header.lastRow)),
    ...cellsOf(sheet, range(header.lastRow + 1, header.lastRow + CAPTION_ROWS), figuresFrom),
  ];
  for (const text of notes) {
    const unit = asUnit(headerNote(text));
    if (unit) return unit;
  }
  return unitLine(sheet, header.top - 1, header.top - LINES_ABOVE);
}

/** The unit of the nearest unit line (金额单位：元, 单位：万元) from row `from` up to row `to`. */
export function unitLine(sheet: SheetGrid, from: number, to: number): AmountUnit | undefined {
  for (let r = from; r >= Math.max(0, to); r--) {
    for (const text of cellsOf(sheet, [r])) {
      const m = UNIT_LINE.exec(normalizeLabel(text));
      if (m) return asUnit(m[1]);
    }
  }
  return undefined;
}

/** The text of the `lines` lines above row `top` (the table's name, 公开03表 …), for telling tables apart. */
export function titleAbove(sheet: SheetGrid, top: number, lines = LINES_ABOVE): string {
  return cellsOf(sheet, range(top - lines, top - 1))
    .map(normalizeLabel)
    .join(" ");
}
