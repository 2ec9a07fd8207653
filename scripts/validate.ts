// Checks a graph file and lists every problem: npm run validate -- data/transfers.json
// Exit codes: 0 valid (warnings allowed), 1 at least one error, 2 usage or file error.
import { readFileSync } from 'node:fs';
import { endDay, formatPartialDate, parseGraphJson, startDay, type Graph, type Problem } from '../src/data/index.ts';

function line(file: string, problem: Problem): string {
  return `${file}: ${problem.path}: ${problem.severity}: ${problem.message}`;
}

/** "3 states, 5 transfers, 7 sources, 12 events, 2016 – 14 March 2024". */
export function summarize(graph: Graph): string {
  const dates = graph.transfers.flatMap((t) => t.events.map((e) => e.date));
  let earliest: string | undefined;
  let latest: string | undefined;
  for (const date of dates) {
    if (earliest === undefined || startDay(date) < startDay(earliest)) earliest = date;
    if (latest === undefined || endDay(date) > endDay(latest)) latest = date;
  }
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const span =
    earliest && latest ? `events dated ${formatPartialDate(earliest)} – ${formatPartialDate(latest)}` : 'no events';
  return [
    count(graph.states.length, 'state'),
    count(graph.transfers.length, 'transfer'),
    count(graph.sources.length, 'source'),
    count(dates.length, 'event'),
    span,
  ].join(', ');
}

function main(args: readonly string[]): number {
  const file = args[0];
  if (file === undefined || file === '--help' || file === '-h') {
    console.error('usage: npm run validate -- <graph.json>');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`${file}: cannot read the file${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
    return 2;
  }
  const result = parseGraphJson(text);
  const problems = result.ok ? result.warnings : result.problems;
  for (const problem of problems) console.log(line(file, problem));
  if (!result.ok) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    console.error(`${file}: invalid: ${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`);
    return 1;
  }
  const warnings = problems.length ? ` (${problems.length} warning${problems.length === 1 ? '' : 's'})` : '';
  console.log(`${file}: valid: ${summarize(result.graph)}${warnings}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
