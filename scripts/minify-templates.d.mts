import type { Plugin } from 'vite';
/** Vite plugin: minifies the static text of lit css``/html``/svg`` templates in src/. */
export function minifyTemplates(): Plugin;
