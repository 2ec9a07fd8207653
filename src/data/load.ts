// Entry points for graph data: from JSON text (a file, a fetch) or from a value
// already in memory. Neither ever throws: every outcome is a LoadResult.
import { ROOT_PATH } from './json-path.ts';
import { isLoadedGraph, markLoaded } from './loaded.ts';
import { normalizeGraph } from './normalize.ts';
import { errorText, validateGraph, type ValidateOptions } from './validate.ts';
import type { Graph, Problem } from './types.ts';

export type LoadResult =
  | { readonly ok: true; readonly graph: Graph; readonly warnings: Problem[] }
  | { readonly ok: false; readonly problems: Problem[] };

const rootError = (message: string): LoadResult => ({
  ok: false,
  problems: [{ path: ROOT_PATH, message, severity: 'error' }],
});

/**
 * Validates and normalizes a graph given as a JS value (e.g. from JSON.parse).
 * On success the graph is a sorted, deep-frozen copy; the input is never changed.
 * A graph a loader produced is returned as it is, with no warnings (they were
 * reported when it was loaded; see loaded.ts).
 * On failure `problems` lists every error (then every warning) found.
 */
export function loadGraph(input: unknown): LoadResult {
  return load(input, {});
}

function load(input: unknown, options: ValidateOptions): LoadResult {
  if (isLoadedGraph(input)) return { ok: true, graph: input, warnings: [] };
  try {
    const { problems, value } = validateGraph(input, options);
    if (value === undefined) {
      return problems.length > 0 ? { ok: false, problems } : rootError('is not a valid graph');
    }
    // valibot's output is a fresh tree (v.object and v.array build new containers,
    // defaults included), so normalizing it in place changes nothing the caller holds.
    return { ok: true, graph: markLoaded(normalizeGraph(value, { inPlace: true })), warnings: problems };
  } catch (error) {
    // Defence in depth: validateGraph guards every read, but a loader must not throw.
    return rootError(`could not be checked: ${errorText(error)}`);
  }
}

/** Parses JSON text (e.g. a file's contents) and loads it; syntax errors come with line and column. */
export function parseGraphJson(text: string): LoadResult {
  if (typeof text !== 'string') return rootError(`expected JSON text, got a ${typeof text}`);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text; // editors on Windows add a BOM
  if (body.trim() === '') return rootError('the file is empty; expected a JSON object');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return rootError(describeJsonError(body, errorText(error)));
  }
  // Nobody else holds `data`: validation may skip its defensive copy.
  return load(data, { parsedJson: true });
}

/** Loads a fresh JSON.parse result that nobody else holds (see parseGraphJson). */
export function loadParsedJson(data: unknown): LoadResult {
  return load(data, { parsedJson: true });
}

export interface TextLocation {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

export function locate(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * "not valid JSON at line 3, column 5: unexpected token '}'". V8 reports a
 * character offset for some errors only ("at position N"), so the offset comes
 * from V8 when it gives one and from our own scan otherwise.
 */
export function describeJsonError(text: string, engineMessage: string): string {
  const position = /at position (\d+)/.exec(engineMessage);
  const offset = position ? Number(position[1]) : findJsonSyntaxError(text);
  const reason = engineMessage
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s+(?:in JSON\s+)?at position \d+/, '')
    .replace(/,\s*(?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/^\w/, (c) => c.toLowerCase());
  if (offset === undefined) return `not valid JSON: ${reason}`;
  const { line, column } = locate(text, offset);
  return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}

/**
 * Offset of the first JSON syntax error in `text`, or undefined if it is valid
 * JSON. Iterative (no recursion), so deeply nested input cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const skipSpace = (): void => {
    while (i < n) {
      const c = text[i];
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
      i++;
    }
  };
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  /** Reads a string at i; returns false (i at the fault) if it is malformed. */
  const readString = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              return false;
            }
          }
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const readNumber = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (isDigit(text[i])) while (isDigit(text[i])) i++;
    else return false;
    if (text[i] === '.') {
      i++;
      if (!isDigit(text[i])) return false;
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text[i])) return false;
      while (isDigit(text[i])) i++;
    }
    return true;
  };
  const readLiteral = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  /** After `{` or `,` in an object: a key and a colon. */
  const readKey = (): boolean => {
    skipSpace();
    if (!readString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  const stack: string[] = [];
  let expectValue = true;
  for (;;) {
    skipSpace();
    const c = text[i];
    if (expectValue) {
      if (c === '{') {
        i++;
        skipSpace();
        if (text[i] === '}') {
          i++;
          expectValue = false;
        } else {
          stack.push('}');
          if (!readKey()) return i;
        }
      } else if (c === '[') {
        i++;
        skipSpace();
        if (text[i] === ']') {
          i++;
          expectValue = false;
        } else stack.push(']');
      } else {
        const ok =
          c === '"' ? readString()
          : c === '-' || isDigit(c) ? readNumber()
          : c === 't' ? readLiteral('true')
          : c === 'f' ? readLiteral('false')
          : c === 'n' ? readLiteral('null')
          : false;
        if (!ok) return i;
        expectValue = false;
      }
    } else {
      const close = stack.at(-1);
      if (close === undefined) return i < n ? i : undefined;
      if (c === close) {
        stack.pop();
        i++;
      } else if (c === ',') {
        i++;
        if (close === '}' && !readKey()) return i;
        expectValue = true;
      } else return i;
    }
  }
}
