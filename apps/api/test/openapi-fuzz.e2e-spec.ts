import fc from 'fast-check';
import { Client } from 'pg';
import request from 'supertest';
import { createAccessWorld, paramValue, signInActors, UNKNOWN_ID } from './access/access-fixture';
import { Actor, expectedOutcome, RULES } from './access/permission-rules';
import { BadRequest, badRequests } from './fuzz/bad-requests';
import { OpenApiDocument, Operation, operationsOf } from './fuzz/openapi-operations';
import { changedTables, tableChecksums } from './fuzz/table-checksums';
import type { SignedInAgent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13: the OpenAPI-driven fuzzer. For every operation of the served document, signed in as
 * a role that may call it, bad bodies, paths and queries. No 5xx; every 4xx is problem+json; a
 * write never accepts one; and no table other than sessions, sign-in limits and the audit trail
 * changes. FUZZ_RUNS requests per operation (20 in `npm test`, 300 in `npm run fuzz`).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

/** Who calls an operation: the first of these that its permission rule allows. */
const CALLERS: Actor[] = ['bureau', 'board', 'councilX', 'portfolioOwn', 'admin', 'platformAdmin'];

function callerOf(op: Operation): Actor {
  const rule = RULES[op.key]?.rule;
  if (!rule) return 'platformAdmin';
  if (rule.kind === 'public') return 'anonymous';
  return CALLERS.find((actor) => expectedOutcome(rule, actor) === 'allow') ?? 'platformAdmin';
}

interface Finding {
  operation: string;
  problem: string;
}

describe('the OpenAPI fuzzer: bad requests to every operation change nothing and fail no server', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let db: Client;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    doc = (await request(t.http).get('/api/docs-json').expect(200)).body as OpenApiDocument;
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  }, 60_000);
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it(
    `sends ${RUNS} bad requests to every operation (seed ${SEED})`,
    async () => {
      const world = await createAccessWorld(t.db.url);
      const agents = await signInActors(t.http, world);
      const operations = operationsOf(doc);
      const uuids = [
        ...world.a.themeIds,
        ...world.a.personIds,
        ...world.a.organisationIds,
        ...world.a.municipalityIds,
        ...world.a.externalProgrammeIds,
        world.b.personIds[0],
        world.ownAssignmentId,
        world.draftProgrammeId,
        UNKNOWN_ID,
      ];
      const findings: Finding[] = [];
      const counts = { operations: 0, writes: 0, requests: 0, serverErrors: 0, tablesChanged: 0 };
      let before = await tableChecksums(db);
      for (const [index, op] of operations.entries()) {
        const actor = callerOf(op);
        const agent = actor === 'anonymous' ? request(t.http) : (agents[actor] as SignedInAgent);
        const segments = op.path.split('/');
        const validParams = Object.fromEntries(
          op.pathParams.map((name) => {
            const before = segments[segments.indexOf(`{${name}}`) - 1];
            return [name, paramValue(name, before, actor, world)];
          }),
        );
        const cases = fc.sample(badRequests(op, { doc, ids: { uuids }, validParams }), {
          numRuns: RUNS,
          seed: SEED + index,
        });
        counts.operations++;
        if (op.method !== 'get') counts.writes++;
        const seen = new Set<string>();
        const report = (problem: string) => {
          if (seen.has(problem) || seen.size >= 5) return;
          seen.add(problem);
          findings.push({ operation: `${op.key} as ${actor}`, problem });
        };
        for (const c of cases) {
          counts.requests++;
          const res = await send(agent, op, c);
          const type = String(res.headers['content-type'] ?? '');
          if (res.status >= 500) {
            counts.serverErrors++;
            report(`${res.status} for ${c.what}`);
          } else if (res.status >= 400 && !type.startsWith('application/problem+json')) {
            report(`${res.status} without problem details for ${c.what}`);
          } else if (res.status < 400 && op.method !== 'get') {
            report(`${res.status} (accepted) for ${c.what}`);
          }
        }
        const after = await tableChecksums(db);
        const changed = changedTables(before, after);
        if (changed.length > 0) {
          counts.tablesChanged += changed.length;
          findings.push({
            operation: `${op.key} as ${actor}`,
            problem: `changed ${changed.join(', ')}`,
          });
        }
        before = after;
      }
      process.stdout.write(
        `OpenAPI fuzz (seed ${SEED}, ${RUNS} per operation): ${counts.operations} operations ` +
          `(${counts.writes} writes), ${counts.requests} requests, ${counts.serverErrors} × 5xx, ` +
          `${counts.tablesChanged} table changes, ${findings.length} findings\n`,
      );
      expect(operations.length).toBeGreaterThan(40);
      expect(findings).toEqual([]);
    },
    60_000 + RUNS * 2_000,
  );
});

async function send(
  agent: SignedInAgent | ReturnType<typeof request>,
  op: Operation,
  c: BadRequest,
) {
  const url = c.query ? `${c.path}?${c.query}` : c.path;
  let call = agent[op.method](url);
  if (c.contentType) call = call.set('Content-Type', c.contentType);
  if (c.contentEncoding) call = call.set('Content-Encoding', c.contentEncoding);
  if (c.body === undefined) return call;
  return call.serialize((body: unknown) => body as string).send(c.body as string);
}
