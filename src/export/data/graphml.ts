// GraphML (graphml.graphdrawing.org): one node per state in the view, one directed
// edge per aggregated edge (supplier → recipient → category), its key as edge id.
// Reads in Gephi, yEd, Cytoscape and networkx.read_graphml.
import type { Graph } from '../../data/types.ts';
import type { GraphView } from '../../model/types.ts';
import {
  attrText,
  EDGE_ATTRS,
  edgeValues,
  GRAPH_ATTRS,
  graphValues,
  NODE_ATTRS,
  nodeValues,
  type AttrDef,
  type AttrValue,
} from './network-attributes.ts';
import type { ExportQuery, Positions } from './query.ts';
import { escapeXml } from './xml.ts';

type Domain = 'graph' | 'node' | 'edge';
const PREFIX: Readonly<Record<Domain, string>> = { graph: 'g_', node: 'n_', edge: 'e_' };

export function exportGraphML(graph: Graph, view: GraphView, q: ExportQuery, positions?: Positions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('graph', GRAPH_ATTRS),
    ...keys('node', NODE_ATTRS),
    ...keys('edge', EDGE_ATTRS),
    '  <graph id="arms-transfers" edgedefault="directed">',
    ...data('graph', GRAPH_ATTRS, graphValues(graph, q), '    '),
  ];
  for (const node of view.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(...data('node', NODE_ATTRS, nodeValues(graph, node, positions), '      '));
    lines.push('    </node>');
  }
  for (const edge of view.edges) {
    lines.push(`    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.supplier)}" target="${escapeXml(edge.recipient)}">`);
    lines.push(...data('edge', EDGE_ATTRS, edgeValues(edge), '      '));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

function keys(domain: Domain, defs: readonly AttrDef[]): string[] {
  return defs.map(
    (d) => `  <key id="${PREFIX[domain]}${d.name}" for="${domain}" attr.name="${d.name}" attr.type="${d.type}"/>`,
  );
}

function data(domain: Domain, defs: readonly AttrDef[], values: Record<string, AttrValue>, indent: string): string[] {
  const out: string[] = [];
  for (const d of defs) {
    const text = attrText(values[d.name]);
    if (text !== undefined) out.push(`${indent}<data key="${PREFIX[domain]}${d.name}">${escapeXml(text)}</data>`);
  }
  return out;
}
