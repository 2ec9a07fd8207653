// One fixture with ten different faults: the loader must report exactly those
// ten, each at its path, and the CLI must print them and exit 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseGraphJson } from '../../../src/data/index.ts';
import { fixturePath } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;

const TEN_ERRORS = [
  'meta.__proto__: "__proto__" is not allowed as a field name (it could tamper with JavaScript objects)',
  'sources[0].url: must be an http:// or https:// URL (got "javascript:alert(1)")',
  'transfers[2].category: unknown category "tanks"; must be one of: artillery-ammunition, drones, ballistic-missiles, cruise-missiles, fighter-aircraft, helicopters, air-defence, armoured-vehicles, artillery-systems, production-technology, personnel, dual-use-goods, other',
  'transfers[3]: missing required field "item"',
  'transfers[6].events[0].kind: unknown event kind "shipped"; must be one of: offered, negotiating, ordered, delivered, used, reported, alleged, confirmed, denied, disputed',
  'states[3].id: duplicate state id "RUS" (already used by states[0])',
  'transfers[0].recipient: unknown state "PRKK"',
  'transfers[1].recipient: is the same as the supplier ("RUS"); supplier and recipient must differ',
  'transfers[4].events[0].date: "2023-02-30" is not a real day (February 2023 has 28 days)',
  'transfers[5].events[0].reported: "2023-01" is before the event\'s date "2023-03"; it cannot have been reported before it happened',
];

function runValidate(file: string) {
  return spawnSync(TSX, ['scripts/validate.ts', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('fixtures/ten-faults.json', () => {
  it('yields exactly the ten errors, with paths', () => {
    const result = parseGraphJson(readFileSync(fixturePath('ten-faults.json'), 'utf8'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(result.problems.map(formatProblem)).toEqual(TEN_ERRORS);
  });
});

describe('npm run validate (scripts/validate.ts)', () => {
  it('prints the ten errors as file: path: error: message and exits 1', () => {
    const file = 'test/unit/data/fixtures/ten-faults.json';
    const run = runValidate(file);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toEqual(
      TEN_ERRORS.map((text) => {
        const at = text.indexOf(': ');
        return `${file}: ${text.slice(0, at)}: error: ${text.slice(at + 2)}`;
      }),
    );
    expect(run.stderr).toContain('10 errors, 0 warnings');
  });

  it('prints a one-line summary for a valid graph and exits 0', () => {
    const file = 'test/unit/data/fixtures/minimal.json';
    const run = runValidate(file);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${file}: valid: 2 states, 1 transfer, 2 sources, 2 events, events dated 2023 – 2023\n`);
  });

  it('exits 2 with a clear message without a file or with a missing one', () => {
    const none = spawnSync(TSX, ['scripts/validate.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: npm run validate -- <graph.json>');
    const missing = runValidate('no/such/file.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no/such/file.json: cannot read the file (no such file)');
  });

  it('labels warnings and still exits 0', () => {
    // A valid graph with one unused source, passed through a temporary copy.
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const fs=require('fs'),os=require('os'),path=require('path');
         const g=JSON.parse(fs.readFileSync(${JSON.stringify(fixturePath('minimal.json'))},'utf8'));
         g.sources.push({...g.sources[0],id:'unused'});
         const f=path.join(fs.mkdtempSync(path.join(os.tmpdir(),'atn-')),'g.json');
         fs.writeFileSync(f,JSON.stringify(g));process.stdout.write(f);`,
      ],
      { encoding: 'utf8' },
    );
    const run = runValidate(out);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `${out}: sources[2]: warning: source "unused" is not cited by any event or milestone`,
      `${out}: valid: 2 states, 1 transfer, 3 sources, 2 events, events dated 2023 – 2023 (1 warning)`,
      '',
    ]);
  });
});
