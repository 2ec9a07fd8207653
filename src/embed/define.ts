import { define } from '../components/shared/define.ts';
import { ArmsTransferNetwork } from './widget.ts';

define('arms-transfer-network', ArmsTransferNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'arms-transfer-network': ArmsTransferNetwork;
  }
}
