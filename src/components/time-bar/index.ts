export { TimeBar } from './time-bar.ts';
export * from './range-steps.ts';
import './define.ts';
