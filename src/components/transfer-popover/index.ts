export { AtnTransferPopover } from './transfer-popover.ts';
export { externalLink, safeHref, sourceItem, styleGlyph, swatch } from './parts.ts';
import './define.ts';
