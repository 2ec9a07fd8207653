import { define } from '../shared/define.ts';
import { NetworkView } from './network-view.ts';

define('atn-network-view', NetworkView);

declare global {
  interface HTMLElementTagNameMap {
    'atn-network-view': NetworkView;
  }
}
