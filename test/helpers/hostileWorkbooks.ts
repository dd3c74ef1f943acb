/**
 * Hostile .xlsx files of issue #14, generated in memory from the complete example: a sheet the tool never
 * reads with a cell far out in column XFD on every row, and shared strings that inflate to hundreds of MB.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ZipPart, deflatedZeros, makeZip, unzip } from "./zip";

const COMPLETE = join(__dirname, "..", "..", "examples", "complete.xlsx");

/** The complete example's parts, with `change` applied. */
function completeWith(change: (parts: Map<string, Buffer | ZipPart["data"]>) => void, options?: { zip64?: boolean; declared?: Record<string, number> }): Buffer {
  const parts: Map<string, Buffer | ZipPart["data"]> = unzip(readFileSync(COMPLETE));
  change(parts);
  return makeZip(
    [...parts].map(([name, data]) => ({ name, data, declaredSize: options?.declared?.[name] })),
    options,
  );
}

/** The complete example as it is, rewritten by the test's own zip writer (with zip64 records if asked). */
export function completeRewritten(zip64 = false): Buffer {
  return completeWith(() => {}, { zip64 });
}

/** A worksheet part whose `rows` rows each hold their number in column XFD (and, with `alsoInA`, in A too). */
function xfdSheet(rows: number, alsoInA = false): string {
  const a = (n: number) => (alsoInA ? `<c r="A${n}"><v>${n}</v></c>` : "");
  const sheetRows = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}">${a(i + 1)}<c r="XFD${i + 1}"><v>${i + 1}</v></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows.join("")}</sheetData></worksheet>`;
}

/** The complete example with its 问题与措施 sheet (one the tool reads) replaced by `rows` rows reaching column XFD. */
export function wideInputSheetWorkbook(rows: number): Buffer {
  return completeWith((parts) => parts.set("xl/worksheets/sheet4.xml", xfdSheet(rows, true)));
}

/** The complete example plus a sheet 附表 whose `rows` rows each hold one number in column XFD. */
export function wideSheetWorkbook(rows: number): Buffer {
  return completeWith((parts) => {
    const text = (name: string) => parts.get(name)!.toString();
    parts.set("xl/worksheets/sheet5.xml", xfdSheet(rows));
    parts.set("xl/workbook.xml", text("xl/workbook.xml").replace("</sheets>", '<sheet sheetId="5" name="附表" state="visible" r:id="rId99"/></sheets>'));
    parts.set(
      "xl/_rels/workbook.xml.rels",
      text("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet5.xml"/></Relationships>',
      ),
    );
    parts.set(
      "[Content_Types].xml",
      text("[Content_Types].xml").replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/sheet5.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    );
  });
}

/**
 * The complete example whose shared strings are `megabytes` MB of "0" (a few hundred KB compressed); with
 * `declaredSize`, the central directory lies about what they inflate to.
 */
export function sharedStringsBomb(megabytes: number, declaredSize?: number): Buffer {
  return completeWith((parts) => parts.set("xl/sharedStrings.xml", deflatedZeros(megabytes)), {
    declared: declaredSize === undefined ? undefined : { "xl/sharedStrings.xml": declaredSize },
  });
}
