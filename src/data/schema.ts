// The one source of truth for the data format. The TypeScript types (types.ts), the
// runtime validator (validate.ts) and data/schema.json (scripts/write-schema.ts) all
// come from these schemas. Checks that JSON Schema cannot express (real calendar
// days, cross-references, duplicate ids) live in validate.ts.
import * as v from 'valibot';
import {
  ACTOR_KINDS,
  CATEGORIES,
  CONFIDENCE_LEVELS,
  EVENT_KINDS,
  QUANTITY_QUALIFIERS,
  SOURCE_KINDS,
} from './vocabulary.ts';

export const FORMAT_VERSION = 1;

const text = (max: number) => v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max));
const optionalText = (max: number) => v.optional(text(max));

/** The shapes of a partial date and of an id, shared with validate.ts's cross-checks. */
export const PARTIAL_DATE_SHAPE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE_SHAPE, 'must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD'),
  v.description('ISO 8601 date with year, month or day precision: "2023", "2023-11" or "2023-11-02".'),
);

export const IdSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be 1–64 letters, digits, "_", "." or "-", starting with a letter or digit'),
);

export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^https?:\/\/[^\s"<>]+$/, 'must be an http:// or https:// URL'),
  v.description('An http or https URL. Other schemes (javascript:, data:, file:) are rejected.'),
);

export const MetaSchema = v.object({
  title: text(200),
  description: optionalText(2000),
  updated: PartialDateSchema,
  license: text(300),
  credits: v.optional(v.array(text(500)), []),
  /** Set by the SIPRI importer: the export's "Data generated" date. */
  sipriDataGenerated: v.optional(PartialDateSchema),
});

export const StateSchema = v.object({
  id: v.pipe(IdSchema, v.description('ISO 3166-1 alpha-3 code for states ("RUS", "PRK"); any id for other actors.')),
  name: text(120),
  kind: v.optional(v.picklist(ACTOR_KINDS), 'state'),
  shortName: optionalText(40),
  aliases: v.optional(v.array(text(120)), []),
  /** Precomputed layout position, e.g. stored by the SIPRI importer. */
  position: v.optional(v.object({ x: v.pipe(v.number(), v.finite()), y: v.pipe(v.number(), v.finite()) })),
});

export const SourceSchema = v.object({
  id: IdSchema,
  publisher: text(200),
  title: text(500),
  url: HttpUrlSchema,
  published: PartialDateSchema,
  kind: v.picklist(SOURCE_KINDS),
  author: optionalText(300),
  /** The outlet that first ran a story when `publisher` reprints it (Reuters, AP, Yonhap). */
  originalPublisher: optionalText(200),
  quote: optionalText(2000),
  archiveUrl: v.optional(HttpUrlSchema),
});

export const QuantitySchema = v.object({
  value: v.pipe(v.number(), v.minValue(0, 'must not be negative')),
  unit: text(60),
  qualifier: v.optional(v.picklist(QUANTITY_QUALIFIERS), 'exactly'),
  estimated: v.optional(v.boolean(), false),
  note: optionalText(500),
});

export const EventSchema = v.object({
  /** When it happened (or was said to have happened). */
  date: PartialDateSchema,
  /** When it became public; defaults to `date`. Drives the "when it was reported" view. */
  reported: v.optional(PartialDateSchema),
  kind: v.picklist(EVENT_KINDS),
  /** Who asserts it: "US government (John Kirby, NSC)", "Iranian foreign ministry". */
  by: text(200),
  sources: v.pipe(v.array(IdSchema), v.minLength(1, 'must cite at least one source')),
  note: optionalText(1000),
  quantity: v.optional(QuantitySchema),
});

export const TransferSchema = v.object({
  id: IdSchema,
  supplier: IdSchema,
  recipient: IdSchema,
  category: v.picklist(CATEGORIES),
  item: text(200),
  description: optionalText(2000),
  quantity: v.optional(QuantitySchema),
  inReturnFor: v.optional(v.array(IdSchema), []),
  confidence: v.optional(v.picklist(CONFIDENCE_LEVELS)),
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'must have at least one dated event')),
});

/** Context on the time bar: summits, treaties. Not transfers. */
export const MilestoneSchema = v.object({
  id: IdSchema,
  date: PartialDateSchema,
  title: text(300),
  states: v.optional(v.array(IdSchema), []),
  sources: v.pipe(v.array(IdSchema), v.minLength(1, 'must cite at least one source')),
});

export const GraphSchema = v.object({
  $schema: v.optional(v.string()),
  version: v.literal(FORMAT_VERSION),
  meta: MetaSchema,
  states: v.array(StateSchema),
  sources: v.array(SourceSchema),
  transfers: v.array(TransferSchema),
  milestones: v.optional(v.array(MilestoneSchema), []),
});
