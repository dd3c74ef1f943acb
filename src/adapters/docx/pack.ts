/**
 * Packs a document into .docx bytes that depend on its content alone. The library stamps the clock into
 * docProps/core.xml and into every zip entry; the same text must give the same file from the CLI and the pane
 * (and on any day), so both get the report's own date. It also writes the font table, which the library
 * leaves empty, so that each font names its fallback.
 */
import { Document, Packer } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { ReportDocumentWriter } from "../../app/exportReport";
import { FACES } from "./gongwen";
import { reportDocument } from "./reportDocx";

/**
 * word/fontTable.xml by hand: the library writes font entries only for embedded fonts. Each face names its
 * fallback (w:altName), the GB2312 character set (86) and variable pitch, as documents saved by Word do.
 */
export function fontTableXml(): string {
  const fonts = Object.values(FACES).map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/>` +
      `<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join("")}</w:fonts>`
  );
}

const TIMESTAMPS = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:)/g;

/**
 * A zip entry's time is local time without a zone: the date's own day at midnight, whatever the machine's zone,
 * so a browser and a terminal in different zones write the same bytes.
 */
function zipTime(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Date(y, m - 1, d);
}

/** `created` is an ISO time in UTC (DocumentProperties.created), between 1980 and 2107 as zip dates are. */
export async function packDocx(doc: Document, created: string): Promise<Uint8Array> {
  const packed = await Packer.pack(doc, "uint8array", false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
  const files = unzipSync(packed);
  const core = "docProps/core.xml";
  files[core] = strToU8(strFromU8(files[core]).replace(TIMESTAMPS, `$1${created}$2`));
  return zipSync(files, { mtime: zipTime(created), level: 6 });
}

/** The writer the use case exportReportDocx (src/app) is given by the CLI and the pane. */
export const docxWriter: ReportDocumentWriter = {
  write: (blocks, properties) => packDocx(reportDocument(blocks, properties), properties.created),
};
