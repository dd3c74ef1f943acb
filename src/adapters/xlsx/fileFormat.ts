/**
 * Which kind of file a workbook file is, from its first bytes: an .xlsx (a zip), an .xls or an encrypted
 * workbook (both OLE compound files: an encrypted .xlsx is one holding an EncryptionInfo stream), or not an
 * Excel workbook at all (.ods, .csv, text). An .xls is converted to .xlsx through SheetJS (@e965/xlsx, the
 * maintained build) so that one reader, exceljs, reads every workbook.
 */
import * as XLSX from "@e965/xlsx";

export type FileFormat = "xlsx" | "xls" | "encrypted" | "notExcel";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/**
 * An .xlsx is an Office Open XML package, its first entry [Content_Types].xml and its parts under xl/; an .ods
 * has neither (zip entry names are stored as they are, so they can be looked for in the bytes).
 */
const OOXML_NAMES = [Buffer.from("[Content_Types].xml"), Buffer.from("xl/")];

function startsWith(data: Buffer, magic: Buffer): boolean {
  return data.length >= magic.length && data.subarray(0, magic.length).equals(magic);
}

/** The compound file's streams, by name; none when it cannot be read as one. */
function streamNames(data: Buffer): string[] {
  try {
    return XLSX.CFB.read(data, { type: "buffer" }).FullPaths.map((p: string) => p.replace(/\/$/, "").split("/").pop() ?? "");
  } catch {
    return [];
  }
}

export function fileFormat(data: Buffer): FileFormat {
  if (startsWith(data, ZIP)) return OOXML_NAMES.some((name) => data.includes(name)) ? "xlsx" : "notExcel";
  if (!startsWith(data, OLE)) return "notExcel";
  const names = streamNames(data);
  if (names.includes("EncryptionInfo")) return "encrypted";
  return names.includes("Workbook") || names.includes("Book") ? "xls" : "notExcel";
}

export class EncryptedWorkbookError extends Error {}

/**
 * An .xls (BIFF8) as .xlsx bytes: values (formulas as their cached results), number formats, merged cells and
 * hidden sheets carry over; cell styles do not. An .xls with a password throws EncryptedWorkbookError.
 */
export function xlsToXlsx(data: Buffer): Buffer {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(data, { type: "buffer", cellNF: true, cellDates: false });
  } catch (e) {
    if (/password/i.test((e as Error).message)) throw new EncryptedWorkbookError("encrypted");
    throw e;
  }
  return XLSX.write(wb, { bookType: "xlsx", type: "buffer" }) as Buffer;
}
