// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeXml, exportGexf, exportGraphML, stripInvalidXml } from '../../../src/export/data/index.ts';
import { buildView } from '../../../src/model/index.ts';
import { graph } from '../model/fixture.ts';
import { query } from './helpers.ts';
import { AMP_NAME, CONTROL_NAME, FORMULA_NAME, nasty, SCRIPT_NAME } from './nasty-fixture.ts';

const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';
const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';

/** jsdom's XML parser is strict: any well-formedness error yields a <parsererror> document. */
function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const all = (root: Document | Element, ns: string, tag: string) => [...root.getElementsByTagNameNS(ns, tag)];

describe('escapeXml', () => {
  it('escapes markup characters and whitespace that attributes would normalise', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('strips characters XML 1.0 forbids and keeps astral characters', () => {
    expect(stripInvalidXml('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf')).toBe('abcdef');
    expect(stripInvalidXml('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(stripInvalidXml('rocket 🚀 é ü 中')).toBe('rocket 🚀 é ü 中');
  });
});

describe('exportGraphML', () => {
  const q = query('2023-09', '2024-12');
  const view = buildView(graph, q);
  const positions = new Map([
    ['RUS', { x: 12.5, y: -40 }],
    ['PRK', { x: -3, y: 7.25 }],
  ]);

  it('declares keys and writes one node per view node and one directed edge per aggregated edge', () => {
    const doc = parseXml(exportGraphML(graph, view, q, positions));
    expect(doc.documentElement.namespaceURI).toBe(GRAPHML);
    const g = all(doc, GRAPHML, 'graph')[0]!;
    expect(g.getAttribute('edgedefault')).toBe('directed');
    const nodes = all(doc, GRAPHML, 'node');
    const edges = all(doc, GRAPHML, 'edge');
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(view.nodes.map((n) => n.id));
    expect(edges.map((e) => e.getAttribute('id'))).toEqual(view.edges.map((e) => e.key));
    expect(edges.map((e) => [e.getAttribute('source'), e.getAttribute('target')])).toEqual(view.edges.map((e) => [e.supplier, e.recipient]));

    const keys = new Map(all(doc, GRAPHML, 'key').map((k) => [k.getAttribute('id'), k]));
    for (const name of ['name', 'kind', 'aliases', 'x', 'y', 'volume']) expect(keys.get(`n_${name}`)?.getAttribute('for')).toBe('node');
    for (const name of ['category', 'status', 'style', 'quantity', 'quantity_unit', 'transfers', 'sources', 'items']) {
      expect(keys.get(`e_${name}`)?.getAttribute('for')).toBe('edge');
    }
    for (const d of all(doc, GRAPHML, 'data')) expect(keys.has(d.getAttribute('key'))).toBe(true);
  });

  it('carries the view values: status, style, quantity, counts, items, positions, volume', () => {
    const doc = parseXml(exportGraphML(graph, view, q, positions));
    const values = (el: Element) => Object.fromEntries(all(el, GRAPHML, 'data').map((d) => [d.getAttribute('key')!.slice(2), d.textContent]));
    const edges = all(doc, GRAPHML, 'edge');
    view.edges.forEach((edge, i) => {
      const d = values(edges[i]!);
      expect(d).toMatchObject({
        category: edge.category,
        status: edge.status,
        style: edge.style,
        transfers: String(edge.transfers.length),
        sources: String(edge.sourceCount),
        contested: String(edge.contested),
      });
      expect(d.quantity).toBe(edge.quantity ? String(edge.quantity.value) : undefined);
    });
    const irn = values(edges.find((e) => e.getAttribute('id') === 'IRN-RUS-ballistic-missiles')!);
    expect(irn).toMatchObject({ status: 'delivered', style: 'solid', contested: 'true', quantity: '200', quantity_unit: 'missiles', items: 'Fath-360' });
    const nodes = new Map(all(doc, GRAPHML, 'node').map((n) => [n.getAttribute('id'), values(n)]));
    expect(nodes.get('RUS')).toMatchObject({ name: 'Russia', kind: 'state', x: '12.5', y: '-40', volume: '5' });
    expect(nodes.get('PRK')).toMatchObject({ name: 'North Korea', label: 'N. Korea', aliases: 'DPRK', x: '-3', y: '7.25' });
    expect(nodes.get('IRN')).not.toHaveProperty('x'); // no position given: no value rather than a made-up one
    const graphData = Object.fromEntries(all(doc, GRAPHML, 'data').filter((d) => d.parentElement?.localName === 'graph').map((d) => [d.getAttribute('key'), d.textContent]));
    expect(graphData).toMatchObject({ g_title: 'Fixture', g_from: '2023-09-01', g_to: '2024-12-31', g_mode: 'window' });
  });

  it('writes an empty but valid graph for an empty view', () => {
    const eq = query('2010', '2010');
    const doc = parseXml(exportGraphML(graph, buildView(graph, eq), eq));
    expect(all(doc, GRAPHML, 'node')).toHaveLength(0);
    expect(all(doc, GRAPHML, 'edge')).toHaveLength(0);
  });

  it('escapes hostile names so they round-trip as text, never as markup', () => {
    const nq = query('2024', '2024');
    const nview = buildView(nasty, nq);
    const out = exportGraphML(nasty, nview, nq);
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/[\u0001\uFFFE]/);
    const doc = parseXml(out);
    expect(all(doc, 'http://www.w3.org/1999/xhtml', 'script')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const names = new Map(
      all(doc, GRAPHML, 'node').map((n) => [n.getAttribute('id'), all(n, GRAPHML, 'data').find((d) => d.getAttribute('key') === 'n_name')!.textContent]),
    );
    expect(names.get('USA')).toBe(SCRIPT_NAME);
    expect(names.get('UKR')).toBe(AMP_NAME);
    expect(names.get('GRP1')).toBe(FORMULA_NAME);
    expect(names.get('FRA')).toBe('Bad Name 🚀');
    expect(all(doc, GRAPHML, 'node')).toHaveLength(nview.nodes.length);
    expect(all(doc, GRAPHML, 'edge')).toHaveLength(nview.edges.length);
    const aliases = all(doc, GRAPHML, 'data').find((d) => d.getAttribute('key') === 'n_aliases')!.textContent;
    expect(aliases).toBe('A & B; x"y');
    const title = all(doc, GRAPHML, 'data').find((d) => d.getAttribute('key') === 'g_title')!.textContent;
    expect(title).toBe('Nasty <title> & "quotes"');
  });
});

describe('exportGexf', () => {
  const q = query('2023-09', '2024-12');
  const view = buildView(graph, q);
  const positions = new Map([
    ['RUS', { x: 12.5, y: -40 }],
    ['PRK', { x: -3, y: 7.25 }],
    ['IRN', { x: 0, y: 0 }],
  ]);

  it('is a static, directed GEXF 1.3 graph with one node and edge per view element', () => {
    const doc = parseXml(exportGexf(graph, view, q, positions));
    const root = doc.documentElement;
    expect([root.namespaceURI, root.localName, root.getAttribute('version')]).toEqual([GEXF, 'gexf', '1.3']);
    const g = all(doc, GEXF, 'graph')[0]!;
    expect([g.getAttribute('mode'), g.getAttribute('defaultedgetype')]).toEqual(['static', 'directed']);
    const nodes = all(doc, GEXF, 'node');
    const edges = all(doc, GEXF, 'edge');
    expect(nodes.map((n) => [n.getAttribute('id'), n.getAttribute('label')])).toEqual(view.nodes.map((n) => [n.id, n.label]));
    expect(
      edges.map((e) => [e.getAttribute('id'), e.getAttribute('source'), e.getAttribute('target'), e.getAttribute('kind'), e.getAttribute('weight')]),
    ).toEqual(view.edges.map((e) => [e.key, e.supplier, e.recipient, e.category, String(e.transfers.length)]));
  });

  it('declares every attribute it uses, per class, and carries the view values', () => {
    const doc = parseXml(exportGexf(graph, view, q, positions));
    const declared = (cls: string) =>
      new Map(
        all(doc, GEXF, 'attributes')
          .filter((a) => a.getAttribute('class') === cls)
          .flatMap((a) => all(a, GEXF, 'attribute'))
          .map((a) => [a.getAttribute('id'), a.getAttribute('type')]),
      );
    const nodeAttrs = declared('node');
    const edgeAttrs = declared('edge');
    expect(nodeAttrs.get('volume')).toBe('integer');
    expect(edgeAttrs.get('quantity')).toBe('double');
    expect(edgeAttrs.get('contested')).toBe('boolean');
    const values = (el: Element) => Object.fromEntries(all(el, GEXF, 'attvalue').map((a) => [a.getAttribute('for'), a.getAttribute('value')]));
    for (const n of all(doc, GEXF, 'node')) for (const k of Object.keys(values(n))) expect(nodeAttrs.has(k)).toBe(true);
    const edges = all(doc, GEXF, 'edge');
    edges.forEach((el, i) => {
      for (const k of Object.keys(values(el))) expect(edgeAttrs.has(k)).toBe(true);
      const edge = view.edges[i]!;
      expect(values(el)).toMatchObject({ category: edge.category, status: edge.status, style: edge.style, sources: String(edge.sourceCount) });
    });
    const prkBm = values(edges.find((e) => e.getAttribute('id') === 'PRK-RUS-ballistic-missiles')!);
    expect(prkBm).toMatchObject({ quantity: '24', quantity_unit: 'missiles', items: 'KN-23', in_return: 'RUS-PRK-fighter-aircraft' });
  });

  it('writes viz:position with y flipped for Gephi, and viz:size from volume', () => {
    const doc = parseXml(exportGexf(graph, view, q, positions));
    const pos = new Map(
      all(doc, GEXF, 'node').map((n) => {
        const p = all(n, VIZ, 'position')[0];
        return [n.getAttribute('id'), p && [p.getAttribute('x'), p.getAttribute('y'), p.getAttribute('z')]];
      }),
    );
    expect(pos.get('RUS')).toEqual(['12.5', '40', '0']);
    expect(pos.get('PRK')).toEqual(['-3', '-7.25', '0']);
    expect(pos.get('IRN')).toEqual(['0', '0', '0']);
    const sizes = all(doc, VIZ, 'size').map((s) => Number(s.getAttribute('value')));
    expect(sizes).toHaveLength(view.nodes.length);
    expect(sizes[view.nodes.findIndex((n) => n.id === 'RUS')]!).toBeGreaterThan(sizes[view.nodes.findIndex((n) => n.id === 'IRN')]!);
    const none = parseXml(exportGexf(graph, view, q));
    expect(all(none, VIZ, 'position')).toHaveLength(0);
  });

  it('escapes hostile names in attributes so they round-trip, line breaks included', () => {
    const nq = query('2024', '2024');
    const nview = buildView(nasty, nq);
    const out = exportGexf(nasty, nview, nq);
    expect(out).not.toContain('<script>');
    const doc = parseXml(out);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(all(doc, GEXF, 'node')).toHaveLength(nview.nodes.length);
    expect(all(doc, GEXF, 'edge')).toHaveLength(nview.edges.length);
    const name = (id: string) =>
      all(all(doc, GEXF, 'node').find((n) => n.getAttribute('id') === id)!, GEXF, 'attvalue').find((a) => a.getAttribute('for') === 'name')!.getAttribute('value');
    expect(name('USA')).toBe(SCRIPT_NAME);
    expect(name('UKR')).toBe(AMP_NAME); // "\n" survives attribute-value normalisation as &#10;
    expect(name('GRP1')).toBe(FORMULA_NAME);
    expect(name('FRA')).toBe('Bad Name 🚀');
    const label = all(doc, GEXF, 'node').find((n) => n.getAttribute('id') === 'USA')!.getAttribute('label');
    expect(label).toBe(SCRIPT_NAME);
    expect(all(doc, GEXF, 'description')[0]!.textContent).toContain('Nasty <title> & "quotes"');
    expect(CONTROL_NAME).toContain('\u0001');
  });
});
