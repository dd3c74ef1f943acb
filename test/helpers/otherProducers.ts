/**
 * Workbooks as other programs write them (issue #14), generated in memory from the complete example: every
 * SpreadsheetML element under an `x:` prefix (.NET's Open XML SDK), rows and cells without `r` (their places
 * implied by order), and parts at paths of the writer's choosing, found only through the relationships.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeZip, unzip } from "./zip";

const COMPLETE = join(__dirname, "..", "..", "examples", "complete.xlsx");
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

type Parts = Map<string, string>;

/** The complete example's parts as text (all of them are XML). */
export function completeParts(): Parts {
  return new Map([...unzip(readFileSync(COMPLETE))].map(([name, data]) => [name, data.toString("utf8")]));
}

export function zipOf(parts: Parts): Buffer {
  return makeZip([...parts].map(([name, data]) => ({ name, data })));
}

/** The SpreadsheetML parts: those whose root declares the main namespace as the default one. */
const inMainNamespace = (xml: string) => xml.includes(`xmlns="${MAIN_NS}"`);

/**
 * The part with every unprefixed element under the prefix `x`, bound to the main namespace in place of the
 * default one. Prefixed elements (x14ac:, mc:, …) and every attribute keep their names.
 */
export function prefixed(xml: string): string {
  return xml.replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2");
}

/** Every SpreadsheetML part written with the `x:` prefix. */
export function withPrefixedNamespace(parts: Parts): Parts {
  return new Map([...parts].map(([name, xml]) => [name, inMainNamespace(xml) ? prefixed(xml) : xml]));
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** One `<row>` without `r` on it or its cells: each missing cell before a written one becomes an empty `<c/>`. */
function rowWithoutRefs(row: string): string {
  let col = 0;
  return row
    .replace(/^<row r="\d+"/, "<row")
    .replace(/<c r="([A-Z]+)\d+"/g, (_, letters: string) => {
      const at = columnNumber(letters);
      const gap = "<c/>".repeat(at - col - 1);
      col = at;
      return `${gap}<c`;
    });
}

/** The worksheet with no `r` on any row or cell: gaps are filled with empty rows and cells, so order says all. */
export function withoutRefs(sheet: string): string {
  let rowNo = 0;
  return sheet.replace(/<row r="(\d+)"[^>]*?(\/>|>[\s\S]*?<\/row>)/g, (row, r: string) => {
    const gap = "<row/>".repeat(Number(r) - rowNo - 1);
    rowNo = Number(r);
    return gap + rowWithoutRefs(row);
  });
}

export function withoutCellRefs(parts: Parts): Parts {
  return new Map([...parts].map(([name, xml]) => [name, /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? withoutRefs(xml) : xml]));
}

/**
 * Where each part goes, with the target its source's relationship names it by. The workbook leaves xl/ and is
 * named by an absolute target; the sheets go to a subfolder, the package root and a sibling folder, with
 * relative, absolute and `..` targets (not `./`, which LibreOffice does not resolve); the shared strings and styles are renamed.
 */
const MOVES: Record<string, { to: string; target: string }> = {
  "xl/workbook.xml": { to: "book/Workbook1.xml", target: "/book/Workbook1.xml" },
  "xl/worksheets/sheet1.xml": { to: "book/worksheets/data/s1.xml", target: "worksheets/data/s1.xml" },
  "xl/worksheets/sheet2.xml": { to: "sheet2.xml", target: "/sheet2.xml" },
  "xl/worksheets/sheet3.xml": { to: "parts/table.xml", target: "../parts/table.xml" },
  "xl/worksheets/sheet4.xml": { to: "book/s4.xml", target: "s4.xml" },
  "xl/sharedStrings.xml": { to: "book/strings/shared.xml", target: "strings/shared.xml" },
  "xl/styles.xml": { to: "book/Styles.xml", target: "/book/Styles.xml" },
  "xl/theme/theme1.xml": { to: "book/theme/colours.xml", target: "theme/colours.xml" },
};

/** The complete example's parts moved as MOVES says, with [Content_Types].xml and every relationship to match. */
export function atOtherPaths(parts: Parts): Parts {
  const moved: Parts = new Map();
  for (const [name, xml] of parts) moved.set(MOVES[name]?.to ?? name, xml);
  const targetOf = (old: string) => `Target="${MOVES[old].target}"`;
  moved.set("_rels/.rels", parts.get("_rels/.rels")!.replace('Target="xl/workbook.xml"', targetOf("xl/workbook.xml")));
  let rels = parts.get("xl/_rels/workbook.xml.rels")!;
  for (const old of Object.keys(MOVES).filter((n) => n !== "xl/workbook.xml")) {
    rels = rels.replace(`Target="${old.slice("xl/".length)}"`, targetOf(old));
  }
  moved.delete("xl/_rels/workbook.xml.rels");
  moved.set("book/_rels/Workbook1.xml.rels", rels);
  let types = parts.get("[Content_Types].xml")!;
  for (const [old, { to }] of Object.entries(MOVES)) types = types.replace(`PartName="/${old}"`, `PartName="/${to}"`);
  moved.set("[Content_Types].xml", types);
  return moved;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * A small workbook made by hand as a minimal writer would: the workbook at the package root, its sheets and
 * shared strings in folders of their own, everything under `x:` with the relationships under `rel:`, inline
 * and shared strings, and `r` on only some rows and cells. `sheets` replaces the two sheets' <x:sheetData>.
 */
export function handMadeWorkbook(sheets: { first: string; second: string } = HAND_MADE_SHEETS): Parts {
  const sheet = (data: string) => `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN_NS}">${data}</x:worksheet>`;
  return new Map([
    [
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
        `<Override PartName="/data/sheets/first.xml" ContentType="${TYPE}.worksheet+xml"/>` +
        `<Override PartName="/data/second.xml" ContentType="${TYPE}.worksheet+xml"/>` +
        `<Override PartName="/data/text.xml" ContentType="${TYPE}.sharedStrings+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Type="${REL}/officeDocument" Target="/workbook.xml" Id="R1"/></Relationships>`,
    ],
    [
      "workbook.xml",
      `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${MAIN_NS}" xmlns:rel="${REL}"><x:sheets>` +
        `<x:sheet name="甲表" sheetId="1" rel:id="R1"/><x:sheet name="乙表" sheetId="2" rel:id="R2"/></x:sheets></x:workbook>`,
    ],
    [
      "_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Type="${REL}/worksheet" Target="/data/sheets/first.xml" Id="R1"/>` +
        `<Relationship Type="${REL}/worksheet" Target="data/second.xml" Id="R2"/>` +
        `<Relationship Type="${REL}/sharedStrings" Target="data/text.xml" Id="R3"/></Relationships>`,
    ],
    ["data/sheets/first.xml", sheet(sheets.first)],
    ["data/second.xml", sheet(sheets.second)],
    [
      "data/text.xml",
      `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${MAIN_NS}" count="2" uniqueCount="2">` +
        `<x:si><x:t>共享一</x:t></x:si><x:si><x:t xml:space="preserve"> 共享二 </x:t></x:si></x:sst>`,
    ],
  ]);
}

/**
 * 甲表: A1 甲 (inline), B1 1, then E1 5 (given), F1 6; row 4 (given) A4 41; row 5 B5 52 (given), C5 53.
 * 乙表: no `r` anywhere: A1 共享一, B1 " 共享二 " (shared), A2 empty, B2 2.5.
 */
export const HAND_MADE_SHEETS = {
  first:
    `<x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c>` +
    `<x:c r="E1"><x:v>5</x:v></x:c><x:c><x:v>6</x:v></x:c></x:row>` +
    `<x:row r="4"><x:c><x:v>41</x:v></x:c></x:row><x:row><x:c r="B5"><x:v>52</x:v></x:c><x:c><x:v>53</x:v></x:c></x:row></x:sheetData>`,
  second:
    `<x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>` +
    `<x:row><x:c/><x:c><x:v>2.5</x:v></x:c></x:row></x:sheetData>`,
};
