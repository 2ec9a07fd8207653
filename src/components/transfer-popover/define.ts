import { define } from '../shared/define.ts';
import { AtnTransferPopover } from './transfer-popover.ts';

define('atn-transfer-popover', AtnTransferPopover);

declare global {
  interface HTMLElementTagNameMap {
    'atn-transfer-popover': AtnTransferPopover;
  }
}
