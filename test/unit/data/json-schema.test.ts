// data/schema.json must match the valibot schema it is generated from, and every
// graph in data/ must pass both the loader and the JSON Schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GraphSchema, formatProblem, parseGraphJson } from '../../../src/data/index.ts';
import { buildJsonSchema, jsonSchemaText, SCHEMA_FILE } from '../../../scripts/write-schema.ts';
import { minimalGraph } from './helpers.ts';

const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

type JsonSchema = Record<string, any>;

/**
 * Just enough draft-07 to check our generated schema is usable: the keywords
 * @valibot/to-json-schema emits for GraphSchema. Returns "path: keyword" failures.
 */
function jsonSchemaErrors(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const typeOf = (x: unknown): string =>
    x === null ? 'null' : Array.isArray(x) ? 'array' : Number.isInteger(x) ? 'integer' : typeof x;
  if (schema.type !== undefined) {
    const actual = typeOf(value);
    const ok = schema.type === actual || (schema.type === 'number' && actual === 'integer');
    if (!ok) return [`${path}: type ${schema.type}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: const`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: enum`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: pattern`);
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: minLength`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: maxLength`);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: minimum`);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: minItems`);
    if (schema.items) value.forEach((item, i) => errors.push(...jsonSchemaErrors(schema.items, item, `${path}[${i}]`)));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}: required ${key}`);
    for (const [key, sub] of Object.entries<JsonSchema>(schema.properties ?? {})) {
      if (key in record) errors.push(...jsonSchemaErrors(sub, record[key], `${path}.${key}`));
    }
  }
  return errors;
}

function graphFiles(): string[] {
  if (!existsSync(DATA_DIR)) return [];
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .filter((name) => {
      try {
        const data: unknown = JSON.parse(readFileSync(`${DATA_DIR}${name}`, 'utf8'));
        return !!data && typeof data === 'object' && 'transfers' in data && 'states' in data;
      } catch {
        return true; // a broken graph file must fail below, not be skipped
      }
    });
}

describe('data/schema.json', () => {
  it('is up to date with src/data/schema.ts (run `npm run schema` if this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(jsonSchemaText());
  });

  it('is a draft-07 schema with id, title and the format vocabularies', () => {
    const schema = buildJsonSchema() as JsonSchema;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^urn:arms-transfer-network:graph:v1$/);
    expect(schema.title).toBeTypeOf('string');
    expect(schema.required).toEqual(['version', 'meta', 'states', 'sources', 'transfers']);
    expect(schema.properties.transfers.items.properties.category.enum).toContain('artillery-ammunition');
    expect(schema.properties.sources.items.properties.url.pattern).toBe('^https?:\\/\\/[^\\s"<>]+$');
  });

  it('accepts the minimal graph and rejects a broken one', () => {
    const schema = buildJsonSchema() as JsonSchema;
    expect(jsonSchemaErrors(schema, minimalGraph())).toEqual([]);
    const broken = minimalGraph();
    broken.transfers[0].category = 'tanks';
    delete broken.sources[0].url;
    expect(jsonSchemaErrors(schema, broken)).toEqual([
      '$.sources[0]: required url',
      '$.transfers[0].category: enum',
    ]);
  });
});

describe('graph files in data/', () => {
  const files = graphFiles();
  it.skipIf(files.length === 0)('all load without errors and match the JSON Schema', () => {
    const schema = buildJsonSchema() as JsonSchema;
    for (const name of files) {
      const text = readFileSync(`${DATA_DIR}${name}`, 'utf8');
      const result = parseGraphJson(text);
      expect(result.ok ? [] : result.problems.filter((p) => p.severity === 'error').map(formatProblem), name).toEqual([]);
      const data: unknown = JSON.parse(text);
      expect(v.safeParse(GraphSchema, data).success, name).toBe(true);
      expect(jsonSchemaErrors(schema, data), name).toEqual([]);
      if (!result.ok) continue;
      // Light structural expectations of a real dataset.
      const { graph } = result;
      expect(graph.transfers.length, name).toBeGreaterThan(0);
      const stateIds = new Set(graph.states.map((s) => s.id));
      for (const t of graph.transfers) {
        expect(stateIds.has(t.supplier) && stateIds.has(t.recipient), t.id).toBe(true);
        expect(t.events.flatMap((e) => e.sources).length, t.id).toBeGreaterThan(0);
      }
    }
  });
});
