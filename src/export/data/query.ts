// What every data exporter receives besides the graph and the view: the query that
// produced the view (model's ViewQuery) and, for the network formats, positions.
import type { Point } from '../../layout/types.ts';
import type { ViewQuery } from '../../model/view.ts';

export type ExportQuery = ViewQuery;

/** Layout output keyed by node id (SVG coordinates: y grows downwards). */
export type Positions = ReadonlyMap<string, Point>;

export interface CsvOptions {
  /** Day of the status, quantity and events columns. Default: the range's last day, as in the view. */
  readonly asOf?: number;
  /** Start with a UTF-8 byte order mark so old Excel versions detect the encoding. Default false. */
  readonly bom?: boolean;
}
