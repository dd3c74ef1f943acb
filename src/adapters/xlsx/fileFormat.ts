/**
 * Old and encrypted workbooks. Both are OLE compound files: an .xls holds a Workbook (or Book) stream, and an
 * .xlsx with a password to open is one holding EncryptionInfo. An .xls is converted to .xlsx through SheetJS
 * (@e965/xlsx, the maintained build), so that one reader, exceljs, reads every workbook, after the same checks
 * (zipCheck.ts) on what the conversion made.
 */
import * as XLSX from "@e965/xlsx";
import { UnreadableFileError } from "./fileErrors";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function isCompoundFile(data: Buffer): boolean {
  return data.length >= OLE_MAGIC.length && data.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC);
}

/** The compound file's streams, by name; undefined when it cannot be read as one. */
function streamNames(data: Buffer): string[] | undefined {
  try {
    return XLSX.CFB.read(data, { type: "buffer" }).FullPaths.map((p: string) => p.replace(/\/$/, "").split("/").pop() ?? "");
  } catch {
    return undefined;
  }
}

/**
 * An .xls (BIFF8) as .xlsx bytes: values, formulas with their cached results, number formats, merged cells and
 * hidden sheets carry over; cell styles do not. Throws UnreadableFileError: ENCRYPTED for a password (an
 * encrypted .xls or .xlsx), NOT_WORKBOOK for a compound file that is no workbook (a .doc), DAMAGED otherwise.
 */
export function xlsToXlsx(data: Buffer): Buffer {
  const names = streamNames(data);
  if (!names) throw new UnreadableFileError("DAMAGED");
  if (names.includes("EncryptionInfo")) throw new UnreadableFileError("ENCRYPTED");
  if (!names.includes("Workbook") && !names.includes("Book")) throw new UnreadableFileError("NOT_WORKBOOK");
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(data, { type: "buffer", cellNF: true, cellDates: false });
  } catch (e) {
    throw new UnreadableFileError(/password/i.test((e as Error).message) ? "ENCRYPTED" : "DAMAGED");
  }
  return XLSX.write(wb, { bookType: "xlsx", type: "buffer" }) as Buffer;
}
