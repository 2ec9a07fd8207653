// Writes data/schema.json from the valibot GraphSchema (src/data/schema.ts), so
// editors get completion and checks in their IDE. Run: npm run schema.
// test/unit/data/json-schema.test.ts fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FORMAT_VERSION, GraphSchema } from '../src/data/schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../data/schema.json', import.meta.url));

/** The JSON Schema (draft-07) of a graph file. */
export function buildJsonSchema(): Record<string, unknown> {
  // 'ignore': checks JSON Schema cannot express (finite numbers) are left to the
  // validator, which also checks real calendar days and cross-references.
  const { $schema: _draft, ...body } = toJsonSchema(GraphSchema, { target: 'draft-07', errorMode: 'ignore' });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `urn:arms-transfer-network:graph:v${FORMAT_VERSION}`,
    title: 'Arms transfer network graph',
    description:
      'States, sources and dated, sourced arms transfers (format version ' +
      `${FORMAT_VERSION}). See docs/data-format.md. Validate fully with: npm run validate -- <file>.`,
    ...body,
  };
}

/** Exactly what is written to data/schema.json. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, jsonSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
