import fc from 'fast-check';
import { isNullable, OpenApiDocument, resolve, Schema, typeOf } from './openapi-operations';

/** Every own name of Object.prototype, and `prototype`: unknown fields that once slipped through. */
export const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

/** Text PostgreSQL cannot store unaltered. */
export const EDGE_STRINGS = ['a\u0000b', '\u0000', '\uD800', 'x\uDC00y', 'ab\uDBFF'];

/** Numbers beyond every bound an API field may have (as JSON text: some are no doubles). */
export const HUGE_NUMBERS = [
  '9007199254740993',
  '99999999999999999999',
  '1e300',
  '-1e300',
  '1e400',
  '-9007199254740993',
];
/** Fractions that no whole-number field and no two-decimals field accepts. */
export const FRACTIONS = ['0.5', '1e-7', '0.001', '2.0000001'];

/**
 * A stand-in for raw JSON text (a number literal no double can hold, or nesting too deep to build
 * as an object), put in place of the marker by {@link toJsonText}.
 */
const RAW_TEXTS = new Map<number, string>();
let rawCount = 0;
export function rawNumber(text: string): string {
  RAW_TEXTS.set(++rawCount, text);
  return `\u0001raw:${rawCount}\u0001`;
}

/** JSON text of a value, with the raw markers replaced by their text. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:(\d+)\\u0001"/g, (_m, i) => {
    const text = RAW_TEXTS.get(Number(i)) ?? 'null';
    RAW_TEXTS.delete(Number(i));
    return text;
  });
}

/** Ids that exist (so a plausible body can name real rows), and one that does not. */
export interface FuzzIds {
  uuids: string[];
}

/** Values by field name, for rules the schema does not state (a pattern, a version read). */
const HINTS: [RegExp, unknown[]][] = [
  [/email/i, ['fuzz@test.koers', 'x@y.nl']],
  [/url$/i, ['https://example.nl/besluit', 'http://x.nl']],
  [/^cbsCode$/, ['GM0001', 'GM9999']],
  [/^version$/, [1, 2]],
];

/** A value that fits the schema more or less: real ids, dates, in-range numbers, short text. */
export function plausible(
  doc: OpenApiDocument,
  raw: Schema | undefined,
  ids: FuzzIds,
  depth = 0,
  name = '',
): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = typeOf(schema);
  const hint = HINTS.find(([pattern]) => pattern.test(name));
  if (hint && (type === 'string' || type === 'integer')) return fc.constantFrom(...hint[1]);
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.constantFrom(...ids.uuids);
      if (schema.format === 'date')
        return fc.constantFrom('2026-01-01', '2026-12-31', '2027-06-30');
      if (schema.format === 'email') return fc.constantFrom('fuzz@test.koers', 'x@y.nl');
      return fc.oneof(
        fc.constantFrom('Tekst', 'Fietspaden', ''),
        fc.string({ maxLength: Math.min(schema.maxLength ?? 30, 30) }),
      );
    case 'integer':
    case 'number': {
      const min = Math.max(schema.minimum ?? 0, -1_000_000);
      const max = Math.min(schema.maximum ?? min + 1_000, min + 1_000_000);
      return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(plausible(doc, schema.items, ids, depth + 1), { maxLength: 3 });
    case 'object': {
      const properties = schema.properties ?? {};
      if (depth > 3 || Object.keys(properties).length === 0) return fc.constant({});
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, s]) => [key, plausible(doc, s, ids, depth + 1, key)]),
      );
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.constantFrom('x', 1, true);
  }
}

/** Values of another type than the schema's, and never a value it accepts. */
export function wrongValues(doc: OpenApiDocument, raw: Schema): unknown[] {
  const schema = resolve(doc, raw);
  const type = typeOf(schema);
  const nullable = isNullable(schema);
  if (type === undefined) return [];
  const values: unknown[] = [[1, 2]];
  if (type !== 'object') values.push({});
  if (type !== 'integer' && type !== 'number') values.push(12345, -1.5);
  if (type !== 'boolean') values.push(true, false);
  if (type === 'integer' || type === 'number') values.push('twaalf', 'NaN');
  if (type === 'boolean') values.push('ja', 1);
  if (type === 'array') values.push('lijst', 7, { 0: 'a' });
  if (type === 'object') values.push('object', 42, [{}]);
  if (!nullable) values.push(null);
  return values.filter((v) => !(type === 'array' && Array.isArray(v)));
}

/** Where in a value a mutation can go: the path to every object, string and number in it. */
export interface Spot {
  path: (string | number)[];
  value: unknown;
  schema: Schema;
  kind: 'object' | 'string' | 'number' | 'other';
}

/** The spots of a plausible value, each with the schema it should have met. */
export function spotsOf(
  doc: OpenApiDocument,
  value: unknown,
  raw: Schema,
  path: Spot['path'] = [],
) {
  const schema = resolve(doc, raw);
  const spots: Spot[] = [];
  const kind: Spot['kind'] =
    typeof value === 'string'
      ? 'string'
      : typeof value === 'number'
        ? 'number'
        : value !== null && typeof value === 'object' && !Array.isArray(value)
          ? 'object'
          : 'other';
  spots.push({ path, value, schema, kind });
  if (Array.isArray(value)) {
    value.forEach((item, i) => spots.push(...spotsOf(doc, item, schema.items ?? {}, [...path, i])));
  } else if (kind === 'object') {
    for (const [key, item] of Object.entries(value as object)) {
      spots.push(...spotsOf(doc, item, schema.properties?.[key] ?? {}, [...path, key]));
    }
  }
  return spots;
}

/**
 * The object with one more field in front. Built from JSON text: `{ ...value, __proto__: x }`
 * would set the prototype instead of adding a field named `__proto__`.
 */
export function withField(object: unknown, name: string, extra: unknown): unknown {
  const text = toJsonText(object);
  const rest = text.length > 2 ? `,${text.slice(1)}` : '}';
  return JSON.parse(`{${JSON.stringify(name)}:${toJsonText(extra)}${rest}`);
}

/** A copy of `value` with the thing at `path` replaced (the root when the path is empty). */
export function replaceAt(value: unknown, path: Spot['path'], next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const [head, ...rest] = path;
  copy[head] = replaceAt(copy[head], rest, next);
  return copy;
}

/** JSON text nested `depth` deep, in objects or arrays. */
export function deeplyNested(depth: number, arrays: boolean): string {
  return arrays
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Path parameter values that name nothing or are not ids at all. */
export const BAD_PATH_VALUES = [
  '00000000-0000-4000-8000-000000000000',
  'niet-een-id',
  '%00',
  '%ED%A0%80',
  '%',
  '99999999999999999999',
  '-1',
  '1e400',
  '0',
  'x'.repeat(3000),
  '%E2%82%AC',
  '1%0A2',
];

/** Query strings that no list takes. */
export const BAD_QUERIES = [
  'q=%00',
  'q=a%00b',
  'q=%ED%A0%80',
  'q=%',
  'offset=99999999999999999999',
  'offset=2147483648',
  'offset=-1',
  'offset=1e400',
  'limit=0',
  'limit=99999999999999999999',
  'limit=1.5',
  'limit=1&limit=2',
  'onbekend=1',
  '__proto__=1',
  'constructor=x',
  `q=${'x'.repeat(5000)}`,
  'sort=%00',
  'status=onbekend',
  'themeId=niet-een-id',
];
