// Synthetic data for benchmarks and stress tests.
export { generateGraph, SYNTHETIC_SOURCE_ID, type GenerateOptions } from './generate-graph.ts';
export { lcg, cumulative, pick, shuffled, type Rng } from './lcg.ts';
