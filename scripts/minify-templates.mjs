// Vite plugin for the widget build: minifies the static text of lit css`` and
// html``/svg`` templates in src/. The JS minifier leaves template text alone, and
// the widget carries ~25 KB of indented CSS. Rendering is unchanged (whitespace
// runs with a newline are insignificant outside <pre>, which the widget has none of).
const TAG = /\b(css|html|svg|svgTemplate)`/g;

/** The minifier for a template whose backtick is at `i`: by its tag, or null for an untagged or other one. */
function minifierAt(code, i) {
  const tag = /\b(css|html|svg|svgTemplate)$/.exec(code.slice(Math.max(0, i - 12), i))?.[1];
  return tag === undefined ? null : tag === 'css' ? minCss : minHtml;
}

/**
 * Index just past the template literal starting at `start` (the backtick). Pushes
 * its static parts, with `min`, onto `parts` (none when `min` is null), and those of
 * tagged templates nested in its expressions (a list's item template, say).
 */
function scanTemplate(code, start, parts, min) {
  let i = start + 1;
  let from = i;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') { i += 2; continue; }
    if (ch === '`') { if (min) parts.push([from, i, min]); return i + 1; }
    if (ch === '$' && code[i + 1] === '{') {
      if (min) parts.push([from, i, min]);
      i = scanExpr(code, i + 2, parts);
      from = i;
      continue;
    }
    i++;
  }
  throw new Error('unterminated template');
}

function scanExpr(code, i, parts) {
  let depth = 1;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '`') { i = scanTemplate(code, i, parts, minifierAt(code, i)); continue; }
    if (ch === '"' || ch === "'") {
      const q = ch; i++;
      while (i < code.length && code[i] !== q) { if (code[i] === '\\') i++; i++; }
      i++; continue;
    }
    // Comments in an expression may hold quotes or backticks of their own.
    if (ch === '/' && code[i + 1] === '/') { const end = code.indexOf('\n', i); i = end < 0 ? code.length : end; continue; }
    if (ch === '/' && code[i + 1] === '*') { const end = code.indexOf('*/', i + 2); i = end < 0 ? code.length : end + 2; continue; }
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
    i++;
  }
  throw new Error('unterminated expression');
}

const minCss = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    // After ":" and "(" and before ")", spaces never matter ("a :hover" keeps its space).
    .replace(/([:(]) /g, '$1')
    .replace(/ \)/g, ')')
    .replace(/\b0(\.\d)/g, '$1');
// HTML: a whitespace run with a newline becomes one space (same rendering outside <pre>).
const minHtml = (s) => s.replace(/\s*\n\s*/g, ' ');

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let out = '';
      let last = 0;
      TAG.lastIndex = 0;
      let m;
      while ((m = TAG.exec(code))) {
        const start = m.index + m[0].length - 1;
        const parts = [];
        const end = scanTemplate(code, start, parts, m[1] === 'css' ? minCss : minHtml);
        // Nested templates' parts come in the order their scans finish: sort by place.
        for (const [a, b, min] of parts.sort((x, y) => x[0] - y[0])) {
          out += code.slice(last, a) + min(code.slice(a, b));
          last = b;
        }
        TAG.lastIndex = end;
      }
      return last === 0 ? null : { code: out + code.slice(last), map: null };
    },
  };
}
