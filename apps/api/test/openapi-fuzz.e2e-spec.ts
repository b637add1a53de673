import fc from 'fast-check';
import { Client } from 'pg';
import request from 'supertest';
import { badRequests } from './fuzz/bad-requests';
import { toJsonText } from './fuzz/bad-values';
import { edgeValue } from './fuzz/edge-values';
import { createFuzzWorld, FuzzWorld, send } from './fuzz/fuzz-world';
import { fillPath, OpenApiDocument, operationsOf } from './fuzz/openapi-operations';
import { changedTables, tableChecksums } from './fuzz/table-checksums';
import { RULES } from './access/permission-rules';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13: the OpenAPI-driven fuzzer. For every operation of the served document, signed in as
 * a role that may call it: bad bodies, paths, queries and media types. No 5xx; every 4xx is
 * problem+json; a write never accepts one; and no table other than sessions, sign-in limits and
 * the audit trail changes. Then bodies of edge values the schema allows: never a 5xx.
 * FUZZ_RUNS requests per operation (20 in `npm test`, 300 in `npm run fuzz`).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
// Generous: a busy 2-core CI machine answers the same requests several times slower.
const TIMEOUT = 120_000 + RUNS * 6_000;

interface Finding {
  operation: string;
  problem: string;
}

/** Collects at most five distinct findings per operation. */
function findingsOf(findings: Finding[], operation: string) {
  const seen = new Set<string>();
  return (problem: string) => {
    if (seen.has(problem) || seen.size >= 5) return;
    seen.add(problem);
    findings.push({ operation, problem });
  };
}

const isProblem = (res: { headers: Record<string, unknown> }) => {
  const type = res.headers['content-type'];
  return typeof type === 'string' && type.startsWith('application/problem+json');
};

async function served(): Promise<{ t: TestApp; doc: OpenApiDocument; fuzz: FuzzWorld }> {
  const t = await startTestApp({ demo: true });
  const doc = (await request(t.http).get('/api/docs-json').expect(200)).body as OpenApiDocument;
  return { t, doc, fuzz: await createFuzzWorld(t.http, t.db.url) };
}

describe(`the OpenAPI fuzzer (seed ${SEED}, ${RUNS} per operation)`, () => {
  describe('bad requests', () => {
    let s: Awaited<ReturnType<typeof served>>;
    let db: Client;
    beforeAll(async () => {
      s = await served();
      db = new Client({ connectionString: s.t.db.url });
      await db.connect();
    }, 180_000);
    afterAll(async () => {
      await db?.end();
      await s?.t.close();
    });

    it(
      'to every operation: no 5xx, problem details, nothing accepted, no table changed',
      async () => {
        const operations = operationsOf(s.doc);
        const findings: Finding[] = [];
        const counts = { writes: 0, requests: 0, serverErrors: 0, tablesChanged: 0 };
        let before = await tableChecksums(db);
        for (const [index, op] of operations.entries()) {
          const { actor, agent, validParams } = s.fuzz.callerOf(op);
          const name = `${op.key} as ${actor}`;
          const report = findingsOf(findings, name);
          const cases = fc.sample(
            badRequests(op, { doc: s.doc, ids: { uuids: s.fuzz.uuids }, validParams }),
            { numRuns: RUNS, seed: SEED + index },
          );
          if (op.method !== 'get') counts.writes++;
          for (const c of cases) {
            counts.requests++;
            const res = await send(agent, op, c);
            if (res.status >= 500) {
              counts.serverErrors++;
              report(`${res.status} for ${c.what}`);
            } else if (res.status >= 400 && !isProblem(res)) {
              report(`${res.status} without problem details for ${c.what}`);
            } else if (res.status < 400 && op.method !== 'get') {
              report(`${res.status} (accepted) for ${c.what}`);
            }
          }
          const after = await tableChecksums(db);
          const changed = changedTables(before, after);
          counts.tablesChanged += changed.length;
          if (changed.length > 0) report(`changed ${changed.join(', ')}`);
          before = after;
        }
        process.stdout.write(
          `OpenAPI fuzz, bad requests (seed ${SEED}): ${operations.length} operations ` +
            `(${counts.writes} writes), ${counts.requests} requests, ${counts.serverErrors} × 5xx, ` +
            `${counts.tablesChanged} tables changed, ${findings.length} findings\n`,
        );
        expect(operations.length).toBeGreaterThan(40);
        expect(findings).toEqual([]);
      },
      TIMEOUT,
    );
  });

  describe('edge values the schema allows', () => {
    let s: Awaited<ReturnType<typeof served>>;
    beforeAll(async () => {
      s = await served();
    }, 180_000);
    afterAll(() => s?.t.close());

    it(
      'to every write with a body: no 5xx, and every 4xx is problem details',
      async () => {
        const writes = operationsOf(s.doc).filter((op) => op.body && !RULES[op.key]?.endsSession);
        const findings: Finding[] = [];
        const ids = { uuids: s.fuzz.uuids, foreign: s.fuzz.foreign };
        let requests = 0;
        let accepted = 0;
        let serverErrors = 0;
        for (const [index, op] of writes.entries()) {
          const { actor, agent, validParams } = s.fuzz.callerOf(op);
          const report = findingsOf(findings, `${op.key} as ${actor}`);
          const bodies = fc.sample(edgeValue(s.doc, op.body, ids), {
            numRuns: Math.ceil(RUNS / 2),
            seed: SEED + index,
          });
          for (const body of bodies) {
            requests++;
            const text = toJsonText(body);
            const c = { what: text.slice(0, 300), path: fillPath(op.path, validParams), query: '' };
            const res = await send(agent, op, {
              ...c,
              contentType: 'application/json',
              body: text,
            });
            if (res.status < 300) accepted++;
            if (process.env.FUZZ_DEBUG && res.status >= 400) {
              process.stdout.write(
                `${op.key} ${res.status} ${JSON.stringify(res.body.errors ?? res.body.code).slice(0, 150)}\n`,
              );
            }
            if (res.status >= 500) serverErrors++;
            if (res.status >= 500) report(`${res.status} for ${c.what}`);
            else if (res.status >= 400 && !isProblem(res)) report(`${res.status} for ${c.what}`);
          }
        }
        process.stdout.write(
          `OpenAPI fuzz, edge values (seed ${SEED}): ${writes.length} writes, ${requests} requests ` +
            `(${accepted} accepted), ${serverErrors} × 5xx, ${findings.length} findings\n`,
        );
        expect(findings).toEqual([]);
      },
      TIMEOUT,
    );
  });
});
