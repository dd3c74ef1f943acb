/** Reading single cells where a number or an amount belongs, with the finding when they hold something else. */
import { a1 } from "../address";
import { Finding, finding } from "../findings";
import { SheetGrid, cellFormat, cellValue } from "../grid";
import { Amount, AmountUnit } from "../model";
import { Parsed, parseNumberCell } from "../parse";

/** Quoted cell content is cut to this length in messages. */
const MAX_QUOTED = 40;

/** What a cell held, for a message. */
export function describeParsed(p: Parsed): string {
  switch (p.kind) {
    case "empty":
      return "";
    case "error":
      return p.error;
    case "text":
      return p.text.length > MAX_QUOTED ? `${p.text.slice(0, MAX_QUOTED)}…` : p.text;
    case "number":
      return p.text;
  }
}

/** A cell where a number is expected, parsed with its number format. */
export function numberAt(sheet: SheetGrid, row: number, col: number): Parsed {
  return parseNumberCell(cellValue(sheet, row, col), cellFormat(sheet, row, col));
}

/**
 * An amount in the workbook's unit; converts between 元 and 万元 when the cell says which it is, or else when
 * the table it is in states another unit (`written`: a 决算 table in 元). Exact: 元 ÷ 10000 is a decimal.
 * Text or a percentage is a NOT_A_NUMBER finding; an empty cell is simply no amount.
 */
export function readAmount(
  sheet: SheetGrid,
  row: number,
  col: number,
  field: string,
  unit: AmountUnit,
  written: AmountUnit = unit,
): { amount?: Amount; findings: Finding[] } {
  const cell = a1(row, col);
  const p = numberAt(sheet, row, col);
  if (p.kind === "empty") return { findings: [] };
  if (p.kind !== "number" || p.percent) {
    return { findings: [finding("error", "NOT_A_NUMBER", sheet.name, cell, { field, text: describeParsed(p) })] };
  }
  const from = p.unit === "元" || p.unit === "万元" ? p.unit : written;
  let value = p.value;
  if (from === "元" && unit === "万元") value = value.div(10000);
  else if (from === "万元" && unit === "元") value = value.times(10000);
  return { amount: { sheet: sheet.name, cell, value, text: p.text }, findings: [] };
}
