// The data layer: format (schema, vocabularies, types), partial dates, and the
// loader that validates and normalizes graph files.
export * from './vocabulary.ts';
export * from './partial-date.ts';
export * from './schema.ts';
export type * from './types.ts';
export * from './iso3.ts';
export * from './json-path.ts';
export * from './validate.ts';
export * from './normalize.ts';
export * from './load.ts';
export { isLoadedGraph } from './loaded.ts';
export * from './fast-accept.ts';
