#!/usr/bin/env node
// Locates a system Chromium. Tools (puppeteer, playwright) are never allowed to
// download their own browser: every runner gets its executable path from here.
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Candidate paths, in order of preference. CHROME_PATH wins when set. */
export const CHROMIUM_CANDIDATES = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]);

/**
 * Flags for a headless Chromium in a container or CI: no sandbox (root), no GPU,
 * no network chatter of its own (updates, sync, QUIC), so runs are quiet and offline.
 * The caller adds a fresh --user-data-dir.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the path of a usable Chromium, or undefined when none is found.
 * A CHROME_PATH that is set but not executable is an error, not a silent fallback:
 * the user asked for that browser.
 */
export function findChromium(env = process.env) {
  const explicit = env.CHROME_PATH?.trim();
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`CHROME_PATH is set to "${explicit}" but that is not an executable file.`);
  }
  return CHROMIUM_CANDIDATES.find(isExecutable);
}

// CLI: print the path (exit 1 when there is none), e.g. `CHROME_PATH=$(node scripts/find-chromium.mjs)`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const path = findChromium();
    if (!path) {
      console.error(`No Chromium found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). Set CHROME_PATH.`);
      process.exit(1);
    }
    console.log(path);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
