// Turns a file the reader picked or dropped into a graph, entirely in the browser:
// our JSON format, a newsroom spreadsheet CSV, or a SIPRI trade-register export.
// Problems come back with their JSON paths or CSV line numbers; nothing is thrown.
import { formatProblem, loadGraphFast, parseGraphJsonFast } from '../data/index.ts';
import type { Graph } from '../data/types.ts';
import {
  decodeText,
  detectSipriLayout,
  importSipri,
  importSpreadsheetCsv,
  isBlankRow,
  parseCsv,
  SPREADSHEET_COLUMNS,
  type ImportResult,
} from '../data/import/index.ts';

export type FileFormat = 'json' | 'sipri' | 'spreadsheet';

export interface FileImport {
  readonly format: FileFormat | undefined;
  /**
   * Set when the file gave a valid graph with at least one transfer. Rows an importer
   * skipped (unknown names, unreadable dates) are then listed in `problems`; a file that
   * gives no valid graph leaves this undefined, so the current view stays.
   */
  readonly graph: Graph | undefined;
  /** "line 14: unknown supplier \"Narnia\"" or "transfers[3].item: missing required field". */
  readonly problems: readonly string[];
  /** One line for the status bar, e.g. "sipri-2026.csv: 412 transfers among 57 states". */
  readonly summary: string;
}

/** Files larger than this are refused before reading: SIPRI's full register is ~10 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** How much of a file detection reads: SIPRI's preamble is ~11 short lines. */
const HEAD_CHARS = 16_000;
const HEAD_ROWS = 40;

/** Template columns a spreadsheet header must have besides supplier and recipient (one is enough). */
const TEMPLATE_ONLY: readonly string[] = SPREADSHEET_COLUMNS.filter((c) => c.includes('_') || c === 'item');

/** Header cell → the spreadsheet importer's column name. */
const columnName = (cell: string) => cell.trim().toLowerCase().replace(/[\s-]+/g, '_');

function isSpreadsheetHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(columnName));
  return names.has('supplier') && names.has('recipient') && TEMPLATE_ONLY.some((c) => names.has(c));
}

/** A line of SIPRI's preamble: its title, its source line or its "Data generated" line. */
const SIPRI_PREAMBLE = /^(SIPRI Trade Register\b|Source: SIPRI Arms Transfers Database\b|Data generated:)/i;

/**
 * Which importer a file goes to, from its structure, never from words in its rows:
 * JSON by name or first character; a SIPRI export by a header row of either layout
 * (after any preamble) or, with no header found, by its preamble lines; otherwise the
 * spreadsheet template, whose header must be the first row. A CSV that is neither goes
 * to the spreadsheet importer, which names the template's missing columns.
 */
export function detectFormat(name: string, text: string): FileFormat {
  const head = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '');
  if (name.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(head)) return 'json';
  const rows = parseCsv(head).slice(0, HEAD_ROWS);
  const firstRow = rows.find((r) => !isBlankRow(r));
  if (!firstRow) return 'spreadsheet';
  if (detectSipriLayout(firstRow.cells)) return 'sipri';
  if (isSpreadsheetHeader(firstRow.cells)) return 'spreadsheet';
  if (rows.some((r) => detectSipriLayout(r.cells) !== undefined)) return 'sipri';
  // No header in reach: SIPRI's own preamble lines (records of one cell) still say whose
  // export this is, and the SIPRI importer reports the missing header row.
  if (rows.some((r) => SIPRI_PREAMBLE.test((r.cells[0] ?? '').trim()))) return 'sipri';
  return 'spreadsheet';
}

export function importFile(name: string, bytes: Uint8Array): FileImport {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { format: undefined, graph: undefined, problems: [tooLarge(name, bytes.byteLength)], summary: '' };
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
  const n = imported.summary.skipped;
  const skipped = n ? `; ${n} row${n === 1 ? '' : 's'} skipped (listed below)` : '';
  return {
    format,
    graph: loaded.graph,
    problems,
    summary: `${describe(name, loaded.graph)}${skipped}`,
  };
}

/** "export.csv is 80.5 MB; files up to 64 MB can be opened." */
export function tooLarge(name: string, byteLength: number): string {
  return `${name} is ${megabytes(byteLength)} MB; files up to ${megabytes(MAX_FILE_BYTES)} MB can be opened.`;
}

/** Bytes → MB (2^20 bytes), one decimal unless whole: "64", "64.5". */
function megabytes(n: number): string {
  const mb = n / 2 ** 20;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

function describe(name: string, graph: Graph): string {
  const s = graph.states.length;
  const t = graph.transfers.length;
  return `${name}: ${t} transfer${t === 1 ? '' : 's'} among ${s} state${s === 1 ? '' : 's'}`;
}
