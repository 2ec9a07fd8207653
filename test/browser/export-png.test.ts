// exportPng in a real browser: the exported SVG drawn through an <img> onto a
// canvas at 2× gives a PNG twice the SVG's size, with a drawing on it, and no
// Blob URL is left behind.
import { exportPng } from '../../src/export/png.ts';
import { exportLayout, exportSvg, type ExportInput } from '../../src/export/svg/index.ts';
import { endDay, startDay } from '../../src/data/partial-date.ts';
import { computeLayout, fitToViewport } from '../../src/layout/index.ts';
import { buildView, summarizeView, unionGraph, type ViewQuery } from '../../src/model/index.ts';
import { networkArea } from '../../src/render/index.ts';
import { graph } from '../unit/model/fixture.ts';
import { assert, assertEqual } from './helpers/assert.ts';

const q: ViewQuery = { range: { from: startDay('2023-01'), to: endDay('2024-12') }, mode: 'window', basis: 'reported' };

function input(theme: 'light' | 'dark'): ExportInput {
  const width = 640;
  const height = 420;
  const view = buildView(graph, q);
  const area = networkArea(view, { width, height });
  const positions = fitToViewport(computeLayout(unionGraph(graph)).positions, area.width, area.height, 40, { offset: area });
  return { graph, view, positions, width, height, theme, rangeLabel: 'January 2023 – December 2024', summary: summarizeView(graph, view, q) };
}

async function pixels(blob: Blob): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

/** Share of pixels that differ clearly from the given RGB background. */
function inkShare(data: Uint8ClampedArray, bg: readonly [number, number, number]): number {
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    const d = Math.abs(data[i]! - bg[0]) + Math.abs(data[i + 1]! - bg[1]) + Math.abs(data[i + 2]! - bg[2]);
    if (d > 24) ink++;
  }
  return ink / (data.length / 4);
}

describe('exportPng', () => {
  for (const [theme, bg] of [
    ['light', [255, 255, 255]],
    ['dark', [0x16, 0x18, 0x1d]],
  ] as const) {
    it(`draws the ${theme} SVG at 2× into a non-blank PNG`, async () => {
      const data = input(theme);
      const svg = exportSvg(document, data);
      const layout = exportLayout(data);
      const blob = await exportPng(svg, { scale: 2 });
      assertEqual(blob.type, 'image/png', 'blob type');
      const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
      assertEqual([...head].join(','), '137,80,78,71,13,10,26,10', 'PNG signature');
      const img = await pixels(blob);
      assertEqual(img.width, 2 * layout.width, 'PNG width is twice the SVG width');
      assertEqual(img.height, 2 * layout.height, 'PNG height is twice the SVG height');
      // Background painted (not transparent) and a drawing on it.
      assertEqual(img.data[3], 255, 'top-left pixel is opaque');
      const share = inkShare(img.data, bg);
      assert(share > 0.01 && share < 0.6, `ink share ${share} should show a drawing on the background`);
    });
  }

  it('revokes every Blob URL it creates', async () => {
    const created: string[] = [];
    const revoked: string[] = [];
    const create = URL.createObjectURL;
    const revoke = URL.revokeObjectURL;
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create.call(URL, obj);
      created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke.call(URL, url);
    };
    try {
      await exportPng(exportSvg(document, input('light')));
    } finally {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
    }
    assert(created.length > 0, 'a Blob URL was used');
    assertEqual(revoked.sort().join(' '), created.sort().join(' '), 'all created URLs revoked');
  });

  it('rejects an SVG without a size', async () => {
    let error: unknown;
    try {
      await exportPng('<svg xmlns="http://www.w3.org/2000/svg"/>');
    } catch (e) {
      error = e;
    }
    assert(error instanceof Error && /width and height/.test(error.message), 'sizeless SVG is refused');
  });
});
