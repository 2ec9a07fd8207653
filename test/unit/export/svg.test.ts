// @vitest-environment jsdom
// The standalone SVG snapshot: well-formed (jsdom and xmllint), drawable (rsvg-convert),
// complete (every edge and label of the view), safe (no script, handlers or external
// references, user text escaped) and pixel-faithful to the on-screen network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/data/load.ts';
import type { Graph } from '../../../src/data/types.ts';
import {
  assertSafeSvg,
  citedPublishers,
  exportLayout,
  exportSvg,
  SIPRI_CREDIT,
  sourcesLine,
  wrapText,
  type ExportInput,
} from '../../../src/export/svg/index.ts';
import { computeLayout, fitToViewport } from '../../../src/layout/index.ts';
import { buildView, summarizeView, unionGraph, type ViewQuery } from '../../../src/model/index.ts';
import { estimateTextWidth, networkArea, renderNetwork } from '../../../src/render/index.ts';
import { graph as fixture, input as fixtureInput } from '../model/fixture.ts';
import { query } from './helpers.ts';
import { CONTROL_NAME, nasty, SCRIPT_NAME } from './nasty-fixture.ts';
import { cropRows, decodePng, hasTool, inkShare, meanAbsDiff, pngSize, rsvgPng, xmllint } from './svg-png.ts';

const loaded = loadGraph(JSON.parse(readFileSync(join(process.cwd(), 'data/transfers.json'), 'utf8')));
if (!loaded.ok) throw new Error('data/transfers.json does not load');
const dataset = loaded.graph;

/** The app's pipeline: union layout once, fitted into the area the legend leaves free. */
function inputFor(graph: Graph, q: ViewQuery, extra: Partial<ExportInput> = {}): ExportInput {
  const width = extra.width ?? 800;
  const height = extra.height ?? 560;
  const view = buildView(graph, q);
  const { positions } = computeLayout(unionGraph(graph));
  const area = networkArea(view, { width, height });
  return {
    graph,
    view,
    positions: fitToViewport(positions, area.width, area.height, 40, { offset: area }),
    width,
    height,
    theme: 'light',
    rangeLabel: 'September 2023 – December 2024',
    summary: summarizeView(graph, view, q),
    ...extra,
  };
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

/** A tool the CI image installs: skipped locally (with a note) when absent, a failure in CI. */
function toolTest(tool: string): typeof it | typeof it.skip {
  if (hasTool(tool) || process.env['CI']) return it;
  console.warn(`${tool} is not installed: skipping its checks (apt-get install ${tool === 'xmllint' ? 'libxml2-utils' : 'librsvg2-bin'})`);
  return it.skip;
}
const withXmllint = toolTest('xmllint');
const withRsvg = toolTest('rsvg-convert');

const CASES: ReadonlyArray<[string, () => ExportInput]> = [
  ['fixture graph', () => inputFor(fixture, query('2023-01', '2024-12'))],
  [
    'data/transfers.json',
    () =>
      inputFor(dataset, query('2023-09', '2024-12'), {
        width: 960,
        height: 640,
        filtersLabel: 'Categories: all',
        permalink: 'https://example.org/atn/?from=2023-09&to=2024-12',
      }),
  ],
  ['data/transfers.json, narrow and dark', () => inputFor(dataset, query('2022-01', '2026-12', 'cumulative'), { width: 360, height: 480, narrow: true, theme: 'dark' })],
];

describe.each(CASES)('exportSvg: %s', (_name, make) => {
  const input = make();
  const text = exportSvg(document, input);
  const doc = parse(text);
  const root = doc.documentElement;

  it('is an XML document with an SVG root, size and viewBox', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const layout = exportLayout(input);
    expect(root.getAttribute('width')).toBe(String(layout.width));
    expect(root.getAttribute('height')).toBe(String(layout.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(layout.height).toBeGreaterThan(input.height);
  });

  it('has a title and the summary as its description', () => {
    const kids = [...root.children];
    expect(kids[0]?.localName).toBe('title');
    expect(kids[0]?.textContent).toBe(input.graph.meta.title);
    expect(kids[1]?.localName).toBe('desc');
    expect(kids[1]?.textContent).toBe(input.summary);
  });

  withXmllint('passes xmllint --noout', () => {
    const r = xmllint(text);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  withRsvg('renders with rsvg-convert to a non-blank PNG of the SVG size', () => {
    const png = rsvgPng(text);
    expect(pngSize(png)).toEqual({ width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) });
    const share = inkShare(decodePng(png));
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.6);
  });

  it('draws every edge of the view, once', () => {
    expect(input.view.edges.length).toBeGreaterThan(0);
    const keys = [...doc.querySelectorAll('g.edges > g[data-edge]')].map((g) => g.getAttribute('data-edge'));
    expect(keys.sort()).toEqual(input.view.edges.map((e) => e.key).sort());
  });

  it('writes every visible state’s label as text', () => {
    const texts = new Set([...doc.querySelectorAll('g.nodes text')].map((t) => t.textContent));
    for (const n of input.view.nodes) expect(texts, n.id).toContain(input.narrow ? n.shortLabel : n.label);
    // Halos as a copy underneath, not paint-order (which Illustrator ignores).
    expect(doc.querySelector('[paint-order]')).toBeNull();
    for (const g of doc.querySelectorAll('g.nodes > g[data-state]')) {
      const [halo, label] = [...g.querySelectorAll('text')];
      expect(halo?.getAttribute('class')).toBe('label-halo');
      expect(halo?.textContent).toBe(label?.textContent);
      expect(label?.hasAttribute('stroke')).toBe(false);
    }
  });

  it('keeps header and footer clear of the network area', () => {
    const { networkTop, networkHeight } = exportLayout(input);
    const baselines = (sel: string) => [...doc.querySelectorAll(sel)].map((t) => Number(t.getAttribute('y')));
    const header = baselines('.export-header text');
    const footer = baselines('.export-footer text');
    expect(header.length).toBeGreaterThanOrEqual(2);
    expect(footer.length).toBeGreaterThanOrEqual(2);
    for (const y of header) expect(y).toBeLessThan(networkTop);
    for (const y of footer) expect(y - 12).toBeGreaterThan(networkTop + networkHeight);
    // Header and footer text fits the width (by the same estimate that wraps it).
    for (const t of doc.querySelectorAll('.export-header text, .export-footer text')) {
      const size = Number(t.getAttribute('font-size'));
      expect(16 + estimateTextWidth(t.textContent ?? '', size)).toBeLessThanOrEqual(input.width);
    }
  });

  it('is safe: no script, handlers, foreignObject or external references', () => {
    expect(assertSafeSvg(text)).toEqual([]);
    expect(text).not.toMatch(/<script|foreignObject|javascript:|@import|xlink:href|\shref=/i);
    for (const el of doc.querySelectorAll('*')) {
      for (const a of el.attributes) {
        expect(a.name.startsWith('on'), `${el.localName} ${a.name}`).toBe(false);
        const url = /url\(([^)]*)\)/.exec(a.value);
        if (url) expect(url[1]).toMatch(/^#[\w-]+$/);
      }
    }
    // Markers used by edges all exist in the file.
    const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
    for (const p of doc.querySelectorAll('path[marker-end]')) {
      expect(ids).toContain(/^url\(#(.+)\)$/.exec(p.getAttribute('marker-end')!)![1]);
    }
  });

  it('rounds numbers to at most 2 decimals', () => {
    const numbers = [...doc.querySelectorAll('*')].flatMap((el) =>
      ['x', 'y', 'cx', 'cy', 'r', 'd', 'transform', 'x1', 'y1', 'x2', 'y2', 'width', 'height'].flatMap(
        (a) => el.getAttribute(a)?.match(/-?\d+(\.\d+)?/g) ?? [],
      ),
    );
    expect(numbers.length).toBeGreaterThan(50);
    for (const n of numbers) expect(n).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('is deterministic', () => {
    expect(exportSvg(document, make())).toBe(text);
  });
});

describe('exportSvg: header and footer', () => {
  it('names the range, filters, sources, update date and permalink', () => {
    const text = exportSvg(
      document,
      inputFor(fixture, query('2023-01', '2024-12'), {
        title: 'My title',
        filtersLabel: 'Categories: ballistic missiles',
        permalink: 'https://example.org/v?a=1&b=2',
        generatedAt: '2025-02-03',
      }),
    );
    const doc = parse(text);
    const header = [...doc.querySelectorAll('.export-header text')].map((t) => t.textContent).join(' ');
    const footer = [...doc.querySelectorAll('.export-footer text')].map((t) => t.textContent);
    expect(header).toBe('My title September 2023 – December 2024 · Categories: ballistic missiles');
    expect(doc.querySelector('title')?.textContent).toBe('My title');
    expect(footer).toEqual([
      'Sources: Example',
      'Data as of 1 January 2025 · CC BY 4.0 · exported 2025-02-03',
      'https://example.org/v?a=1&b=2',
    ]);
    expect(text).toContain('https://example.org/v?a=1&amp;b=2');
    expect(footer.join(' ')).not.toContain('SIPRI');
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/x', 'https://ex ample.org/'])(
    'drops the non-http(s) permalink %s',
    (permalink) => {
      const text = exportSvg(document, inputFor(fixture, query('2023-01', '2024-12'), { permalink }));
      expect(text.toLowerCase()).not.toContain('javascript');
      expect(text).not.toContain('ample.org');
      expect([...parse(text).querySelectorAll('.export-footer text')].at(-1)?.textContent).toMatch(/^Data as of/);
      expect(assertSafeSvg(text)).toEqual([]);
    },
  );

  it('credits SIPRI when a cited source is SIPRI’s, or the data came from the SIPRI importer', () => {
    const footer = (g: Graph) =>
      [...parse(exportSvg(document, inputFor(g, query('2023-01', '2024-12')))).querySelectorAll('.export-footer text')].map((t) => t.textContent);
    expect(footer(fixture)).not.toContain(SIPRI_CREDIT);
    const sipriSource = loadGraph({ ...fixtureInput, sources: fixtureInput.sources.map((s) => (s.id === 's3' ? { ...s, publisher: 'SIPRI' } : s)) });
    const imported = loadGraph({ ...fixtureInput, meta: { ...fixtureInput.meta, sipriDataGenerated: '2025-03-10' } });
    if (!sipriSource.ok || !imported.ok) throw new Error('variant fixture does not load');
    expect(footer(sipriSource.graph)).toContain(SIPRI_CREDIT);
    expect(footer(imported.graph)).toContain(SIPRI_CREDIT);
  });

  it('lists the most cited publishers first and counts the rest', () => {
    const view = buildView(dataset, query('2022-01', '2026-12', 'cumulative'));
    const publishers = citedPublishers(dataset, view);
    expect(new Set(publishers).size).toBe(publishers.length);
    expect(publishers.length).toBeGreaterThan(5);
    const line = sourcesLine(publishers);
    expect(line).toBe(`Sources: ${publishers.slice(0, 3).join(', ')} and ${publishers.length - 3} others`);
    expect(sourcesLine(['A'])).toBe('Sources: A');
    expect(sourcesLine(['A', 'B', 'C', 'D'])).toBe('Sources: A, B, C and D');
    expect(sourcesLine(['A', 'B', 'C', 'D', 'E'])).toBe('Sources: A, B, C and 2 others');
    expect(sourcesLine([])).toBe('');
  });

  it('wraps long text, cutting over-long words (URLs) after a separator', () => {
    const lines = wrapText('https://example.org/' + 'abcdefghij/'.repeat(12), 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('https://example.org/' + 'abcdefghij/'.repeat(12));
    for (const l of lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(200);
    expect(lines[0]!.endsWith('/')).toBe(true);
    expect(wrapText('one two three', 10, 1000)).toEqual(['one two three']);
  });
});

describe('exportSvg: hostile text', () => {
  const q = query('2024-01', '2024-12');
  const input = inputFor(nasty, q, { title: 'T </title><script>alert(2)</script>', filtersLabel: '"><svg onload=alert(3)>' });
  const text = exportSvg(document, input);
  const doc = parse(text);

  it('escapes markup in names, titles and labels; no script element exists', () => {
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toMatch(/<script/i);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.querySelector('[onload]')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain(SCRIPT_NAME);
    expect(texts).toContain('September 2023 – December 2024 · "><svg onload=alert(3)>');
    expect(doc.querySelector('title')?.textContent).toBe('T </title><script>alert(2)</script>');
    expect(assertSafeSvg(text)).toEqual([]);
  });

  it('drops characters XML forbids, keeping the rest of the name', () => {
    const texts = [...doc.querySelectorAll('g.nodes text')].map((t) => t.textContent);
    expect(texts).toContain('Bad Name 🚀');
    expect(texts).not.toContain(CONTROL_NAME);
  });

  withXmllint('still passes xmllint', () => {
    expect(xmllint(text).status).toBe(0);
  });
});

describe('assertSafeSvg', () => {
  const wrap = (body: string, attrs = '') =>
    `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs}>${body}</svg>`;

  it('accepts a plain SVG with local references', () => {
    expect(assertSafeSvg(wrap('<defs><marker id="m"/></defs><path d="M0,0L1,1" marker-end="url(#m)"/><use href="#m"/>'))).toEqual([]);
  });

  it.each([
    ['a script element', wrap('<script>alert(1)</script>'), /script/],
    ['a namespaced script element', wrap('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'), /script/],
    ['an onload handler', wrap('', ' onload="alert(1)"'), /event handler/],
    ['an onclick handler deep inside', wrap('<g><rect onclick="x()"/></g>'), /event handler/],
    ['an external href', wrap('<image href="https://evil.example/x.png"/>'), /not a local/],
    ['an external xlink:href', wrap('<use xlink:href="other.svg#a"/>'), /not a local/],
    ['a javascript: link', wrap('<a href="java&#9;script:alert(1)"><text>x</text></a>'), /script URL|not a local/],
    ['a foreignObject', wrap('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), /foreignObject/],
    ['an external url() fill', wrap('<rect fill="url(https://evil.example/p.svg#g)"/>'), /refers to url/],
    ['@import in a style element', wrap('<style>@import "https://evil.example/a.css";</style>'), /@import/],
    ['an animation that could rewrite an href', wrap('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'), /set/],
    ['a DOCTYPE with entities', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>`, /DOCTYPE/],
    ['a stylesheet processing instruction', `<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>`, /processing instruction/],
    ['broken XML', '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', /well-formed/],
    ['an HTML root', '<html xmlns="http://www.w3.org/1999/xhtml"/>', /not an SVG/],
  ])('flags %s', (_what, svg, pattern) => {
    const problems = assertSafeSvg(svg);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(pattern);
  });
});

describe('exportSvg: pixels', () => {
  // Tolerance: mean absolute difference over RGBA below 0.2 % of full scale. In practice it
  // is 0 (same elements, only translated below the header); shifting the network by
  // 2 px gives ~0.9 %, so the check catches misplacement, not just a blank area.
  const TOLERANCE = 0.002;

  withRsvg('the network area matches renderNetwork drawn alone (mean abs. difference < 0.2 %)', () => {
    const input = inputFor(dataset, query('2023-09', '2024-12'), { width: 720, height: 480, highlight: { focus: 'PRK' } });
    const layout = exportLayout(input);
    const alone = renderNetwork(document, input.view, input.positions, {
      width: input.width,
      height: input.height,
      theme: input.theme,
      highlight: { focus: 'PRK' },
    });
    const aloneText = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(alone)}`;
    const reference = decodePng(rsvgPng(aloneText));
    const exported = decodePng(rsvgPng(exportSvg(document, input)));
    const area = cropRows(exported, layout.networkTop, layout.networkHeight);
    const diff = meanAbsDiff(area, reference);
    expect(diff).toBeLessThan(TOLERANCE);
    // The comparison can fail: header rows differ from the network's first rows.
    expect(meanAbsDiff(cropRows(exported, 0, layout.networkHeight), reference)).toBeGreaterThan(diff);
  });
});
