import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/**
 * Ships the bundled dataset as dist/data/transfers.json so pages can load it by URL
 * (the widget's `src`). The dev server already serves it from the project root.
 */
function bundledDataset(): Plugin {
  return {
    name: 'atn-bundled-dataset',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/transfers.json', source: readFileSync(page('data/transfers.json')) });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path (GitHub Pages, a museum kiosk folder).
  base: './',
  // Several HTML pages and no client-side routes: unknown paths get a real 404 (not
  // index.html), in `vite` and `vite preview` alike, as on a static host.
  appType: 'mpa',
  plugins: [bundledDataset()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      // One entry per HTML page.
      input: {
        index: page('index.html'),
        embed: page('embed.html'),
        'demo/article': page('demo/article.html'),
        'demo/two-widgets': page('demo/two-widgets.html'),
        'demo/iframe': page('demo/iframe.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
