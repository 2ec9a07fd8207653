// GEXF 1.3 (gexf.net), Gephi's native format: a static, directed graph with typed
// attributes and viz:position / viz:size, so Gephi opens the explorer's picture.
// GEXF's y axis points up while the layout's (SVG) points down: y is negated so the
// network is not drawn upside down. Each edge's `kind` is its category: GEXF 1.3's
// way of keeping parallel edges (one pair, several categories) apart.
import type { Graph } from '../../data/types.ts';
import { nodeRadius } from '../../layout/radius.ts';
import { round2 } from '../../layout/round.ts';
import type { GraphView } from '../../model/types.ts';
import {
  attrText,
  EDGE_ATTRS,
  edgeValues,
  graphValues,
  NODE_ATTRS,
  nodeValues,
  type AttrDef,
  type AttrType,
  type AttrValue,
} from './network-attributes.ts';
import type { ExportQuery, Positions } from './query.ts';
import { escapeXml } from './xml.ts';

const GEXF_TYPE: Readonly<Record<AttrType, string>> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

/** Written natively (label) or as viz:position (x, y), not as attvalues. */
const NATIVE = new Set(['label', 'x', 'y']);
const nodeAttrs = NODE_ATTRS.filter((d) => !NATIVE.has(d.name));
const edgeAttrs = EDGE_ATTRS.filter((d) => !NATIVE.has(d.name));

export function exportGexf(graph: Graph, view: GraphView, q: ExportQuery, positions?: Positions): string {
  const g = graphValues(graph, q);
  const description = [g.title, g.period, g.basis, g.filters].filter(Boolean).join(' · ');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>arms-transfer-network</creator>',
    `    <description>${escapeXml(description)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', nodeAttrs),
    ...declarations('edge', edgeAttrs),
    '    <nodes>',
  ];
  for (const node of view.nodes) {
    const values = nodeValues(graph, node, positions);
    lines.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">`);
    lines.push(...attvalues(nodeAttrs, values, '        '));
    lines.push(`        <viz:size value="${round2(nodeRadius(node.volume))}"/>`);
    const at = positions?.get(node.id);
    if (at && Number.isFinite(at.x) && Number.isFinite(at.y)) {
      lines.push(`        <viz:position x="${at.x}" y="${at.y === 0 ? 0 : -at.y}" z="0"/>`);
    }
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of view.edges) {
    const values = edgeValues(edge);
    lines.push(
      `      <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.supplier)}" target="${escapeXml(edge.recipient)}"` +
        ` kind="${escapeXml(edge.category)}" label="${escapeXml(String(values.label))}" weight="${edge.transfers.length}">`,
    );
    lines.push(...attvalues(edgeAttrs, values, '        '));
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}

function declarations(cls: 'node' | 'edge', defs: readonly AttrDef[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...defs.map((d) => `      <attribute id="${d.name}" title="${d.name}" type="${GEXF_TYPE[d.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(defs: readonly AttrDef[], values: Record<string, AttrValue>, indent: string): string[] {
  const items = defs.flatMap((d) => {
    const text = attrText(values[d.name]);
    return text === undefined ? [] : [`${indent}  <attvalue for="${d.name}" value="${escapeXml(text)}"/>`];
  });
  return items.length ? [`${indent}<attvalues>`, ...items, `${indent}</attvalues>`] : [];
}
