/**
 * Hand-made zip archives for the hostile-file tests: parts with any declared size (a lying header), zip64
 * records, and deflate streams of hundreds of megabytes of "0" built in a few hundred kilobytes without ever
 * holding the inflated bytes.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { zipEntries } from "../../src/adapters/xlsx/zipCheck";

export interface ZipPart {
  name: string;
  /** The part's bytes, or a ready deflate stream with the size it inflates to. */
  data: Buffer | string | { deflated: Buffer; size: number };
  /** What the central directory claims the part inflates to (a lie, when it differs). */
  declaredSize?: number;
}

/**
 * A raw deflate stream of `megabytes` MB of the character "0": one megabyte compressed after a full flush
 * (so it depends on nothing before it), repeated, and a final empty block. About 1 KB per MB.
 */
export function deflatedZeros(megabytes: number): { deflated: Buffer; size: number } {
  const block = deflateRawSync(Buffer.alloc(1 << 20, "0"), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return { deflated: Buffer.concat([...Array<Buffer>(megabytes).fill(block), finalEmptyBlock]), size: megabytes * 2 ** 20 };
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

/** A zip archive of `parts`, deflated; with `zip64`, every size and offset goes in zip64 fields and records. */
export function makeZip(parts: ZipPart[], { zip64 = false } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = typeof p.data === "string" ? Buffer.from(p.data) : p.data;
    const [deflated, size, crc] = Buffer.isBuffer(raw) ? [deflateRawSync(raw), raw.length, crc32(raw)] : [raw.deflated, raw.size, 0];
    const declared = p.declaredSize ?? size;
    const name = Buffer.from(p.name);
    const head = [u16(zip64 ? 45 : 20), u16(0x0800), u16(8), u16(0), u16(0x21), u32(crc)];
    const extra = zip64 ? Buffer.concat([u16(1), u16(24), u64(declared), u64(deflated.length), u64(offset)]) : Buffer.alloc(0);
    const sizes = zip64 ? [u32(0xffffffff), u32(0xffffffff)] : [u32(deflated.length), u32(declared)];
    const local = Buffer.concat([u32(0x04034b50), ...head, ...sizes, u16(name.length), u16(0), name, deflated]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(zip64 ? 45 : 20),
        ...head,
        ...sizes,
        u16(name.length),
        u16(extra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(zip64 ? 0xffffffff : offset),
        name,
        extra,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const n = parts.length;
  const tail: Buffer[] = [];
  if (zip64) {
    const end64 = offset + directory.length;
    const record = [u16(45), u16(45), u32(0), u32(0), u64(n), u64(n), u64(directory.length), u64(offset)];
    tail.push(u32(0x06064b50), u64(44), ...record, u32(0x07064b50), u32(0), u64(end64), u32(1));
  }
  const count = zip64 ? 0xffff : n;
  tail.push(u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(directory.length), u32(zip64 ? 0xffffffff : offset), u16(0));
  return Buffer.concat([...locals, directory, ...tail]);
}

/** The parts of an archive, inflated (for small test archives only). */
export function unzip(data: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const e of zipEntries(data)) {
    const start = e.localHeaderOffset + 30 + data.readUInt16LE(e.localHeaderOffset + 26) + data.readUInt16LE(e.localHeaderOffset + 28);
    const bytes = data.subarray(start, start + e.compressedSize);
    parts.set(e.name, e.method === 0 ? bytes : inflateRawSync(bytes));
  }
  return parts;
}
