import { describe, expect, it } from 'vitest';
import { ACTORS, lookupActor } from '../../../src/data/import/sipri-names.ts';
import { mapSipriCategory, unitFromDescription } from '../../../src/data/import/sipri-categories.ts';
import { isKnownIso3 } from '../../../src/data/iso3.ts';

describe('SIPRI name table', () => {
  it.each([
    ['Korea, North', 'PRK'],
    ['North Korea', 'PRK'],
    ['Korea, South', 'KOR'],
    ['UAE', 'ARE'],
    ['Viet Nam', 'VNM'],
    ['Turkiye', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Czech Republic', 'CZE'],
    ["Cote d'Ivoire", 'CIV'],
    ['Côte d’Ivoire', 'CIV'],
    ['Soviet Union', 'SUN'],
    ['East Germany (GDR)', 'DDR'],
    ['Serbia and Montenegro', 'SCG'],
    ['South Yemen', 'YMD'],
    ['Zaire', 'ZAR'],
    ['Hezbollah (Lebanon)*', 'HEZBOLLAH'],
    ['Houthi rebels (Yemen)*', 'HOUTHI'],
    ['NATO**', 'NATO'],
    ['African Union**', 'AFRICAN-UNION'],
    ['Unknown supplier(s)', 'UNKNOWN-SUPPLIER'],
    ['Libya HoR*', 'LIBYA-HOR'],
    ['  united   states ', 'USA'],
    ['RUS', 'RUS'],
  ])('%s → %s', (name, id) => {
    expect(lookupActor(name)?.id).toBe(id);
  });

  it('gives non-state actors and organisations their kinds', () => {
    expect(lookupActor('PKK (Turkey)*')?.kind).toBe('non-state-actor');
    expect(lookupActor('United Nations**')?.kind).toBe('organisation');
    expect(lookupActor('Yugoslavia')?.kind).toBe('historical-state');
    expect(lookupActor('Atlantis')).toBeUndefined();
  });

  it('uses known ISO codes for states and 3-letter ids for historical states', () => {
    for (const a of ACTORS) {
      if (a.kind === 'state') expect(isKnownIso3(a.id), a.id).toBe(true);
      if (a.kind === 'historical-state') expect(a.id).toMatch(/^[A-Z]{3}$/);
      else if (a.kind !== 'state') expect(a.id).toMatch(/^[A-Z][A-Z0-9-]*$/);
    }
    expect(ACTORS.filter((a) => a.kind === 'state').length).toBeGreaterThanOrEqual(190);
  });
});

describe('SIPRI categories', () => {
  it.each([
    ['fighter aircraft', 'fighter-aircraft'],
    ['FGA aircraft', 'fighter-aircraft'],
    ['trainer/combat aircraft', 'fighter-aircraft'],
    ['combat helicopter', 'helicopters'],
    ['SAM', 'air-defence'],
    ['mobile SAM system', 'air-defence'],
    ['self-propelled AA gun', 'air-defence'],
    ['SSM', 'ballistic-missiles'],
    ['BRBM', 'ballistic-missiles'],
    ['anti-ship missile', 'cruise-missiles'],
    ['land-attack missile', 'cruise-missiles'],
    ['UCAV', 'drones'],
    ['one-way attack drone', 'drones'],
    ['loitering munition', 'drones'],
    ['IFV', 'armoured-vehicles'],
    ['armoured car', 'armoured-vehicles'],
    ['anti-tank missile', 'other'],
    ['tanker/transport aircraft', 'other'],
    ['MRL', 'artillery-systems'],
    ['towed gun', 'artillery-systems'],
  ])('%s → %s', (desc, cat) => {
    expect(mapSipriCategory(desc)).toBe(cat);
  });

  it('falls back to the armament category, and to other', () => {
    expect(mapSipriCategory('turret', 'Armoured vehicles')).toBe('armoured-vehicles');
    expect(mapSipriCategory('air search radar', 'Sensors')).toBe('other');
    expect(mapSipriCategory('frigate', 'Ships')).toBe('other');
  });

  it('derives units from descriptions', () => {
    expect(unitFromDescription('FGA aircraft')).toBe('aircraft');
    expect(unitFromDescription('SAM system')).toBe('systems');
    expect(unitFromDescription('SSM')).toBe('missiles');
    expect(unitFromDescription('frigate')).toBe('vessels');
    expect(unitFromDescription('gizmo')).toBe('units');
  });
});
