import fc from 'fast-check';
import { FuzzIds, plausible } from './bad-values';
import { OpenApiDocument, resolve, Schema, typeOf } from './openapi-operations';

/**
 * Text at the edges of what a field takes: as long as allowed (in letters, in emoji, in
 * characters that validators count as nothing), blank, quoted, or markup.
 */
function edgeStrings(maxLength = 200): string[] {
  const n = Math.min(maxLength, 20_000);
  return [
    'x'.repeat(n),
    '😀'.repeat(n),
    'e\u0301'.repeat(Math.floor(n / 2)),
    '\uFE0F'.repeat(n + 10),
    `a${'\uFE0F'.repeat(n)}`,
    ' ',
    '',
    "'; DROP TABLE people; --",
    '<script>alert(1)</script>',
    '\u202Eomgekeerd',
    '%s%n',
    '\\',
  ];
}

const EDGE_DATES = [
  '2000-01-01',
  '2100-12-31',
  '2024-02-29',
  '0001-01-01',
  '9999-12-31',
  '1970-01-01',
];

/**
 * Values the schema allows, or nearly: its bounds, its longest texts, other regions' ids. The
 * API may accept or refuse them, but never with a 5xx.
 */
export function edgeValue(
  doc: OpenApiDocument,
  raw: Schema | undefined,
  ids: FuzzIds & { foreign: string[] },
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  const type = typeOf(schema);
  if (type === 'array' || type === 'object') return edgeContainer(doc, schema, ids, depth);
  // Mostly plausible values, so that bodies get past validation to the handler and the database.
  return fc.oneof(
    { weight: 3, arbitrary: plausible(doc, schema, ids, depth) },
    { weight: 1, arbitrary: edgeLeaf(schema, ids) },
  );
}

function edgeLeaf(schema: Schema, ids: FuzzIds & { foreign: string[] }): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (typeOf(schema)) {
    case 'string':
      if (schema.format === 'uuid') return fc.constantFrom(...ids.uuids, ...ids.foreign);
      if (schema.format === 'date') return fc.constantFrom(...EDGE_DATES);
      if (schema.format === 'email') {
        return fc.constantFrom(`${'a'.repeat(64)}@${'b'.repeat(63)}.nl`, 'A@B.NL', 'a+b@c.nl');
      }
      return fc.constantFrom(...edgeStrings(schema.maxLength));
    case 'integer':
    case 'number': {
      const bounds = [schema.minimum, schema.maximum].filter((b) => b !== undefined);
      return fc.constantFrom(...bounds, 0, 1, ...(typeOf(schema) === 'number' ? [0.01, 0.1] : []));
    }
    case 'boolean':
      return fc.boolean();
    default:
      return fc.constantFrom('x', 1);
  }
}

function edgeContainer(
  doc: OpenApiDocument,
  schema: Schema,
  ids: FuzzIds & { foreign: string[] },
  depth: number,
): fc.Arbitrary<unknown> {
  switch (typeOf(schema)) {
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(edgeValue(doc, schema.items, ids, depth + 1), { maxLength: 4 });
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      if (depth > 3 || properties.length === 0) return fc.constant({});
      const model = Object.fromEntries(
        properties.map(([name, s]) => [name, edgeValue(doc, s, ids, depth + 1)]),
      );
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.constant({});
  }
}
