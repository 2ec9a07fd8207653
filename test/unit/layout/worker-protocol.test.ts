import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/layout/compute-layout.ts';
import type { LayoutInput } from '../../../src/layout/types.ts';
import {
  decodeLayout,
  encodeLayout,
  isLayoutRequest,
  isLayoutResponse,
  layoutRequest,
} from '../../../src/layout/worker-protocol.ts';

const input: LayoutInput = {
  nodes: [
    { id: 'USA', weight: 5 },
    { id: 'UKR', weight: 3 },
    { id: 'PRK', weight: 2, fixed: { x: 10, y: -4 } },
    { id: 'RUS', weight: 4 },
  ],
  links: [
    { source: 'USA', target: 'UKR', weight: 3 },
    { source: 'PRK', target: 'RUS', weight: 2 },
    { source: 'RUS', target: 'UKR' },
  ],
};

describe('layout worker protocol', () => {
  it('round-trips a layout through structured cloning unchanged', () => {
    const result = computeLayout(input);
    const payload = structuredClone(encodeLayout(result));
    expect(Array.isArray(payload.ids) && Array.isArray(payload.xs)).toBe(true);
    const back = decodeLayout(payload);
    expect([...back.positions]).toEqual([...result.positions]);
    expect(back.bounds).toEqual(result.bounds);
  });

  it('a cloned request lays out exactly like the original input', () => {
    const request = structuredClone(layoutRequest(7, input, { seed: 3, ticks: 120 }));
    expect(isLayoutRequest(request)).toBe(true);
    expect(request.id).toBe(7);
    const viaRequest = computeLayout(request.input, request.options);
    const direct = computeLayout(input, { seed: 3, ticks: 120 });
    expect([...viaRequest.positions]).toEqual([...direct.positions]);
    expect(viaRequest.bounds).toEqual(direct.bounds);
  });

  it('keeps pinned positions and optional weights in the request, and copies the input', () => {
    const request = layoutRequest(1, input);
    expect(request.input.nodes[2]).toEqual({ id: 'PRK', weight: 2, fixed: { x: 10, y: -4 } });
    expect(request.input.links[2]).toEqual({ source: 'RUS', target: 'UKR' });
    expect(request.input.nodes[2]!.fixed).not.toBe(input.nodes[2]!.fixed);
  });

  it('rejects payloads whose arrays disagree or hold non-finite numbers', () => {
    const bounds = { minX: 0, minY: 0, maxX: 1, maxY: 1 };
    expect(() => decodeLayout({ ids: ['A', 'B'], xs: [1], ys: [1, 2], bounds })).toThrow(/length/);
    expect(() => decodeLayout({ ids: ['A'], xs: [Number.NaN], ys: [1], bounds })).toThrow(/A is not finite/);
  });

  it('recognises well-formed messages only', () => {
    expect(isLayoutRequest({ type: 'layout', id: 1, input: { nodes: [], links: [] }, options: {} })).toBe(true);
    expect(isLayoutRequest({ type: 'layout', id: '1', input: { nodes: [], links: [] }, options: {} })).toBe(false);
    expect(isLayoutRequest({ type: 'layout', id: 1, input: { nodes: [] }, options: {} })).toBe(false);
    expect(isLayoutRequest(null)).toBe(false);
    const ok = { type: 'layout-result', id: 2, ms: 1, ids: [], xs: [], ys: [], bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 } };
    expect(isLayoutResponse(ok)).toBe(true);
    expect(isLayoutResponse({ ...ok, ms: undefined })).toBe(false);
    expect(isLayoutResponse({ type: 'layout-error', id: 2, message: 'boom' })).toBe(true);
    expect(isLayoutResponse({ type: 'layout-error', id: 2 })).toBe(false);
    expect(isLayoutResponse({ type: 'other', id: 2 })).toBe(false);
  });
});
