// JSON paths as data editors read them: `transfers[12].events[0].sources[1]`.
// One formatter so the CLI, the app and the tests all show the same thing.
import type { Problem } from './types.ts';

export type PathSegment = string | number;

/** Shown for a problem with the whole document, which has no path of its own. */
export const ROOT_PATH = '(root)';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['transfers', 12, 'recipient']` → `transfers[12].recipient`; `[]` → `(root)`. */
export function formatPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return ROOT_PATH;
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    // Keys with spaces, dots or quotes are quoted so the path stays unambiguous.
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `transfers[12].recipient: unknown state "PRKK"`. */
export function formatProblem(problem: Pick<Problem, 'path' | 'message'>): string {
  return `${problem.path || ROOT_PATH}: ${problem.message}`;
}
