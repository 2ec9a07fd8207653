import { describe, expect, it } from 'vitest';
import { ISO3_CURRENT, formatPath, formatProblem, isKnownIso3, iso3Status } from '../../../src/data/index.ts';

describe('iso3Status', () => {
  it('tells current, historical, user-assigned and unknown codes apart', () => {
    expect(ISO3_CURRENT.size).toBe(249);
    expect(iso3Status('RUS')).toBe('current');
    expect(iso3Status('PRK')).toBe('current');
    for (const code of ['SUN', 'DDR', 'YUG', 'CSK', 'SCG']) expect(iso3Status(code), code).toBe('historical');
    expect(iso3Status('XKX')).toBe('user-assigned');
    expect(iso3Status('PRKK')).toBe('unknown');
    expect(iso3Status('rus')).toBe('unknown');
    expect(isKnownIso3('constructor')).toBe(false);
    expect(isKnownIso3('toString')).toBe(false);
  });
});

describe('formatPath / formatProblem', () => {
  it('writes paths the way editors read them', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['transfers', 12, 'recipient'])).toBe('transfers[12].recipient');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath(['meta', 'odd key', 'x'])).toBe('meta["odd key"].x');
    expect(formatProblem({ path: 'transfers[12].recipient', message: 'unknown state "PRKK"' })).toBe(
      'transfers[12].recipient: unknown state "PRKK"',
    );
    expect(formatProblem({ path: '', message: 'is empty' })).toBe('(root): is empty');
  });
});
