/**
 * An .xlsx file is a zip archive. Before exceljs inflates anything (it reads every part whole into a string),
 * this reads the archive's central directory, a few bytes per part, and refuses what would not fit in memory:
 * a declared uncompressed total over MAX_UNCOMPRESSED_BYTES, or a large part compressed beyond what real XML
 * compresses. A part that inflates to more than it declared is refused while inflating, in constant memory,
 * so a lying header cannot get round the cap. Anything that is not an OOXML spreadsheet is NOT_WORKBOOK.
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { MAX_UNCOMPRESSED_BYTES, UnreadableFileError } from "./fileErrors";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; nothing else occurs in an .xlsx. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Deflate cannot exceed about 1,032 : 1, and only a run of one repeated pattern comes near it; sheet XML, with
 * its row numbers and cell addresses, stays well under 100 : 1, so 500 : 1 leaves room. Parts under
 * MIN_RATIO_CHECKED bytes are not judged (a bloated but real styles part of identical entries compresses well).
 */
const MAX_RATIO = 500;
const MIN_RATIO_CHECKED = 10 * 1024 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_END = 0x06064b50;
const U32_MAX = 0xffffffff;

const damaged = () => new UnreadableFileError("DAMAGED");

/** Reads little-endian integers, refusing any read outside the file as DAMAGED. */
class Reader {
  constructor(readonly buf: Buffer) {}
  private at(pos: number, size: number): number {
    if (!Number.isSafeInteger(pos) || pos < 0 || pos + size > this.buf.length) throw damaged();
    return pos;
  }
  u16 = (pos: number) => this.buf.readUInt16LE(this.at(pos, 2));
  u32 = (pos: number) => this.buf.readUInt32LE(this.at(pos, 4));
  u64 = (pos: number) => Number(this.buf.readBigUInt64LE(this.at(pos, 8)));
  text = (pos: number, length: number) => this.buf.toString("utf8", this.at(pos, length), pos + length);
}

/** The end-of-central-directory record: within the last 64 KB + 22 bytes (its comment is at most 64 KB). */
function findEnd(r: Reader): number {
  const last = r.buf.length - 22;
  for (let pos = last; pos >= Math.max(0, last - 0xffff); pos--) if (r.buf.readUInt32LE(pos) === SIG_END) return pos;
  throw damaged();
}

/** Where the central directory starts and how many entries it has, from the zip64 record when there is one. */
function directory(r: Reader): { offset: number; count: number } {
  const end = findEnd(r);
  const count = r.u16(end + 10);
  const offset = r.u32(end + 16);
  if (count !== 0xffff && offset !== U32_MAX) return { offset, count };
  const locator = end - 20;
  if (r.u32(locator) !== SIG_ZIP64_LOCATOR) throw damaged();
  const end64 = r.u64(locator + 8);
  if (r.u32(end64) !== SIG_ZIP64_END) throw damaged();
  return { offset: r.u64(end64 + 48), count: r.u64(end64 + 32) };
}

/** The sizes and offset that did not fit 32 bits, from the entry's zip64 extra field (id 1), in their fixed order. */
function zip64Fields(r: Reader, extraStart: number, extraEnd: number, needed: number): number[] {
  for (let p = extraStart; p + 4 <= extraEnd; p += 4 + r.u16(p + 2)) {
    if (r.u16(p) !== 1) continue;
    return Array.from({ length: needed }, (_, i) => r.u64(p + 4 + 8 * i));
  }
  throw damaged();
}

function readEntry(r: Reader, pos: number): { entry: ZipEntry; next: number } {
  if (r.u32(pos) !== SIG_CENTRAL) throw damaged();
  const nameLength = r.u16(pos + 28);
  const extraLength = r.u16(pos + 30);
  const extraStart = pos + 46 + nameLength;
  const raw = [r.u32(pos + 24), r.u32(pos + 20), r.u32(pos + 42)]; // uncompressed, compressed, offset
  const wide = raw.filter((v) => v === U32_MAX).length;
  const fields = wide ? zip64Fields(r, extraStart, extraStart + extraLength, wide) : [];
  const [uncompressedSize, compressedSize, localHeaderOffset] = raw.map((v) => (v === U32_MAX ? fields.shift()! : v));
  const entry = { name: r.text(pos + 46, nameLength), method: r.u16(pos + 10), compressedSize, uncompressedSize, localHeaderOffset };
  return { entry, next: extraStart + extraLength + r.u16(pos + 32) };
}

/**
 * The archive's parts as its central directory declares them; a file that is no zip is NOT_WORKBOOK (an .xls or an
 * encrypted workbook, OLE compound files, are told apart before: fileFormat.ts).
 */
export function zipEntries(data: Buffer): ZipEntry[] {
  if (data.length < 22 || data.readUInt32LE(0) !== SIG_LOCAL) throw new UnreadableFileError("NOT_WORKBOOK");
  const r = new Reader(data);
  const { offset, count } = directory(r);
  const entries: ZipEntry[] = [];
  // Each entry takes at least 46 bytes, so a count larger than the file allows is a damaged directory.
  if (count > data.length / 46) throw damaged();
  for (let i = 0, pos = offset; i < count; i++) {
    const { entry, next } = readEntry(r, pos);
    entries.push(entry);
    pos = next;
  }
  return entries;
}

/** Refuses a declared total over the cap, or a large part compressed beyond what real content compresses. */
export function checkDeclaredSizes(entries: ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (total > MAX_UNCOMPRESSED_BYTES || (e.uncompressedSize >= MIN_RATIO_CHECKED && ratio > MAX_RATIO)) {
      throw new UnreadableFileError("TOO_LARGE");
    }
  }
}

/** The part's compressed bytes, after its local header (whose name and extra lengths may differ from the directory's). */
function compressedBytes(data: Buffer, e: ZipEntry): Buffer {
  const r = new Reader(data);
  if (r.u32(e.localHeaderOffset) !== SIG_LOCAL) throw damaged();
  const start = e.localHeaderOffset + 30 + r.u16(e.localHeaderOffset + 26) + r.u16(e.localHeaderOffset + 28);
  if (start + e.compressedSize > data.length) throw damaged();
  return data.subarray(start, start + e.compressedSize);
}

/** Inflates a part only to count its bytes (16 KB at a time), stopping as soon as it exceeds what it declared. */
function checkInflatedSize(data: Buffer, e: ZipEntry): Promise<void> {
  const bytes = compressedBytes(data, e);
  if (e.method === 0) return bytes.length === e.uncompressedSize ? Promise.resolve() : Promise.reject(damaged());
  if (e.method !== 8) return Promise.reject(damaged());
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let size = 0;
    inflater.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > e.uncompressedSize) {
        inflater.destroy();
        reject(new UnreadableFileError("TOO_LARGE"));
      }
    });
    inflater.on("error", () => reject(damaged()));
    inflater.on("end", () => resolve());
    inflater.end(bytes);
  });
}

/** OOXML names its main part's type in [Content_Types].xml: a workbook (.xlsx, .xlsm, .xltx, .xltm) or something else. */
const WORKBOOK_TYPE = /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/;

/** A part's bytes, inflated at once: for parts whose declared size is already checked (never more than it). */
export function inflatePart(data: Buffer, e: ZipEntry): Buffer {
  const bytes = compressedBytes(data, e);
  if (e.method === 0) return bytes;
  try {
    return inflateRawSync(bytes, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  } catch {
    throw damaged();
  }
}

function checkContentTypes(data: Buffer, entries: ZipEntry[]): void {
  const types = entries.find((e) => e.name === "[Content_Types].xml");
  if (!types) throw new UnreadableFileError("NOT_WORKBOOK"); // an .ods, a .zip of anything
  if (types.method !== 0 && types.uncompressedSize === 0) throw damaged(); // as inflating into no room would
  const xml = inflatePart(data, types).toString("utf8");
  if (!WORKBOOK_TYPE.test(xml)) throw new UnreadableFileError("NOT_WORKBOOK"); // a .docx, a .pptx, an .xlsb
}

/**
 * Everything that can be known of a workbook file before it is inflated, and then that no part inflates to
 * more than it declared. Throws UnreadableFileError with NOT_WORKBOOK, TOO_LARGE or DAMAGED.
 */
export async function checkWorkbookFile(data: Buffer): Promise<void> {
  const entries = zipEntries(data);
  checkDeclaredSizes(entries);
  checkContentTypes(data, entries);
  for (const e of entries) await checkInflatedSize(data, e);
}
