/* global require, __dirname */
/**
 * Draws the add-in's icons (a red tile with three rising bars and a pace line) as PNG files in
 * assets/ at the sizes the manifest declares. Run: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const radius = size * 0.18;
  const bars = [
    { x0: 0.2, x1: 0.34, top: 0.58 },
    { x0: 0.43, x1: 0.57, top: 0.42 },
    { x0: 0.66, x1: 0.8, top: 0.26 },
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) / size;
      const py = (y + 0.5) / size;
      const dx = Math.max(radius - (x + 0.5), 0, x + 0.5 - (size - radius));
      const dy = Math.max(radius - (y + 0.5), 0, y + 0.5 - (size - radius));
      const inside = dx * dx + dy * dy <= radius * radius;
      let color = inside ? [196, 43, 28, 255] : [0, 0, 0, 0];
      if (
        inside &&
        bars.some((bar) => px >= bar.x0 && px <= bar.x1 && py >= bar.top && py <= 0.8)
      ) {
        color = [255, 255, 255, 255];
      }
      const onLine = Math.abs(py - (0.78 - 0.62 * (px - 0.14))) < Math.max(0.035, 1.2 / size);
      if (inside && onLine && px > 0.12 && px < 0.88) {
        color = [255, 214, 10, 255];
      }
      rgba.set(color, (y * size + x) * 4);
    }
  }
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), draw(size));
}
