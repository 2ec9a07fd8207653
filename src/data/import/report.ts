// Plain-text report of an import for the command line (and any log view).
import type { ImportResult } from './result.ts';

export function formatImportReport(result: ImportResult, fileName = 'input'): string {
  const { summary, problems } = result;
  const lines: string[] = [];
  for (const p of problems) {
    lines.push(`${fileName}${p.line > 0 ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`);
  }
  lines.push(
    `layout: ${summary.layout}`,
    `rows: ${summary.rows}`,
    `transfers: ${summary.transfers}`,
    `states: ${summary.states}`,
    `skipped rows: ${summary.skipped}`,
    `unmapped names: ${summary.unmapped.length ? summary.unmapped.join('; ') : 'none'}`,
    `years: ${summary.years ? `${summary.years[0]}–${summary.years[1]}` : 'none'}`,
  );
  const generated = result.graph.meta.sipriDataGenerated;
  if (generated) lines.push(`SIPRI data generated: ${generated}`);
  return lines.join('\n');
}
