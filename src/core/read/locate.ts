/**
 * Choosing which place to read when a kind of table is found in several: the one the user named, else the only
 * one on a visible sheet, else the only one on a hidden sheet. Two or more left is ambiguity, which is said,
 * never guessed: an AMBIGUOUS_TABLE error naming every place, and none is read.
 */
import { a1 } from "../address";
import { Finding, finding } from "../findings";
import { WorkbookGrid } from "../grid";
import { CellRange, TablePlace, TableReader, placeName } from "./table";

/** A place the user named for a kind of table (the CLI's --table KIND=Sheet!A1:J20). */
export interface TableChoice {
  sheet: string;
  range: CellRange;
}

export interface Chosen {
  place?: TablePlace;
  /** Several places and no way to choose: the table is neither read nor reported missing. */
  ambiguous: boolean;
  findings: Finding[];
}

function contains(outer: CellRange, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

function rangeStart(p: TablePlace): string {
  return a1(p.range.top, p.range.left);
}

function chosenPlace(reader: TableReader<object>, places: TablePlace[], grid: WorkbookGrid, choice: TableChoice): Chosen {
  const sheet = grid.sheets.find((s) => s.name === choice.sheet);
  if (!sheet) {
    const invalid = finding("error", "TABLE_CHOICE_INVALID", choice.sheet, "A1", { kind: reader.key, sheet: choice.sheet });
    return { ambiguous: true, findings: [invalid] };
  }
  // The place found inside the range the user gave, else the range itself (the reader then looks only there).
  const inside = places.find((p) => p.sheet === sheet && contains(choice.range, p.range.top, p.range.left));
  return { place: inside ?? { sheet, range: choice.range }, ambiguous: false, findings: [] };
}

/** What is said about the place read: the same kind left on hidden sheets, and a place on a hidden sheet. */
function saidOf(reader: TableReader<object>, place: TablePlace, places: TablePlace[]): Finding[] {
  const kind = reader.key;
  const findings: Finding[] = [];
  const others = places.filter((p) => p !== place).map(placeName);
  if (others.length > 0) {
    findings.push(
      finding("warning", "HIDDEN_TABLE_IGNORED", place.sheet.name, rangeStart(place), { kind, chosen: placeName(place), others }),
    );
  }
  if (place.sheet.hidden) {
    findings.push(finding("warning", "TABLE_ON_HIDDEN_SHEET", place.sheet.name, rangeStart(place), { kind, sheet: place.sheet.name }));
  }
  return findings;
}

export function locate(reader: TableReader<object>, places: TablePlace[], grid: WorkbookGrid, choice?: TableChoice): Chosen {
  if (choice) return chosenPlace(reader, places, grid, choice);
  const visible = places.filter((p) => !p.sheet.hidden);
  const pool = visible.length > 0 ? visible : places;
  if (pool.length > 1) {
    const params = { kind: reader.key, places: pool.map(placeName) };
    return { ambiguous: true, findings: [finding("error", "AMBIGUOUS_TABLE", pool[0].sheet.name, rangeStart(pool[0]), params)] };
  }
  const place = pool[0];
  return place ? { place, ambiguous: false, findings: saidOf(reader, place, places) } : { ambiguous: false, findings: [] };
}
