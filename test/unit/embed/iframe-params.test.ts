import { describe, expect, it } from 'vitest';
import { childId, embedAttributes, MAX_PARAM_LENGTH } from '../../../src/embed/iframe/params.ts';
import { heightMessages, pymMessage } from '../../../src/embed/iframe/height-messages.ts';

describe('embedAttributes', () => {
  it('copies whitelisted parameters and ignores others', () => {
    const params = new URLSearchParams('src=data/transfers.json&from=2023-09&to=2024-12&mode=cumulative&onload=x&style=color:red&focus=UKR');
    expect(embedAttributes(params)).toEqual({ src: 'data/transfers.json', from: '2023-09', to: '2024-12', mode: 'cumulative', focus: 'UKR' });
  });

  it('drops empty and over-long values', () => {
    const params = new URLSearchParams({ from: '  ', to: '2024', src: `x${'a'.repeat(MAX_PARAM_LENGTH)}` });
    expect(embedAttributes(params)).toEqual({ to: '2024' });
  });

  it('accepts only fixed-length heights (no feedback with the iframe size)', () => {
    expect(embedAttributes(new URLSearchParams('height=480px')).height).toBe('480px');
    expect(embedAttributes(new URLSearchParams('height=30rem')).height).toBe('30rem');
    for (const bad of ['100vh', '50%', 'calc(100vh)', '480', 'auto']) {
      expect(embedAttributes(new URLSearchParams({ height: bad })).height, bad).toBeUndefined();
    }
  });
});

describe('childId', () => {
  it('returns a safe id or null', () => {
    expect(childId(new URLSearchParams('childId=graphic-1'))).toBe('graphic-1');
    expect(childId(new URLSearchParams(''))).toBeNull();
    // "xPYMx" separators or spaces would corrupt the Pym message.
    expect(childId(new URLSearchParams('childId=a b'))).toBeNull();
    expect(childId(new URLSearchParams({ childId: 'a'.repeat(101) }))).toBeNull();
  });
});

describe('height messages', () => {
  it('formats the Pym.js string', () => {
    expect(pymMessage('graphic-1', 612)).toBe('pymxPYMxgraphic-1xPYMxheightxPYMx612');
  });

  it('posts our, AMP and (with an id) Pym shapes, rounding up', () => {
    expect(heightMessages(611.2, 'g')).toEqual([
      { type: 'atn-embed-height', height: 612, id: 'g' },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
      'pymxPYMxgxPYMxheightxPYMx612',
    ]);
    expect(heightMessages(10, null)).toEqual([
      { type: 'atn-embed-height', height: 10, id: null },
      { sentinel: 'amp', type: 'embed-size', height: 10 },
    ]);
  });
});
