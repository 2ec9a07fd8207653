// Turns a file the reader picked or dropped into a graph, entirely in the browser:
// our JSON format, a newsroom spreadsheet CSV, or a SIPRI trade-register export.
// Problems come back with their JSON paths or CSV line numbers; nothing is thrown.
import { formatProblem, loadGraphFast, parseGraphJsonFast } from '../data/index.ts';
import type { Graph } from '../data/types.ts';
import { decodeText, importSipri, importSpreadsheetCsv, type ImportResult } from '../data/import/index.ts';

export type FileFormat = 'json' | 'sipri' | 'spreadsheet';

export interface FileImport {
  readonly format: FileFormat | undefined;
  /** Set only when the file loaded cleanly (no errors). */
  readonly graph: Graph | undefined;
  /** "line 14: unknown supplier \"Narnia\"" or "transfers[3].item: missing required field". */
  readonly problems: readonly string[];
  /** One line for the status bar, e.g. "sipri-2026.csv: 412 transfers among 57 states". */
  readonly summary: string;
}

/** Files larger than this are refused before reading: SIPRI's full register is ~10 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function detectFormat(name: string, text: string): FileFormat {
  const lower = name.toLowerCase();
  const head = text.slice(0, 4000);
  if (lower.endsWith('.json') || /^\s*[[{]/.test(head)) return 'json';
  if (/SIPRI/i.test(head) || /^\s*"?SIPRI AT Database ID/m.test(head) || /Recipient,Supplier,Year of order/.test(head)) return 'sipri';
  return 'spreadsheet';
}

export function importFile(name: string, bytes: Uint8Array): FileImport {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { format: undefined, graph: undefined, problems: [`${name} is ${Math.round(bytes.byteLength / 1e6)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB.`], summary: '' };
  }
  const text = decodeText(bytes);
  const format = detectFormat(name, text);
  if (format === 'json') {
    const result = parseGraphJsonFast(text);
    if (!result.ok) {
      return { format, graph: undefined, problems: result.problems.map((p) => `${p.severity === 'warning' ? 'warning: ' : ''}${formatProblem(p)}`), summary: '' };
    }
    return { format, graph: result.graph, problems: result.warnings.map((p) => `warning: ${formatProblem(p)}`), summary: describe(name, result.graph) };
  }
  const imported: ImportResult = format === 'sipri' ? importSipri(text) : importSpreadsheetCsv(text);
  const problems = imported.problems.map((p) => `${p.severity === 'warning' ? 'warning: ' : ''}line ${p.line}: ${p.message}`);
  const loaded = loadGraphFast(imported.graph);
  if (!loaded.ok) {
    return { format, graph: undefined, problems: [...problems, ...loaded.problems.map(formatProblem)], summary: '' };
  }
  if (loaded.graph.transfers.length === 0) {
    return { format, graph: undefined, problems: [...problems, `${name}: no transfers could be imported.`], summary: '' };
  }
  const skipped = imported.summary.skipped ? `; ${imported.summary.skipped} rows skipped (listed below)` : '';
  return {
    format,
    graph: loaded.graph,
    problems,
    summary: `${describe(name, loaded.graph)}${skipped}`,
  };
}

function describe(name: string, graph: Graph): string {
  const s = graph.states.length;
  const t = graph.transfers.length;
  return `${name}: ${t} transfer${t === 1 ? '' : 's'} among ${s} state${s === 1 ? '' : 's'}`;
}
