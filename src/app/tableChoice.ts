/** A place as findings name it (Sheet!A10:J18) turned into a table choice: the pane's picker and --table alike. */
import { parseA1 } from "../core/address";
import type { TableChoices } from "./evaluateWorkbook";

export type TableChoice = NonNullable<TableChoices>[keyof NonNullable<TableChoices>];

/** "自评表!A10:J18" (or a single cell) → the sheet and range; undefined for anything else. */
export function placeChoice(place: string): TableChoice | undefined {
  const bang = place.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(place.slice(bang + 1));
  if (!m) return undefined;
  const from = parseA1(`${m[1].toUpperCase()}${m[2]}`);
  const to = parseA1(`${(m[3] ?? m[1]).toUpperCase()}${m[4] ?? m[2]}`);
  const range = {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
  return { sheet: place.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), range };
}
