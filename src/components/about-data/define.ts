import { define } from '../shared/define.ts';
import { AtnAboutData } from './about-data.ts';

define('atn-about-data', AtnAboutData);

declare global {
  interface HTMLElementTagNameMap {
    'atn-about-data': AtnAboutData;
  }
}
