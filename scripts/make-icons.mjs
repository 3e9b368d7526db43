// Generates the extension icons in public/icon/ (16, 32, 48, 96, 128 px).
// No dependencies: shapes are drawn with per-pixel math (4x4 supersampling)
// and encoded as RGBA PNGs with node:zlib and a hand-written CRC32.
// Deterministic: the same bytes are written on every run.
// Usage: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128];
const BLUE = [0x00, 0x5a, 0x9c];
const WHITE = [0xff, 0xff, 0xff];
const SS = 4; // 4x4 supersampling

// ---------- PNG encoder ----------
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0 (None)
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- geometry (unit square coordinates, y down) ----------
// Signed distance to a rounded rectangle (negative inside).
function sdRoundRect(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  const ox = Math.max(qx, 0), oy = Math.max(qy, 0);
  return Math.hypot(ox, oy) + Math.min(Math.max(qx, qy), 0) - r;
}
function distSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
function distPolyline(x, y, pts) {
  let d = Infinity;
  for (let i = 0; i + 1 < pts.length; i++) {
    d = Math.min(d, distSegment(x, y, pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1]));
  }
  return d;
}
function inTriangle(x, y, [a, b, c]) {
  const s = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = s(a, b), d2 = s(b, c), d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

// Full design: white speech bubble with a blue check mark.
const BUBBLE = { x0: 0.17, y0: 0.19, x1: 0.83, y1: 0.69, r: 0.13 };
const TAIL = [[0.26, 0.6], [0.46, 0.6], [0.23, 0.85]];
const CHECK = [[0.34, 0.45], [0.45, 0.56], [0.66, 0.33]];
const CHECK_HALF_WIDTH = 0.055;
// Small design (16 px): bold white check only.
const CHECK_SMALL = [[0.24, 0.52], [0.42, 0.7], [0.77, 0.33]];
const CHECK_SMALL_HALF_WIDTH = 0.095;
const SQUARE_RADIUS = 0.22;

// Colour of one sample point, or null when transparent.
function sample(x, y, small) {
  if (sdRoundRect(x, y, 0, 0, 1, 1, SQUARE_RADIUS) > 0) return null;
  if (small) {
    return distPolyline(x, y, CHECK_SMALL) <= CHECK_SMALL_HALF_WIDTH ? WHITE : BLUE;
  }
  const b = BUBBLE;
  const inBubble = sdRoundRect(x, y, b.x0, b.y0, b.x1, b.y1, b.r) <= 0 || inTriangle(x, y, TAIL);
  if (!inBubble) return BLUE;
  return distPolyline(x, y, CHECK) <= CHECK_HALF_WIDTH ? BLUE : WHITE;
}

function render(size) {
  const small = size < 24;
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0, g = 0, bl = 0, n = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = sample((pxi + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, small);
          if (!c) continue;
          r += c[0]; g += c[1]; bl += c[2]; n++;
        }
      }
      const o = (py * size + pxi) * 4;
      if (n > 0) {
        // Colour averaged over covered samples (un-premultiplied), alpha = coverage.
        px[o] = Math.round(r / n);
        px[o + 1] = Math.round(g / n);
        px[o + 2] = Math.round(bl / n);
        px[o + 3] = Math.round((n * 255) / (SS * SS));
      }
    }
  }
  return encodePng(size, size, px);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `${size}.png`);
  const png = render(size);
  writeFileSync(file, png);
  console.log(`${relative(ROOT, file)}  ${size}x${size}  ${png.length} bytes`);
}
