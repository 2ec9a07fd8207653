// Minimal assertions for browser tests: no assertion library is bundled into the page.

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

export function assertEqual<T>(actual: T, expected: T, message: string): void {
  if (!Object.is(actual, expected)) {
    throw new Error(`Assertion failed: ${message}\n  expected: ${String(expected)}\n  actual:   ${String(actual)}`);
  }
}

/** Equality within a tolerance, for layout numbers that depend on fonts and rounding. */
export function assertClose(actual: number, expected: number, tolerance: number, message: string): void {
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`Assertion failed: ${message}\n  expected: ${expected} ± ${tolerance}\n  actual:   ${actual}`);
  }
}
