// Picture exports: a standalone SVG snapshot of the view, and its safety check.
export {
  exportSvg,
  buildExportSvg,
  exportLayout,
  footerLines,
  safePermalink,
  type ExportInput,
  type ExportLayout,
} from './export-svg.ts';
export { assertSafeSvg } from './safety.ts';
export { citedPublishers, sourcesLine, sipriInView, SIPRI_CREDIT, MAX_PUBLISHERS } from './credits.ts';
export { wrapText } from './wrap.ts';
