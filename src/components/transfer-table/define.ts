import { define } from '../shared/define.ts';
import { AtnTransferTable } from './transfer-table.ts';

define('atn-transfer-table', AtnTransferTable);

declare global {
  interface HTMLElementTagNameMap {
    'atn-transfer-table': AtnTransferTable;
  }
}
