/**
 * Workbook files built inside the tests through SheetJS (@e965/xlsx): .xls (BIFF8) as the 决算 software writes
 * them, .ods and .csv, and encrypted files faked as the compound files Excel writes (an EncryptionInfo stream
 * for an .xlsx; a FILEPASS record after the BOF of an .xls).
 */
import * as XLSX from "@e965/xlsx";
import { CellValue, SheetGrid } from "../../src/core/grid";

export interface XlsSheet {
  name: string;
  values: CellValue[][];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
  /** Merged areas, A1:B2. */
  merges?: string[];
  hidden?: boolean;
}

function toSheet(s: XlsSheet): XLSX.WorkSheet {
  const rows = s.values.map((r) => r.map((v) => (v !== null && typeof v === "object" ? { t: "e", v: XLSX.utils.decode_cell("A1").r } : v)));
  const ws = XLSX.utils.aoa_to_sheet(rows as unknown[][]);
  for (const [addr, z] of Object.entries(s.formats ?? {})) if (ws[addr]) ws[addr].z = z;
  if (s.merges) ws["!merges"] = s.merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

function book(sheets: XlsSheet[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, toSheet(s), s.name);
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  return wb;
}

export function xlsFile(sheets: XlsSheet[]): Buffer {
  return XLSX.write(book(sheets), { bookType: "biff8", type: "buffer" }) as Buffer;
}

export function odsFile(sheets: XlsSheet[]): Buffer {
  return XLSX.write(book(sheets), { bookType: "ods", type: "buffer" }) as Buffer;
}

/** The grids of the test helpers as sheets to write. */
export function fromGrids(grids: SheetGrid[]): XlsSheet[] {
  return grids.map((g) => ({ name: g.name, values: g.values, hidden: g.hidden }));
}

/** A compound file holding one stream of this name (WordDocument: a Word 97 .doc). */
export function compoundFile(stream: string): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, stream, Buffer.alloc(512, 1));
  return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/** What Excel writes for an .xlsx with a password: a compound file with EncryptionInfo and EncryptedPackage. */
export function encryptedXlsx(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", Buffer.alloc(64));
  return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/** An .xls with a password: a FILEPASS record (XOR obfuscation) right after the workbook stream's BOF record. */
export function encryptedXls(): Buffer {
  const cfb = XLSX.CFB.read(xlsFile([{ name: "S", values: [["a", 1]] }]), { type: "buffer" });
  const entry = XLSX.CFB.find(cfb, "Workbook")!;
  const content = Buffer.from(entry.content as Uint8Array);
  const bof = 4 + content.readUInt16LE(2);
  const filepass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
  entry.content = Buffer.concat([content.subarray(0, bof), filepass, content.subarray(bof)]);
  entry.size = entry.content.length;
  return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
}
