import fc from 'fast-check';
import { Body, Context, json, poisonedBody, refusedBeforeHandler } from './bad-bodies';
import { BAD_PATH_VALUES, BAD_QUERIES, plausible, toJsonText } from './bad-values';
import { fillPath, Operation } from './openapi-operations';

/** One request to send: what is wrong with it, and its raw parts. */
export interface BadRequest {
  /** What makes it bad, for the report (e.g. `unknown field "__proto__" at mandate`). */
  what: string;
  path: string;
  query: string;
  contentType?: string;
  contentEncoding?: string;
  body?: string | Buffer;
}

/** Requests to an operation that must all be refused (writes) or at least never fail (reads). */
export function badRequests(
  op: Operation,
  ctx: Omit<Context, 'validPath'>,
): fc.Arbitrary<BadRequest> {
  const full: Context = { ...ctx, validPath: (params) => fillPath(op.path, params) };
  const valid = fc.constant({ what: '', path: fillPath(op.path, ctx.validParams) });
  const badPath =
    op.pathParams.length === 0
      ? undefined
      : fc
          .tuple(fc.constantFrom(...op.pathParams), fc.constantFrom(...BAD_PATH_VALUES))
          .map(([name, value]) => ({
            what: `path ${name}=${value.slice(0, 40)}`,
            path: fillPath(op.path, { ...ctx.validParams, [name]: value }),
          }));
  const ownQueries = Object.keys(op.query).flatMap((name) =>
    [
      '%00',
      '%ED%A0%80',
      'x'.repeat(300),
      '-1',
      '99999999999999999999',
      '1e400',
      'a&' + name + '=b',
    ].map((value) => `${name}=${value}`),
  );
  const badQuery = fc.constantFrom(...BAD_QUERIES, ...ownQueries);
  const anyQuery = fc.oneof(fc.constant(''), badQuery);
  const request = (
    path: fc.Arbitrary<{ what: string; path: string }>,
    query: fc.Arbitrary<string>,
    body: fc.Arbitrary<Body | undefined>,
  ) =>
    fc.tuple(path, query, body).map(([p, q, b]) => ({
      what: [p.what, q && `query ${q.slice(0, 40)}`, b?.what].filter(Boolean).join('; '),
      path: p.path,
      query: q,
      contentType: b?.contentType,
      contentEncoding: b?.contentEncoding,
      body: b?.body,
    }));
  if (op.method === 'get') {
    return badPath
      ? fc.oneof(
          request(valid, badQuery, fc.constant(undefined)),
          request(badPath, anyQuery, fc.constant(undefined)),
        )
      : request(valid, badQuery, fc.constant(undefined));
  }
  const plausibleBody = op.body
    ? plausible(ctx.doc, op.body, ctx.ids).map((v) => json('plausible body', toJsonText(v)))
    : fc.constant(undefined);
  const withValidPath = op.body
    ? request(valid, anyQuery, poisonedBody(op, full))
    : request(valid, fc.constant(''), refusedBeforeHandler(op, full));
  return badPath
    ? fc.oneof(
        withValidPath,
        request(
          badPath,
          anyQuery,
          fc.oneof(
            plausibleBody,
            op.body ? poisonedBody(op, full) : refusedBeforeHandler(op, full),
          ),
        ),
      )
    : withValidPath;
}
