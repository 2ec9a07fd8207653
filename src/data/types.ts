// TypeScript types derived from the schemas: the schema is the source of truth.
import type * as v from 'valibot';
import type {
  EventSchema,
  GraphSchema,
  MetaSchema,
  MilestoneSchema,
  QuantitySchema,
  SourceSchema,
  StateSchema,
  TransferSchema,
} from './schema.ts';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A graph file as written: optional fields may be missing. */
export type GraphInput = v.InferInput<typeof GraphSchema>;

/** A loaded, normalized, frozen graph: defaults filled in, lists sorted. */
export type Graph = DeepReadonly<v.InferOutput<typeof GraphSchema>>;
export type Meta = Graph['meta'];
export type State = DeepReadonly<v.InferOutput<typeof StateSchema>>;
export type Source = DeepReadonly<v.InferOutput<typeof SourceSchema>>;
export type Transfer = DeepReadonly<v.InferOutput<typeof TransferSchema>>;
export type TransferEvent = DeepReadonly<v.InferOutput<typeof EventSchema>>;
export type Quantity = DeepReadonly<v.InferOutput<typeof QuantitySchema>>;
export type Milestone = DeepReadonly<v.InferOutput<typeof MilestoneSchema>>;
export type { MetaSchema };

/** One thing wrong with an input, at a JSON path such as `transfers[12].recipient`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}
