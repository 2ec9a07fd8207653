// Shared test data: a small valid graph built fresh for every test, so tests can
// change it freely (loadGraph must not care, but the tests should not interfere).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixturePath(name: string): string {
  return `${FIXTURES}${name}`;
}

/** A valid graph (fixtures/minimal.json) as a fresh mutable object. */
export function minimalGraph(): Record<string, any> {
  return JSON.parse(readFileSync(fixturePath('minimal.json'), 'utf8')) as Record<string, any>;
}
