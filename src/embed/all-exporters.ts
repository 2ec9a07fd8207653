// Registers every data export; imported by the explorer page and the iframe route.
import { exportCsv, exportGexf, exportGraphML, exportJson } from '../export/data/index.ts';
import { registerDataExporters } from './data-exporters.ts';

registerDataExporters({
  csv: (graph, view, q) => exportCsv(graph, view, q),
  json: (graph, view, q) => exportJson(graph, view, q),
  graphml: exportGraphML,
  gexf: exportGexf,
});
