// Status → line style, redundantly: a dash pattern AND an opacity, so status never
// rests on colour (or on faintness) alone.
//   solid  = delivered, used or confirmed
//   dashed = negotiating, offered, ordered, reported or alleged
//   faded  = disputed or denied: dotted and faint
import type { LineStyle } from '../model/types.ts';

export interface LineStyleAttributes {
  /** stroke-dasharray value, or undefined for a solid line. */
  readonly dasharray: string | undefined;
  readonly opacity: number;
}

const STYLES: Readonly<Record<LineStyle, LineStyleAttributes>> = {
  solid: { dasharray: undefined, opacity: 0.9 },
  dashed: { dasharray: '7 4', opacity: 0.9 },
  faded: { dasharray: '2 4', opacity: 0.4 },
};

export function lineStyleAttributes(style: LineStyle): LineStyleAttributes {
  return STYLES[style];
}

export const LINE_STYLE_LABELS: Readonly<Record<LineStyle, string>> = {
  solid: 'delivered, used or confirmed',
  dashed: 'planned, reported or alleged',
  faded: 'disputed or denied',
};
