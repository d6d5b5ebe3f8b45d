/**
 * Draws the toolbar icons (public/icons/icon-{16,32,48,128}.png): a green rounded square holding three
 * linked rings, the chain (isnad) that ties a saying to who said it. Run `npx tsx src/dev/icons.ts` after
 * changing the drawing; the PNGs are committed. Pure Node: a tiny PNG encoder over zlib.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 48, 128];
const GREEN = [11, 110, 79];
const WHITE = [255, 255, 255];

/** Coverage (0..1) of the shape at a point in a 1×1 square. */
function shape(x: number, y: number): { bg: boolean; ring: boolean } {
  const r = 0.2; // corner radius of the square
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  const bg = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  // Three rings on a diagonal, overlapping like chain links.
  const centers = [
    [0.3, 0.7],
    [0.5, 0.5],
    [0.7, 0.3],
  ];
  const ring = centers.some(([ax, ay]) => {
    const d = Math.hypot(x - ax, y - ay);
    return d >= 0.11 && d <= 0.18;
  });
  return { bg, ring };
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size: number): Buffer {
  const ss = 4; // supersampling per axis, for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let ring = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const s = shape((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (s.bg) {
            bg++;
            if (s.ring) ring++;
          }
        }
      const n = ss * ss;
      const mix = bg ? ring / bg : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[o + i] = Math.round(GREEN[i] * (1 - mix) + WHITE[i] * mix);
      raw[o + 3] = Math.round((255 * bg) / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../../public/icons/icon-${size}.png`, import.meta.url), png(size));
console.log(`wrote public/icons/icon-{${SIZES.join(",")}}.png`);
