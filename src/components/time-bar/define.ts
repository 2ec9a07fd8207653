import { define } from '../shared/define.ts';
import { TimeBar } from './time-bar.ts';

define('atn-time-bar', TimeBar);

declare global {
  interface HTMLElementTagNameMap {
    'atn-time-bar': TimeBar;
  }
}
