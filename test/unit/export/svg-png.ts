// Test helpers for the SVG export: run the external tools (xmllint, rsvg-convert)
// and read their PNG output with a minimal decoder (8-bit RGB/RGBA, not interlaced,
// which is what rsvg-convert writes), so pixels can be compared without a library.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

export function hasTool(name: string): boolean {
  const r = spawnSync(name, ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

function withTemp<T>(f: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'svg-export-'));
  try {
    return f(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `xmllint --noout` on the text: stderr, or "" when the file is well-formed. */
export function xmllint(text: string): { status: number | null; stderr: string } {
  return withTemp((dir) => {
    const file = join(dir, 'in.svg');
    writeFileSync(file, text);
    const r = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr };
  });
}

/** Renders SVG text with rsvg-convert; throws with its stderr on failure. */
export function rsvgPng(text: string): Buffer {
  return withTemp((dir) => {
    const file = join(dir, 'in.svg');
    const out = join(dir, 'out.png');
    writeFileSync(file, text);
    const r = spawnSync('rsvg-convert', ['--format=png', '--output', out, file], { encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Error(`rsvg-convert failed (${r.status}): ${r.stderr || r.error?.message}`);
    return readFileSync(out);
  });
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes per pixel, row-major. */
  readonly data: Uint8Array;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function decodePng(png: Buffer): Raster {
  const { width, height } = pngSize(png);
  const bitDepth = png[24];
  const colourType = png[25];
  const interlace = png[28];
  if (bitDepth !== 8 || (colourType !== 6 && colourType !== 2) || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`);
  }
  const channels = colourType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter}`);
      rows[y * stride + x] = v & 255;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data.set(rows.subarray(i * 3, i * 3 + 3), i * 4);
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

/** Rows [top, top + height) of a raster. */
export function cropRows(r: Raster, top: number, height: number): Raster {
  return { width: r.width, height, data: r.data.subarray(top * r.width * 4, (top + height) * r.width * 4) };
}

/** Mean absolute difference over all channels, as a fraction of 255 (0 = identical). */
export function meanAbsDiff(a: Raster, b: Raster): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`size ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length / 255;
}

/** Share of pixels that differ from the top-left pixel (the background) by more than a little. */
export function inkShare(r: Raster): number {
  const bg = r.data.subarray(0, 4);
  let ink = 0;
  for (let i = 0; i < r.width * r.height; i++) {
    let d = 0;
    for (let k = 0; k < 4; k++) d += Math.abs(r.data[i * 4 + k]! - bg[k]!);
    if (d > 24) ink++;
  }
  return ink / (r.width * r.height);
}
