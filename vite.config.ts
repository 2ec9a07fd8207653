import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path (GitHub Pages, a museum kiosk folder).
  base: './',
  build: {
    target: 'es2022',
    rolldownOptions: {
      // One entry per HTML page; embed.html joins here when it exists.
      input: {
        index: page('index.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
