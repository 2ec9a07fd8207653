import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, CHROMIUM_FLAGS, findChromium } from '../../../scripts/find-chromium.mjs';

describe('findChromium', () => {
  it('prefers CHROME_PATH when it names an executable', () => {
    // The running node binary is an executable that certainly exists.
    expect(findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });

  it('rejects a CHROME_PATH that is not executable instead of silently falling back', () => {
    expect(() => findChromium({ CHROME_PATH: '/nonexistent/chrome' })).toThrow(/CHROME_PATH.*\/nonexistent\/chrome/);
  });

  it('without CHROME_PATH returns one of the known system paths or undefined', () => {
    const found = findChromium({});
    expect(found === undefined || CHROMIUM_CANDIDATES.includes(found)).toBe(true);
  });

  it('treats a blank CHROME_PATH as unset', () => {
    expect(findChromium({ CHROME_PATH: '  ' })).toBe(findChromium({}));
  });

  it('launch flags allow running as root and stop the browser phoning home', () => {
    for (const flag of ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync']) {
      expect(CHROMIUM_FLAGS).toContain(flag);
    }
  });
});
