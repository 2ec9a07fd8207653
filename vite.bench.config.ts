// Build of the benchmark pages (npm run bench → scripts/bench.mjs). Kept apart from
// vite.config.ts so the app build never contains them.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist-bench',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        ours: page('bench/ours.html'),
        baseline: page('bench/baseline.html'),
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
