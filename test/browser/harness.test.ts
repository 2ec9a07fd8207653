// Proves the browser harness itself: TypeScript with .ts imports is served to a real
// Chromium, bare imports resolve (lit), esbuild honours tsconfig's class-field
// semantics, and layout APIs that jsdom lacks (getBBox, text measurement) work.
import { LitElement, html } from 'lit';
import { formatPartialDate, startDay } from '../../src/data/partial-date.ts';
import { assert, assertClose, assertEqual } from './helpers/assert.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

describe('browser harness', () => {
  it('runs project TypeScript modules in the browser', () => {
    assertEqual(formatPartialDate('2023-11-02'), '2 November 2023', 'day-precision formatting');
    assertEqual(formatPartialDate('2023-11'), 'November 2023', 'month-precision formatting');
    assertEqual(startDay('1970-01-02'), 1, 'day numbers count from 1970-01-01 UTC');
  });

  it('is a real browser with SVG layout (getBBox, text measurement)', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('width', '200');
    svg.setAttribute('height', '100');
    const rect = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ x: '10', y: '5', width: '40', height: '20' })) rect.setAttribute(k, v);
    const text = document.createElementNS(SVG_NS, 'text');
    text.textContent = 'Arms transfers';
    svg.append(rect, text);
    document.body.append(svg);
    try {
      const box = rect.getBBox();
      assertEqual(box.x, 10, 'bbox x');
      assertEqual(box.y, 5, 'bbox y');
      assertEqual(box.width, 40, 'bbox width');
      assertEqual(box.height, 20, 'bbox height');
      // Text has a measured width only when a layout engine with fonts is present.
      assert(text.getComputedTextLength() > 0, 'text has a measured length');
      assertClose(text.getBBox().width, text.getComputedTextLength(), 1, 'text bbox matches measured length');
    } finally {
      svg.remove();
    }
  });

  it('compiles lit elements with static properties and field initialisers correctly', async () => {
    // With define semantics for class fields, `label = ...` would shadow lit's reactive
    // accessor and updates would silently stop; tsconfig's useDefineForClassFields:false
    // must reach esbuild for this to pass.
    class HarnessProbe extends LitElement {
      static override properties = { label: { type: String } };
      label = 'initial';
      override render() {
        return html`<span>${this.label}</span>`;
      }
    }
    customElements.define('harness-probe', HarnessProbe);
    const el = document.createElement('harness-probe') as HarnessProbe;
    document.body.append(el);
    try {
      await el.updateComplete;
      assertEqual(el.shadowRoot?.querySelector('span')?.textContent, 'initial', 'first render');
      el.label = 'changed';
      await el.updateComplete;
      assertEqual(el.shadowRoot?.querySelector('span')?.textContent, 'changed', 'reactive update');
    } finally {
      el.remove();
    }
  });
});
