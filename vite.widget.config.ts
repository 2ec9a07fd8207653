// Library build of the embeddable widget: ONE self-contained, minified ES module,
// dist/widget/arms-transfer-network.js, with lit and d3 inside and no imports left,
// so a newsroom can host a single file (see docs/embedding.md).
//
// Not Vite's `build.lib` mode: for the `es` format it keeps whitespace (to protect
// pure annotations for downstream bundlers), and this file is consumed by browsers,
// not bundlers. A plain build with a JS entry gives full minification.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export const WIDGET_FILE = 'arms-transfer-network.js';

export default defineConfig({
  // The module is loaded by URL from any page; it references no assets of its own.
  base: './',
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: here('dist/widget'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    // The widget's CSS lives in lit's css`` inside the JS; nothing to split.
    cssCodeSplit: false,
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { 'arms-transfer-network': here('src/embed/index.ts') },
      // Keep the entry's exports (ArmsTransferNetwork etc.); an app build would drop them.
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: WIDGET_FILE,
        // One file: any dynamic import is inlined rather than split into chunks.
        codeSplitting: false,
      },
    },
  },
});
