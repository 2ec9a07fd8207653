// Fixed vocabularies of the data format. Order matters: it is the display order
// in legends, filters and tables, and the category order fixes the palette.

export const CATEGORIES = [
  'artillery-ammunition',
  'drones',
  'ballistic-missiles',
  'cruise-missiles',
  'fighter-aircraft',
  'helicopters',
  'air-defence',
  'armoured-vehicles',
  'artillery-systems',
  'production-technology',
  'personnel',
  'dual-use-goods',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'artillery-ammunition': 'artillery ammunition',
  drones: 'drones',
  'ballistic-missiles': 'ballistic missiles',
  'cruise-missiles': 'cruise missiles',
  'fighter-aircraft': 'fighter aircraft',
  helicopters: 'helicopters',
  'air-defence': 'air defence',
  'armoured-vehicles': 'armoured vehicles',
  'artillery-systems': 'artillery systems',
  'production-technology': 'production technology',
  personnel: 'personnel',
  'dual-use-goods': 'dual-use goods',
  other: 'other',
};

/**
 * What an event says happened. Lifecycle kinds (offered → used) say how far
 * the transfer got; evidence kinds (reported … disputed) say how the public record
 * stands. A transfer's status is derived from these (see src/model/status.ts).
 */
export const EVENT_KINDS = [
  'offered',
  'negotiating',
  'ordered',
  'delivered',
  'used',
  'reported',
  'alleged',
  'confirmed',
  'denied',
  'disputed',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const SOURCE_KINDS = [
  'government-statement',
  'intelligence-assessment',
  'un-or-multilateral',
  'media-report',
  'research-or-database',
  'leaked-document',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  'government-statement': 'government statement',
  'intelligence-assessment': 'intelligence assessment',
  'un-or-multilateral': 'UN or multilateral body',
  'media-report': 'media report',
  'research-or-database': 'research or database',
  'leaked-document': 'leaked document',
};

export const ACTOR_KINDS = ['state', 'historical-state', 'non-state-actor', 'organisation'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const QUANTITY_QUALIFIERS = [
  'exactly',
  'about',
  'at-least',
  'more-than',
  'up-to',
  'fewer-than',
] as const;
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

export const QUALIFIER_LABELS: Readonly<Record<QuantityQualifier, string>> = {
  exactly: '',
  about: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  'up-to': 'up to',
  'fewer-than': 'fewer than',
};

/** A = official and corroborated, B = one government or several outlets, C = single or anonymous. */
export const CONFIDENCE_LEVELS = ['A', 'B', 'C'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
