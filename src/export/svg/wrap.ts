// Line breaking for header and footer text. Widths are estimated from the
// character count, like the network's labels, so the output is the same everywhere.
import { estimateTextWidth } from '../../render/labels.ts';

/**
 * Greedy word wrap to `maxWidth`. A word longer than a line (a URL) is cut,
 * preferably after "/", "?", "&" or "-", else anywhere.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const fits = (s: string) => estimateTextWidth(s, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      const cut = cutPoint(rest, fontSize, maxWidth);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

function cutPoint(word: string, fontSize: number, maxWidth: number): number {
  const chars = [...word];
  let max = 1;
  while (max < chars.length && estimateTextWidth(chars.slice(0, max + 1).join(''), fontSize) <= maxWidth) max++;
  const head = chars.slice(0, max).join('');
  // Break after a separator if one lies in the second half of the line.
  const sep = Math.max(head.lastIndexOf('/'), head.lastIndexOf('?'), head.lastIndexOf('&'), head.lastIndexOf('-'));
  return sep + 1 > head.length / 2 ? sep + 1 : head.length;
}
