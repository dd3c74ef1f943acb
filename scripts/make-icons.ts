/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): a Fluent-blue rounded square with a white
 * ascending bar chart and a tick, the idea of "scoring". Plain RGBA pixels encoded as PNG with zlib, so no
 * image tool is needed. Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Coverage of pixel (x, y) by a shape, sampled 4×4 for smooth edges at small sizes. */
function coverage(inside: (x: number, y: number) => boolean, x: number, y: number): number {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}

export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const s = size;
  const r = s * 0.18;
  const square = (x: number, y: number) => {
    const cx = Math.min(Math.max(x, r), s - r);
    const cy = Math.min(Math.max(y, r), s - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const bars = [
    [0.2, 0.62, 0.16],
    [0.42, 0.45, 0.16],
    [0.64, 0.28, 0.16],
  ];
  const bar = (x: number, y: number) => bars.some(([bx, top, w]) => x >= bx * s && x <= (bx + w) * s && y >= top * s && y <= 0.8 * s);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const a = coverage(square, x, y);
      const w = coverage(bar, x, y);
      const i = (y * s + x) * 4;
      // Fluent brand blue #0F6CBD under white bars.
      px[i] = Math.round(15 + (255 - 15) * w);
      px[i + 1] = Math.round(108 + (255 - 108) * w);
      px[i + 2] = Math.round(189 + (255 - 189) * w);
      px[i + 3] = Math.round(255 * a);
    }
  }
  return px;
}

if (require.main === module) {
  for (const size of [16, 32, 64, 80, 128]) {
    const file = join(__dirname, "..", "assets", `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}
