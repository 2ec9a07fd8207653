// SIPRI weapon descriptions and armament categories → our CATEGORIES.
// Description rules are tried in order, first match wins; the order matters where
// phrases overlap ("anti-tank missile" is not a tank, "anti-ship missile" is not a
// ballistic SSM, "self-propelled AA gun" is air defence, not artillery). When no
// description rule matches, SIPRI's armament category decides. Documented in
// docs/importing.md; keep the two in step.
import type { Category } from '../vocabulary.ts';

export interface DescriptionRule {
  readonly pattern: RegExp;
  readonly category: Category;
}

export const DESCRIPTION_RULES: readonly DescriptionRule[] = [
  // Guided anti-tank weapons and air-to-air missiles would otherwise hit the
  // "tank" / "aircraft" rules below.
  { pattern: /anti-tank|\batgm\b|\bbvraam\b|\bsraam\b|\baam\b|air-to-air/, category: 'other' },
  { pattern: /\buavs?\b|\bucavs?\b|\bdrones?\b|loitering munition|unmanned aerial|unmanned combat aerial/, category: 'drones' },
  { pattern: /helicopter/, category: 'helicopters' },
  { pattern: /anti-ship missile|land-attack missile|cruise missile|\bascm\b|\blacm\b|\bglcm\b|\bslcm\b|\balcm\b/, category: 'cruise-missiles' },
  { pattern: /\bssm\b|surface-to-surface missile|ballistic missile|\bbrbm\b|\bsrbm\b|\bmrbm\b|\birbm\b|\bicbm\b|\bslbm\b/, category: 'ballistic-missiles' },
  { pattern: /\bsams?\b|surface-to-air missile|air defen[cs]e|anti-aircraft|\baa gun|\bspaag\b|\bmanpads\b/, category: 'air-defence' },
  { pattern: /fighter|\bfga\b|combat aircraft|ground attack aircraft|strike aircraft|\bbomber|attack aircraft/, category: 'fighter-aircraft' },
  { pattern: /\btanks?\b|\bifvs?\b|\bapcs?\b|armou?red car|armou?red vehicle|\bafv\b|\barv\b|\baev\b|\bmrap\b|mine-protected|scout car|tank destroyer/, category: 'armoured-vehicles' },
  { pattern: /self-propelled gun|self-propelled howitzer|towed gun|howitzer|\bmrls?\b|multiple rocket|\bmortars?\b|field gun/, category: 'artillery-systems' },
];

/** SIPRI armament category (lower-cased) → our category, used when no description rule matches. */
export const ARMAMENT_CATEGORY_MAP: Readonly<Record<string, Category>> = {
  aircraft: 'other',
  'air defence systems': 'air-defence',
  'air defense systems': 'air-defence',
  'anti-submarine warfare': 'other',
  'armoured vehicles': 'armoured-vehicles',
  'armored vehicles': 'armoured-vehicles',
  artillery: 'artillery-systems',
  engines: 'other',
  missiles: 'other',
  'naval weapons': 'other',
  satellites: 'other',
  sensors: 'other',
  ships: 'other',
  other: 'other',
};

/** Our category for a SIPRI weapon description and (optional) armament category. */
export function mapSipriCategory(description: string, armamentCategory?: string): Category {
  const d = description.toLowerCase();
  for (const rule of DESCRIPTION_RULES) if (rule.pattern.test(d)) return rule.category;
  const a = (armamentCategory ?? '').trim().toLowerCase();
  return ARMAMENT_CATEGORY_MAP[a] ?? 'other';
}

/** Quantity unit from a description: "fighter aircraft" → "aircraft", "SAM" → "missiles". */
export function unitFromDescription(description: string): string {
  const d = description.toLowerCase();
  if (/\b(sam system|air defen[cs]e system|mrl|system)s?\b/.test(d)) return 'systems';
  if (/\baircraft\b/.test(d)) return 'aircraft';
  if (/helicopter/.test(d)) return 'helicopters';
  if (/\b(uav|ucav|drone)s?\b|loitering munition|one-way attack/.test(d)) return 'drones';
  if (/missile|\b(sam|ssm|aam|asm|atgm|brbm|srbm|sraam|bvraam)\b/.test(d)) return 'missiles';
  if (/\btanks?\b/.test(d)) return 'tanks';
  if (/\b(ifv|apc|armou?red car|vehicle|afv|mrap)s?\b/.test(d)) return 'vehicles';
  if (/\b(gun|howitzer|mortar)s?\b/.test(d)) return 'guns';
  if (/\bradars?\b/.test(d)) return 'radars';
  if (/\bengines?\b/.test(d)) return 'engines';
  if (/\b(ship|frigate|corvette|submarine|destroyer|patrol craft|boat|vessel)s?\b/.test(d)) return 'vessels';
  return 'units';
}
