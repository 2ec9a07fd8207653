#!/usr/bin/env node
// A tiny static server for dist/ that sends a strict Content-Security-Policy on every
// response, to prove the app, the demos and the embed page need no inline script or
// style, no eval, and nothing from other origins. Used by e2e/csp.e2e.ts.
//
// Usage: node scripts/serve-csp.mjs [--root dist] [--port 0] [--host 127.0.0.1]
// Prints "serve-csp listening on http://HOST:PORT/" once ready (port 0 = any free port).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Creates (does not start) the server for files under `root`. */
export function createCspServer(root) {
  const base = resolve(root);
  return createServer((req, res) => {
    const headers = {
      'Content-Security-Policy': STRICT_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end('Bad request');
      return;
    }
    let file = normalize(join(base, pathname));
    // Never serve anything outside root (../ in the path).
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403, headers).end('Forbidden');
      return;
    }
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const root = fileURLToPath(new URL(`../${option('root', 'dist')}/`, import.meta.url));
  const host = option('host', '127.0.0.1');
  const server = createCspServer(root);
  server.listen(Number(option('port', '0')), host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(`serve-csp listening on http://${host}:${port}/`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
