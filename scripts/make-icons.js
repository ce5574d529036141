#!/usr/bin/env node
/**
 * Draws the add-in's icons (a green tile with a white table and a check badge) and writes them as PNGs to
 * assets/icon-<size>.png. No image library: shapes are signed-distance tests, 4×4 supersampled, and the
 * PNG is written with zlib. Run `node scripts/make-icons.js` after changing the drawing; commit the PNGs.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [16, 124, 65]; // #107C41
const WHITE = [255, 255, 255];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const cy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(cx, cy) <= r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function inRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function nearSegment(x, y, ax, ay, bx, by, halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= halfWidth;
}

/** The colour at a point of the unit square (y down), or null where the icon is transparent. */
function colourAt(x, y) {
  if (!roundedRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.2)) return null;
  const badge = Math.hypot(x - 0.7, y - 0.7);
  if (badge <= 0.25) {
    if (badge > 0.21) return GREEN;
    const check =
      nearSegment(x, y, 0.6, 0.7, 0.67, 0.78, 0.035) || nearSegment(x, y, 0.67, 0.78, 0.81, 0.62, 0.035);
    return check ? GREEN : WHITE;
  }
  // The table: a solid header band, an outline, one row line and one column line.
  const t = { x0: 0.16, y0: 0.18, x1: 0.72, y1: 0.68, w: 0.055 };
  if (inRect(x, y, t.x0, t.y0, t.x1, t.y0 + 0.13)) return WHITE;
  if (inRect(x, y, t.x0, t.y0, t.x1, t.y1)) {
    const edge = x - t.x0 <= t.w || t.x1 - x <= t.w || t.y1 - y <= t.w;
    const rowLine = Math.abs(y - 0.5) <= t.w / 2;
    const colLine = Math.abs(x - 0.44) <= t.w / 2;
    if (edge || rowLine || colLine) return WHITE;
  }
  return GREEN;
}

function renderPixels(size) {
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / (n * n)) * 255);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let k = 0; k < 256; k++) {
    let c = k;
    for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[k] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGBA, no interlace) of the icon at the given size. */
function renderIcon(size) {
  const rgba = renderPixels(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

module.exports = { SIZES, renderIcon };

if (require.main === module) {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, renderIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
