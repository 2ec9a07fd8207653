// npm run import:csv -- <transfers.csv> [-o out.json] [--title "…"]
// Imports the newsroom template (data/templates/transfers-template.csv). Problems and
// a summary go to stderr, the graph JSON to -o or stdout. Exit 1 when nothing imported.
import { importSpreadsheetCsv } from '../src/data/import/index.ts';
import { parseImportArgs, readInputText, writeImport } from './lib/cli.ts';

const { input, out, title } = parseImportArgs(process.argv.slice(2), 'npm run import:csv -- <transfers.csv> [-o out.json] [--title TEXT]');
const result = importSpreadsheetCsv(readInputText(input), title ? { title } : {});
writeImport(result, input, out);
