import { define } from '../shared/define.ts';
import { AtnStateDetails } from './state-details.ts';

define('atn-state-details', AtnStateDetails);

declare global {
  interface HTMLElementTagNameMap {
    'atn-state-details': AtnStateDetails;
  }
}
