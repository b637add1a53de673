import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import {
  deeplyNested,
  EDGE_STRINGS,
  FRACTIONS,
  FuzzIds,
  HUGE_NUMBERS,
  plausible,
  PROTOTYPE_NAMES,
  rawNumber,
  replaceAt,
  Spot,
  spotsOf,
  toJsonText,
  withField,
  wrongValues,
} from './bad-values';
import { OpenApiDocument, Operation, resolve, typeOf } from './openapi-operations';

export interface Context {
  doc: OpenApiDocument;
  ids: FuzzIds;
  /** The operation's path with every parameter filled with a row the actor may act on. */
  validPath: (params: Record<string, string>) => string;
  validParams: Record<string, string>;
}

/** A request body and its headers, with what makes it bad. */
export interface Body {
  what: string;
  contentType?: string;
  contentEncoding?: string;
  body?: string | Buffer;
}

export const json = (what: string, text: string): Body => ({
  what,
  contentType: 'application/json',
  body: text,
});

const describePath = (spot: Spot) => (spot.path.length ? spot.path.join('.') : '(root)');

/** Bodies that no operation may accept: each breaks its schema, its syntax or its media type. */
export function poisonedBody(op: Operation, ctx: Context): fc.Arbitrary<Body> {
  const schema = op.body ?? {};
  const base = plausible(ctx.doc, schema, ctx.ids);
  const mutate = (
    pick: (spots: Spot[]) => Spot[],
    make: (spot: Spot) => fc.Arbitrary<{ value: unknown; what: string }>,
  ) =>
    base.chain((value) => {
      const spots = pick(spotsOf(ctx.doc, value, schema));
      if (spots.length === 0) return fc.constant(null);
      return fc
        .constantFrom(...spots)
        .chain((spot) =>
          make(spot).map((m) =>
            json(
              `${m.what} at ${describePath(spot)}`,
              toJsonText(replaceAt(value, spot.path, m.value)),
            ),
          ),
        );
    });
  const objects = (spots: Spot[]) => spots.filter((s) => s.kind === 'object');
  const unknownField = mutate(objects, (spot) =>
    fc
      .constantFrom(
        ...PROTOTYPE_NAMES,
        'isAdmin',
        'onbekend',
        '',
        'a\u0000',
        '\uD800',
        'x'.repeat(300),
      )
      .filter((name) => !Object.keys(resolve(ctx.doc, spot.schema).properties ?? {}).includes(name))
      .chain((name) =>
        fc.constantFrom<unknown>(1, 'x', null, { b: 1 }, []).map((extra) => ({
          what: `unknown field ${JSON.stringify(name)}`,
          value: withField(spot.value, name, extra),
        })),
      ),
  );
  const known = (spots: Spot[]) =>
    spots.filter((s) => s.path.length > 0 && wrongValues(ctx.doc, s.schema).length > 0);
  const wrongType = mutate(known, (spot) =>
    fc.constantFrom(...wrongValues(ctx.doc, spot.schema)).map((value) => ({
      what: `wrong type ${JSON.stringify(value)}`,
      value,
    })),
  );
  const strings = (spots: Spot[]) => spots.filter((s) => s.kind === 'string');
  const edgeString = mutate(strings, () =>
    fc.constantFrom(...EDGE_STRINGS).map((value) => ({
      what: `edge string ${JSON.stringify(value)}`,
      value: `${value}`,
    })),
  );
  const numbers = (spots: Spot[]) =>
    spots.filter((s) => ['integer', 'number'].includes(typeOf(resolve(ctx.doc, s.schema)) ?? ''));
  const hugeNumber = mutate(numbers, (spot) =>
    fc
      .constantFrom(
        ...HUGE_NUMBERS,
        ...(typeOf(resolve(ctx.doc, spot.schema)) === 'integer' ? FRACTIONS : FRACTIONS.slice(1)),
      )
      .map((literal) => ({ what: `number ${literal}`, value: rawNumber(literal) })),
  );
  const deep = mutate(
    (spots) => spots,
    () =>
      fc.tuple(fc.integer({ min: 40, max: 6000 }), fc.boolean()).map(([depth, arrays]) => ({
        what: `nested ${depth} deep`,
        value: rawNumber(deeplyNested(depth, arrays)),
      })),
  );
  const required = resolve(ctx.doc, schema).required ?? [];
  const missing = base.map((value) => {
    const copy = { ...(value as object) } as Record<string, unknown>;
    for (const name of required) delete copy[name];
    return json(`missing ${required.join(', ')}`, toJsonText(copy));
  });
  const notAnObject = fc
    .constantFrom(
      '[]',
      '[{}]',
      'null',
      '0',
      '"tekst"',
      'true',
      '{"a": ',
      '{',
      // An empty body is no body: refused only where the body has required fields; where every
      // field is optional (e.g. granting a role without a municipality) it means `{}` and is valid.
      ...(required.length > 0 ? [''] : []),
      '{}}',
      "{'a': 1}",
    )
    .map((text) => json(`body ${JSON.stringify(text)}`, text));
  const otherMedia = fc
    .tuple(
      base,
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/json-patch+json',
        'text/json',
        'application/json; charset',
        'application/json;;x',
        'application/json; charset="utf-8',
      ),
    )
    .map(([value, contentType]) => ({
      what: `content type ${contentType}`,
      contentType,
      body: toJsonText(value),
    }));
  const encodings = fc
    .tuple(base, fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'utf8'))
    .map(([value, encoding]) => ({
      what: `content encoding ${encoding} of a body that is not encoded so`,
      contentType: 'application/json',
      contentEncoding: encoding,
      body: toJsonText(value),
    }));
  const gzipBomb = fc.constant({
    what: 'gzip that inflates beyond the limit',
    contentType: 'application/json',
    contentEncoding: 'gzip',
    body: gzipSync(`{"a": "${'x'.repeat(3_000_000)}"}`),
  });
  const invalidUtf8 = base.map((value) => ({
    what: 'invalid UTF-8',
    contentType: 'application/json',
    body: Buffer.concat([Buffer.from(toJsonText(value).slice(0, -1)), Buffer.from([0xff, 0x7d])]),
  }));
  const kinds: fc.Arbitrary<Body | null>[] = [
    unknownField,
    wrongType,
    edgeString,
    hugeNumber,
    deep,
    notAnObject,
    otherMedia,
    encodings,
    invalidUtf8,
    ...(required.length > 0 ? [missing] : []),
  ];
  return fc
    .oneof(...kinds, gzipBomb)
    .chain((body) => (body ? fc.constant(body) : unknownFieldAtRoot(base)));
}

/** When a mutation found no place (no strings, no numbers): an unknown field at the root. */
function unknownFieldAtRoot(base: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  return fc
    .tuple(base, fc.constantFrom(...PROTOTYPE_NAMES))
    .map(([value, name]) =>
      json(
        `unknown field ${JSON.stringify(name)} at (root)`,
        toJsonText(withField(value, name, 1)),
      ),
    );
}

/** Bodies refused before any handler runs: not JSON, not UTF-8, not parseable, or unsafe. */
export function refusedBeforeHandler(op: Operation, ctx: Context): fc.Arbitrary<Body> {
  const value = plausible(ctx.doc, op.body ?? { type: 'object' }, ctx.ids);
  return fc.oneof(
    fc
      .tuple(
        value,
        fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x'),
      )
      .map(([v, contentType]) => ({
        what: `content type ${contentType}`,
        contentType,
        body: toJsonText(v),
      })),
    fc
      .constantFrom('{"a": ', '{', "{'a': 1}", '{}}', '"\\u00"')
      .map((text) => json(`body ${text}`, text)),
    fc.constantFrom(...PROTOTYPE_NAMES).map((name) => json(`field ${name}`, `{"${name}": 1}`)),
    fc.constantFrom(...EDGE_STRINGS).map((text) => json('edge string', toJsonText({ a: text }))),
    fc
      .integer({ min: 40, max: 6000 })
      .map((depth) => json(`nested ${depth}`, deeplyNested(depth, false))),
    fc.constant({
      what: 'invalid UTF-8',
      contentType: 'application/json',
      body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
    }),
  );
}
