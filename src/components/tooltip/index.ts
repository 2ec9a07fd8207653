export { AtnTooltip } from './tooltip.ts';
import './define.ts';
