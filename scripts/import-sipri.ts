// npm run import:sipri -- <export.csv> [-o out.json] [--title "…"] [--generated YYYY-MM-DD] [--layout]
// Imports a SIPRI Arms Transfers Database export the user downloaded. Problems and a
// summary go to stderr, the graph JSON to -o or stdout. Exit 1 when nothing imported.
import { importSipri } from '../src/data/import/index.ts';
import { parseImportArgs, readInputText, writeImport } from './lib/cli.ts';
import { withPositions } from './precompute-layout.ts';

let generated: string | undefined;
// --layout: store union-layout positions in states[].position (no simulation at page load).
let layout = false;
const { input, out, title } = parseImportArgs(
  process.argv.slice(2),
  'npm run import:sipri -- <export.csv> [-o out.json] [--title TEXT] [--generated YYYY-MM-DD] [--layout]',
  (flag, value) => {
    if (flag === '--generated') generated = value('a date');
    else if (flag === '--layout') layout = true;
    else return false;
    return true;
  },
);
const result = importSipri(readInputText(input), {
  ...(title ? { title } : {}),
  ...(generated ? { dataGenerated: generated } : {}),
});
writeImport(result, input, out, layout && result.summary.transfers > 0 ? withPositions(result.graph) : result.graph);
