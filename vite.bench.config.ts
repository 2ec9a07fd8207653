// Build of the benchmark pages (npm run bench → scripts/bench.mjs). Kept apart from
// vite.config.ts so the app build never contains them. `--mode edges-only` builds the
// diagnostic floor of ADR 0010 (bench/floor-plugin.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { EDGES_ONLY, floorPlugin } from './bench/floor-plugin.ts';

const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig(({ mode }) => ({
  base: './',
  publicDir: false,
  plugins: mode === 'edges-only' ? [floorPlugin(EDGES_ONLY)] : [],
  build: {
    target: 'es2022',
    outDir: 'dist-bench',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        ours: page('bench/ours.html'),
        app: page('bench/app.html'),
        baseline: page('bench/baseline.html'),
      },
    },
  },
  preview: { host: '127.0.0.1' },
}));
