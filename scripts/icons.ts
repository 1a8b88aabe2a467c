/**
 * Draws the toolbar icons: a rounded square holding a four-point star, the ✦ of the field button.
 * public/icon/<size>.png (blue square, white star) is for light toolbars and is the one Chrome uses
 * everywhere (it carries its own background, so it reads on dark toolbars too); public/icon-on-dark/
 * (light blue square, dark star) is what Firefox shows on dark themes (`theme_icons`). Run once with
 * `npx tsx scripts/icons.ts`; the PNGs are committed. The shapes are the same as public/icon.svg.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
type Rgb = [number, number, number];
const BLUE: Rgb = [47, 91, 211];
const WHITE: Rgb = [255, 255, 255];
// The dark palette's accent and background (components/base.css), so the icon matches the pages.
const LIGHT_BLUE: Rgb = [143, 176, 255];
const DARK: Rgb = [31, 31, 35];
const SUB = 6; // subsamples per axis, for smooth edges

/** Inside the rounded square of side 1 (corner radius 0.22), coordinates 0..1. */
function inSquare(x: number, y: number): boolean {
  const r = 0.22;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

/** Inside the four-point star centred at 0.5 (an astroid: |x|^½ + |y|^½ ≤ R^½). */
function inStar(x: number, y: number): boolean {
  const R = 0.36;
  return Math.sqrt(Math.abs(x - 0.5)) + Math.sqrt(Math.abs(y - 0.5)) <= Math.sqrt(R);
}

function crcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}
const CRC = crcTable();
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, square: Rgb, star: Rgb): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let inside = 0;
      let onStar = 0;
      for (let sy = 0; sy < SUB; sy++)
        for (let sx = 0; sx < SUB; sx++) {
          const x = (px + (sx + 0.5) / SUB) / size;
          const y = (py + (sy + 0.5) / SUB) / size;
          if (inSquare(x, y)) {
            inside++;
            if (inStar(x, y)) onStar++;
          }
        }
      const n = SUB * SUB;
      const t = inside ? onStar / inside : 0;
      const o = 1 + px * 4;
      for (let ch = 0; ch < 3; ch++)
        row[o + ch] = Math.round((square[ch] ?? 0) * (1 - t) + (star[ch] ?? 0) * t);
      row[o + 3] = Math.round((255 * inside) / n);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon-on-dark', { recursive: true });
for (const size of SIZES) {
  writeFileSync(`public/icon/${size}.png`, png(size, BLUE, WHITE));
  writeFileSync(`public/icon-on-dark/${size}.png`, png(size, LIGHT_BLUE, DARK));
}
