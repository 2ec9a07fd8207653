export * from './bin-scale.ts';
export * from './bars.ts';
export * from './ticks.ts';
export * from './range-text.ts';
export * from './drag.ts';
