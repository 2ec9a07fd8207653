// Fetches a graph from a URL and loads it, turning every failure (network, HTTP
// status, not JSON, invalid data) into one readable message plus the problems.
import { formatProblem, parseGraphJson } from '../data/index.ts';
import type { Graph, Problem } from '../data/types.ts';

export type SourceResult =
  | { readonly ok: true; readonly graph: Graph; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

/** How many problems an error box lists before "and N more". */
export const MAX_LISTED_PROBLEMS = 5;

export async function loadFromUrl(url: string, base: string, signal?: AbortSignal): Promise<SourceResult> {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return { ok: false, message: `"${url}" is not a valid URL.`, problems: [] };
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    return { ok: false, message: `Only http(s) URLs can be loaded, not ${resolved.protocol}`, problems: [] };
  }
  let text: string;
  try {
    const response = await fetch(resolved, { signal, credentials: 'same-origin' });
    if (!response.ok) {
      return { ok: false, message: `Could not load ${resolved.pathname}: HTTP ${response.status} ${response.statusText}`.trim(), problems: [] };
    }
    text = await response.text();
  } catch (err) {
    if (signal?.aborted) throw err;
    return { ok: false, message: `Could not load ${resolved.href}: ${err instanceof Error ? err.message : String(err)}`, problems: [] };
  }
  return fromText(text, resolved.pathname.split('/').pop() || 'the file');
}

export function fromText(text: string, name: string): SourceResult {
  const result = parseGraphJson(text);
  if (result.ok) return result;
  return failure(`${name} is not a valid arms-transfer graph`, result.problems);
}

export function failure(message: string, problems: readonly Problem[]): SourceResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const listed = errors.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem);
  const more = errors.length - listed.length;
  return {
    ok: false,
    message: `${message} (${errors.length} problem${errors.length === 1 ? '' : 's'}).`,
    problems: more > 0 ? [...listed, `… and ${more} more`] : listed,
  };
}
