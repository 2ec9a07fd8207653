// Data exports of the current view: strings only, no DOM (the app turns them into downloads).
export { exportCsv, CSV_COLUMNS, sourceCitation } from './csv.ts';
export { csvField, csvText, guardFormula } from './csv-cell.ts';
export { exportJson } from './json.ts';
export { exportGraphML } from './graphml.ts';
export { exportGexf } from './gexf.ts';
export { escapeXml, stripInvalidXml } from './xml.ts';
export { queryLabel, rangeLabel, basisLabel } from './range-label.ts';
export { activeFilters, filtersLabel } from './filters-label.ts';
export type { CsvOptions, ExportQuery, Positions } from './query.ts';
