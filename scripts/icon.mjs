// Draws the extension's icon (images/icon.png, 128×128): a document with lines of text and a check mark on the
// agency blue. Plain shapes, supersampled; PNG written with node:zlib. Usage: node scripts/icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128,
  S = 4; // size, supersampling
const BLUE = [31, 95, 168],
  WHITE = [255, 255, 255],
  FOLD = [201, 217, 239],
  AMBER = [242, 169, 0];
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r),
    cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segDist = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
};
/** The colour at a point of the 128-unit canvas, or null (transparent). */
function colour(x, y) {
  let c = null;
  if (inRoundRect(x, y, 4, 4, 124, 124, 22)) c = BLUE;
  // The page, its folded corner, three lines of text.
  const page = x >= 36 && x <= 98 && y >= 20 && y <= 108 && !(x > 80 && y < 20 + (x - 80));
  if (page) c = WHITE;
  if (x > 80 && x <= 98 && y >= 20 && y <= 38 && y >= 20 + (x - 80)) c = FOLD;
  for (const [y0, x1] of [
    [52, 86],
    [66, 86],
    [80, 70],
  ])
    if (page && y >= y0 - 2.5 && y <= y0 + 2.5 && x >= 48 && x <= x1) c = BLUE;
  // The check mark on an amber disc.
  if ((x - 89) ** 2 + (y - 93) ** 2 <= 20 ** 2) {
    c = AMBER;
    if (segDist(x, y, [79, 93], [86, 100]) <= 3.2 || segDist(x, y, [86, 100], [99, 86]) <= 3.2) c = WHITE;
  }
  return c;
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let py = 0; py < N; py++) {
  raw[py * (N * 4 + 1)] = 0;
  for (let px = 0; px < N; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < S; sy++)
      for (let sx = 0; sx < S; sx++) {
        const c = colour(px + (sx + 0.5) / S, py + (sy + 0.5) / S);
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
    const o = py * (N * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (S * S));
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`wrote images/icon.png (${png.length} bytes)`);
