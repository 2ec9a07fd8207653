import { define } from '../shared/define.ts';
import { AtnTooltip } from './tooltip.ts';

define('atn-tooltip', AtnTooltip);

declare global {
  interface HTMLElementTagNameMap {
    'atn-tooltip': AtnTooltip;
  }
}
