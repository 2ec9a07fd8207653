export { AtnTransferTable } from './transfer-table.ts';
import './define.ts';
