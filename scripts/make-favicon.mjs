// Writes app/favicon.ico (16, 32 and 48 px) from the drawing of app/icon.svg: a rounded blue square with
// a white check mark. Browsers ask for /favicon.ico on their own; the SVG serves those that read <link>.
// Run again after changing the icon: node scripts/make-favicon.mjs
import { writeFileSync } from 'node:fs';

const BLUE = [0x0b, 0x4f, 0x8a];
const CHECK = [
  [8, 16.5],
  [13.5, 22],
  [24, 10.5],
]; // in the SVG's 32-unit square
const STROKE = 4;
const RADIUS = 6;

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), 32 - RADIUS),
    cy = Math.min(Math.max(y, RADIUS), 32 - RADIUS);
  return x >= 0 && x <= 32 && y >= 0 && y <= 32 && Math.hypot(x - cx, y - cy) <= RADIUS;
}

const onCheck = (p) => distanceToSegment(p, CHECK[0], CHECK[1]) <= STROKE / 2 || distanceToSegment(p, CHECK[1], CHECK[2]) <= STROKE / 2;

/** One image as a 32-bit BMP without its file header (what an ICO entry holds), 4x4 samples a pixel. */
function bitmap(size) {
  const samples = 4,
    scale = 32 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let square = 0,
        check = 0;
      for (let i = 0; i < samples; i++)
        for (let j = 0; j < samples; j++) {
          const p = [(col + (i + 0.5) / samples) * scale, (row + (j + 0.5) / samples) * scale];
          if (insideRoundedSquare(...p)) {
            square++;
            if (onCheck(p)) check++;
          }
        }
      const n = samples * samples,
        white = check / Math.max(square, 1);
      const [r, g, b] = BLUE.map((c) => Math.round(c + (255 - c) * white));
      const offset = ((size - 1 - row) * size + col) * 4; // rows bottom-up, BGRA
      pixels.set([b, g, r, Math.round((255 * square) / n)], offset);
    }
  }
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour and mask rows together
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(pixels.length, 20);
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

const sizes = [16, 32, 48];
const images = sizes.map(bitmap);
const directory = Buffer.alloc(6 + 16 * sizes.length);
directory.writeUInt16LE(1, 2);
directory.writeUInt16LE(sizes.length, 4);
let offset = directory.length;
sizes.forEach((size, i) => {
  const entry = 6 + 16 * i;
  directory.writeUInt8(size, entry);
  directory.writeUInt8(size, entry + 1);
  directory.writeUInt16LE(1, entry + 4);
  directory.writeUInt16LE(32, entry + 6);
  directory.writeUInt32LE(images[i].length, entry + 8);
  directory.writeUInt32LE(offset, entry + 12);
  offset += images[i].length;
});
writeFileSync(new URL('../app/favicon.ico', import.meta.url), Buffer.concat([directory, ...images]));
