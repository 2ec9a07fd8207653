export { AtnStateDetails } from './state-details.ts';
import './define.ts';
