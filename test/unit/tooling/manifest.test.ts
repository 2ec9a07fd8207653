// custom-elements.json is generated (npm run manifest) and committed: it must match the source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestText, MANIFEST_PATH } from '../../../scripts/manifest.ts';

describe('custom-elements.json', () => {
  const generated = JSON.parse(manifestText());
  const widget = generated.modules[0].declarations[0];

  it('describes the widget: tag, attributes, methods, events, parts, CSS properties', () => {
    expect(widget.tagName).toBe('arms-transfer-network');
    const attributes = widget.attributes.map((a: { name: string }) => a.name);
    for (const name of ['src', 'from', 'to', 'mode', 'basis', 'categories', 'focus', 'controls', 'theme', 'height']) {
      expect(attributes).toContain(name);
    }
    const methods = widget.members.filter((m: { kind: string }) => m.kind === 'method').map((m: { name: string }) => m.name);
    expect(methods).toEqual(expect.arrayContaining(['exportSVG', 'exportPNG']));
    expect(widget.events.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['atn-load', 'atn-error', 'atn-select', 'atn-range-change']));
    expect(widget.cssParts.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['toolbar', 'stage', 'time-bar', 'error']));
    expect(widget.cssProperties.map((p: { name: string }) => p.name)).toContain('--atn-bg');
    // Internal state never leaks into the public API.
    expect(widget.members.map((m: { name: string }) => m.name)).not.toContain('loadToken');
  });

  it('is in sync with the source (run `npm run manifest` after changing the widget)', () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(manifestText());
  });
});
