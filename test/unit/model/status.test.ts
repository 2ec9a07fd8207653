import { describe, expect, it } from 'vitest';
import { lineStyle, statusFromEvents, statusAsOf, indexGraph } from '../../../src/model/index.ts';
import { startDay } from '../../../src/data/partial-date.ts';
import { graph } from './fixture.ts';

const k = (...kinds: string[]) => kinds.map((kind) => ({ kind }) as { kind: never });

describe('statusFromEvents', () => {
  it('is undefined without events', () => {
    expect(statusFromEvents([])).toBeUndefined();
  });
  it('takes the furthest lifecycle stage', () => {
    expect(statusFromEvents(k('negotiating', 'ordered'))?.status).toBe('ordered');
    expect(statusFromEvents(k('used', 'delivered'))?.status).toBe('used');
    expect(statusFromEvents(k('offered', 'negotiating'))?.status).toBe('negotiating');
  });
  it('lets a confirmation outrank stages short of delivery, not delivery itself', () => {
    expect(statusFromEvents(k('negotiating', 'confirmed'))?.status).toBe('confirmed');
    expect(statusFromEvents(k('delivered', 'confirmed'))).toEqual({ status: 'delivered', style: 'solid', contested: false, confirmed: true });
  });
  it('keeps a denial on record without undoing a delivery', () => {
    expect(statusFromEvents(k('delivered', 'denied'))).toEqual({ status: 'delivered', style: 'solid', contested: true, confirmed: false });
  });
  it('turns a merely reported or alleged claim that is denied into denied/disputed', () => {
    expect(statusFromEvents(k('reported', 'denied'))?.status).toBe('denied');
    expect(statusFromEvents(k('alleged', 'disputed'))?.style).toBe('faded');
    expect(statusFromEvents(k('reported', 'disputed', 'denied'))?.status).toBe('denied');
    expect(statusFromEvents(k('denied'))?.status).toBe('denied');
  });
  it('falls back from confirmed to reported to alleged', () => {
    expect(statusFromEvents(k('alleged', 'reported'))?.status).toBe('reported');
    expect(statusFromEvents(k('alleged'))?.status).toBe('alleged');
    expect(statusFromEvents(k('reported', 'confirmed'))?.status).toBe('confirmed');
  });
  it('maps statuses to line styles redundantly with colour', () => {
    expect(['used', 'delivered', 'confirmed'].map((s) => lineStyle(s as never))).toEqual(['solid', 'solid', 'solid']);
    expect(['ordered', 'offered', 'negotiating', 'reported', 'alleged'].map((s) => lineStyle(s as never))).toEqual(Array(5).fill('dashed'));
    expect(['denied', 'disputed'].map((s) => lineStyle(s as never))).toEqual(['faded', 'faded']);
  });
});

describe('statusAsOf', () => {
  const index = indexGraph(graph);
  const irn = index.transfers.get('irn-rus-bm')!;
  it('reads Iranian missiles as in negotiation in January 2024 and delivered from September 2024', () => {
    expect(statusAsOf(irn, startDay('2024-01-31'), 'reported', index)?.status).toBe('negotiating');
    expect(statusAsOf(irn, startDay('2024-08-31'), 'reported', index)?.status).toBe('negotiating');
    const sept = statusAsOf(irn, startDay('2024-09-30'), 'reported', index);
    expect(sept).toEqual({ status: 'delivered', style: 'solid', contested: true, confirmed: false });
  });
  it('shows what happened, not what was known, under the "happened" basis', () => {
    // The contract of 2023 was revealed only in September 2024.
    expect(statusAsOf(irn, startDay('2024-01-31'), 'happened', index)?.status).toBe('ordered');
    expect(statusAsOf(irn, startDay('2023-06-01'), 'happened', index)?.status).toBe('ordered');
    expect(statusAsOf(irn, startDay('2023-06-01'), 'reported', index)).toBeUndefined();
  });
  it('counts a first use reported days later only from the report under the default basis', () => {
    const prk = index.transfers.get('prk-rus-bm')!;
    expect(statusAsOf(prk, startDay('2024-01-03'), 'reported', index)).toBeUndefined();
    expect(statusAsOf(prk, startDay('2024-01-04'), 'reported', index)?.status).toBe('used');
    expect(statusAsOf(prk, startDay('2023-12-30'), 'happened', index)?.status).toBe('used');
  });
});
