import { defineConfig } from 'vitest/config';

// Unit tests only. Browser tests (test/browser, web-test-runner) and end-to-end
// tests (e2e/, playwright-core) have their own runners; keeping the globs apart
// means no runner ever picks up another's files.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Pure layers need no DOM. A file that renders opts in with
    // `// @vitest-environment jsdom` as its first line.
    environment: 'node',
    watch: !process.env.CI,
    // Deterministic output order on the 2-core CI box; still parallel across files.
    sequence: { shuffle: false },
    testTimeout: 10_000,
  },
});
