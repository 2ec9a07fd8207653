// What the import scripts share: argument parsing, reading the input file, and
// writing the report (stderr) and graph JSON (-o or stdout) with the exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText, formatImportReport, type ImportResult } from '../../src/data/import/index.ts';
import type { GraphInput } from '../../src/data/types.ts';

/** Prints the message (if any) and the usage line to stderr; exits 2 (bad invocation). */
export function usageExit(usage: string, message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write(`usage: ${usage}\n`);
  process.exit(2);
}

export interface ImportArgs {
  input: string;
  out?: string;
  title?: string;
}

/**
 * Parses `<input> [-o|--out FILE] [--title TEXT] [-h|--help]`. `option` sees every other
 * flag first: it returns true when it took the flag, calling `value(what)` for the
 * flag's argument (which exits with "<flag> needs <what>" when missing).
 */
export function parseImportArgs(
  args: readonly string[],
  usage: string,
  option: (flag: string, value: (what: string) => string) => boolean = () => false,
): ImportArgs {
  let input: string | undefined;
  let out: string | undefined;
  let title: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (what: string) => args[++i] ?? usageExit(usage, `${a} needs ${what}`);
    if (a === '-o' || a === '--out') out = args[++i] ?? usageExit(usage, '-o needs a file name');
    else if (a === '--title') title = value('a value');
    else if (a === '-h' || a === '--help') usageExit(usage);
    else if (a.startsWith('-')) {
      if (!option(a, value)) usageExit(usage, `unknown option ${a}`);
    } else if (input === undefined) input = a;
    else usageExit(usage, `unexpected argument ${a}`);
  }
  if (!input) usageExit(usage, 'no input file');
  return { input, ...(out !== undefined ? { out } : {}), ...(title !== undefined ? { title } : {}) };
}

/** The input file decoded to text (UTF-8 or Windows-1252); exits 1 when it cannot be read. */
export function readInputText(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (err) {
    process.stderr.write(`cannot read ${path}: ${(err as Error).message}\n`);
    process.exit(1);
  }
  return decodeText(bytes);
}

/**
 * Reports problems and the summary on stderr, writes `graph` (default: the result's) as
 * JSON to `out` or stdout, and sets exit code 1 when nothing was imported.
 */
export function writeImport(result: ImportResult, input: string, out: string | undefined, graph: GraphInput = result.graph): void {
  process.stderr.write(`${formatImportReport(result, basename(input))}\n`);
  const json = `${JSON.stringify(graph, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  process.exitCode = result.summary.transfers > 0 ? 0 : 1;
}
