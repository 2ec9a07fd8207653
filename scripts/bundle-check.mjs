// Checks on the widget's library build (dist/widget/arms-transfer-network.js):
// its size against the budget, and that it is self-contained and CSP-friendly.
// Plain JS so `npm run size` runs without a TS loader; types in bundle-check.d.mts.
import { gzipSync } from 'node:zlib';
import { parseSync } from 'vite';

/** Where the library build writes the widget, relative to the repository root. */
export const WIDGET_PATH = 'dist/widget/arms-transfer-network.js';

/** Gzip budget in bytes (60 KB). A newsroom page pays this for every article with a widget. */
export const GZIP_BUDGET = 60 * 1024;

/** Raw and gzip (level 9, like most CDNs' static compression) sizes in bytes. */
export function measure(code) {
  const raw = Buffer.from(code, 'utf8');
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

/**
 * Problems that make the bundle unfit to drop on any page: imports (it must be one file),
 * and code evaluation (`eval`, `new Function`, `Function(...)`), which a strict CSP without
 * 'unsafe-eval' blocks. Parsed, not grepped, so strings like "important" or "importNode"
 * never match. Returns human-readable lines; empty means fine.
 */
export function bundleProblems(code) {
  const { program, errors } = parseSync('bundle.js', code, { sourceType: 'module' });
  const problems = errors.map((e) => `syntax error: ${e.message}`);
  const where = (node) => `at offset ${node.start}`;
  const walk = (node) => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    switch (node.type) {
      case 'ImportDeclaration':
        problems.push(`static import of "${node.source.value}" ${where(node)}`);
        break;
      case 'ExportAllDeclaration':
        problems.push(`re-export from "${node.source.value}" ${where(node)}`);
        break;
      case 'ExportNamedDeclaration':
        if (node.source) problems.push(`re-export from "${node.source.value}" ${where(node)}`);
        break;
      case 'ImportExpression':
        problems.push(`dynamic import() ${where(node)}`);
        break;
      case 'CallExpression':
      case 'NewExpression':
        if (node.callee?.type === 'Identifier' && (node.callee.name === 'eval' || node.callee.name === 'Function')) {
          problems.push(`${node.type === 'NewExpression' ? 'new ' : ''}${node.callee.name}(...) ${where(node)}`);
        }
        break;
      default:
        break;
    }
    for (const key of Object.keys(node)) {
      if (key !== 'type' && key !== 'start' && key !== 'end') walk(node[key]);
    }
  };
  walk(program.body);
  return problems;
}

/** Formats a byte count as "12,345 B (12.1 KB)". */
export function formatBytes(bytes) {
  return `${bytes.toLocaleString('en-US')} B (${(bytes / 1024).toFixed(1)} KB)`;
}
