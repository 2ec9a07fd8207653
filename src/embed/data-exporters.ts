// Data exports (CSV, JSON, GraphML, GEXF) are registered by the page that wants
// them. The explorer page and the iframe route register all four; the single-file
// widget bundle ships picture exports only, to stay within its size budget
// (docs/decisions/0004-widget-packaging.md). A host page can register them too.
import type { Graph } from '../data/types.ts';
import type { Point } from '../layout/types.ts';
import type { GraphView, ViewQuery } from '../model/index.ts';

export type DataExportKind = 'csv' | 'json' | 'graphml' | 'gexf';

export type DataExporter = (graph: Graph, view: GraphView, q: ViewQuery, positions?: ReadonlyMap<string, Point>) => string;

export const DATA_EXPORT_LABELS: Readonly<Record<DataExportKind, string>> = {
  csv: 'Table (CSV)',
  json: 'Data (JSON)',
  graphml: 'Network (GraphML)',
  gexf: 'Network (GEXF, Gephi)',
};

export const DATA_EXPORT_TYPES: Readonly<Record<DataExportKind, string>> = {
  csv: 'text/csv',
  json: 'application/json',
  graphml: 'application/xml',
  gexf: 'application/xml',
};

const registry = new Map<DataExportKind, DataExporter>();

export function registerDataExporters(exporters: Partial<Record<DataExportKind, DataExporter>>): void {
  for (const [kind, fn] of Object.entries(exporters) as [DataExportKind, DataExporter][]) registry.set(kind, fn);
}

export function dataExporter(kind: DataExportKind): DataExporter | undefined {
  return registry.get(kind);
}

/** Registered kinds, in menu order. */
export function dataExportKinds(): DataExportKind[] {
  return (Object.keys(DATA_EXPORT_LABELS) as DataExportKind[]).filter((k) => registry.has(k));
}
