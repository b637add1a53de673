import type { ProgrammeStatus } from '@koers/contracts';
import request from 'supertest';
import {
  createAccessWorld,
  freshRow,
  paramValue,
  signInActors,
  AccessWorld,
} from './access/access-fixture';
import {
  ACTORS,
  Actor,
  Entry,
  expectedOutcome,
  expectedReadOutcome,
  Outcome,
  PENDING,
  ROLE_OF,
  RULES,
} from './access/permission-rules';
import { signIn, SignedInAgent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Operation {
  key: string;
  method: Method;
  path: string;
}

/**
 * Fills the path of an operation for an actor. DELETE calls that are allowed get a row of their
 * own, so that one actor's successful delete does not turn the next actor's call into a 404.
 */
async function fillPath(op: Operation, actor: Actor, fresh: boolean, w: AccessWorld) {
  const segments = op.path.split('/');
  const out: string[] = [];
  for (const [i, segment] of segments.entries()) {
    const match = /^\{(\w+)\}$/.exec(segment);
    if (!match) {
      out.push(segment);
      continue;
    }
    const name = match[1];
    const last = i === segments.length - 1 || (name === 'userId' && segments.includes('roles'));
    const freshKind = fresh && last ? freshKindOf(name, segments[i - 1]) : undefined;
    out.push(
      freshKind ? await freshRow(w, freshKind) : paramValue(name, segments[i - 1], actor, w),
    );
  }
  return out.join('/');
}

function freshKindOf(param: string, before: string): string | undefined {
  if (param === 'programmeId') return 'programmes';
  if (param === 'assignmentId') return 'assignments';
  if (param === 'userId') return 'users';
  if (param === 'id' && ['municipalities', 'organisations', 'people', 'themes'].includes(before)) {
    return before;
  }
  return undefined;
}

function matches(outcome: Outcome, status: number, code: unknown): boolean {
  switch (outcome) {
    case 'allow':
      return ![401, 403, 404].includes(status) && status < 500;
    case 'forbid':
      return status === 403 && code === 'FORBIDDEN';
    case 'notFound':
      return status === 404;
    case 'unauthenticated':
      return status === 401;
  }
}

describe('the permission matrix: every operation of the OpenAPI document, for every role', () => {
  let t: TestApp;
  let w: AccessWorld;
  let agents: Partial<Record<Actor, SignedInAgent>>;
  let operations: Operation[];
  let unruled: string[];
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    w = await createAccessWorld(t.db.url);
    agents = await signInActors(t.http, w);
    const doc = (await request(t.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Partial<Record<Method, unknown>>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({
        key: `${method.toUpperCase()} ${path}`,
        method,
        path,
      })),
    );
    // A pending operation whose handler got its @Access rule meanwhile is checked like the rest.
    unruled = [];
    for (const op of operations.filter((o) => PENDING.has(o.key))) {
      const path = await fillPath(op, 'platformAdmin', false, w);
      const res = await (agents.platformAdmin as SignedInAgent)[op.method](path).send({});
      if (res.body?.code === 'ACCESS_RULE_MISSING') unruled.push(op.key);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('has a rule for every operation', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((o) => o.key).filter((key) => !RULES[key])).toEqual([]);
  });

  it('refuses everyone an operation whose handler has no @Access rule (fail closed)', async () => {
    for (const key of unruled) {
      const op = operations.find((o) => o.key === key) as Operation;
      for (const actor of ['anonymous', 'admin', 'platformAdmin'] as Actor[]) {
        const agent = agents[actor] ?? request(t.http);
        const res = await agent[op.method](await fillPath(op, actor, false, w)).send({});
        expect([res.status, res.body.code]).toEqual([403, 'ACCESS_RULE_MISSING']);
      }
    }
  });

  it('answers each actor as the policy says', async () => {
    const mismatches: string[] = [];
    for (const op of operations) {
      const entry: Entry | undefined = RULES[op.key];
      if (!entry || unruled.includes(op.key)) continue;
      for (const actor of ACTORS) {
        const expected = expectedOutcome(entry.rule, actor, op.key);
        const fresh = op.method === 'delete' && expected === 'allow';
        const filled = await fillPath(op, actor, fresh, w);
        const path = entry.adoptedProgramme
          ? filled.replace(w.draftProgrammeId, w.adoptedProgrammeId)
          : filled;
        const user = w.users[actor];
        const agent =
          actor === 'anonymous'
            ? request(t.http)
            : entry.endsSession && user
              ? await signIn(t.http, user.email)
              : (agents[actor] as SignedInAgent);
        const call = agent[op.method](path);
        const res =
          op.method === 'get' || op.method === 'delete'
            ? await call
            : entry.file
              ? await call.attach(
                  entry.file.field,
                  Buffer.from(entry.file.content),
                  entry.file.name,
                )
              : await call.send(entry.body ?? {});
        if (!matches(expected, res.status, res.body?.code)) {
          mismatches.push(
            `${op.key} as ${actor}: expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('lets each role read the assignments it may see, and answers 404 for the others', async () => {
    const [consultation] = await w.sql<{ id: string }>(
      `INSERT INTO programmes (region_id, year, title, status)
       VALUES ($1, 2027, 'Jaarprogramma 2027', 'consultation') RETURNING id`,
      [w.a.regionId],
    );
    const [sent] = await w.sql<{ id: string }>(
      `INSERT INTO assignments (programme_id, region_id, theme_id, code, title)
       VALUES ($1, $2, $3, 'C1', 'Bij de raden') RETURNING id`,
      [consultation.id, w.a.regionId, w.a.themeIds[0]],
    );
    const cases: [ProgrammeStatus, string, string][] = [
      ['draft', w.draftProgrammeId, w.ownAssignmentId],
      ['consultation', consultation.id, sent.id],
      ['adopted', w.adoptedProgrammeId, w.adoptedAssignmentId],
    ];
    const mismatches: string[] = [];
    for (const actor of ACTORS) {
      const agent = actor === 'anonymous' ? request(t.http) : (agents[actor] as SignedInAgent);
      for (const [status, programmeId, assignmentId] of cases) {
        const expected = expectedReadOutcome(actor, status);
        for (const path of [
          `/api/programmes/${programmeId}`,
          `/api/programmes/${programmeId}/assignments`,
          `/api/assignments/${assignmentId}`,
          `/api/assignments/${assignmentId}/overview`,
          `/api/assignments/${assignmentId}/steering-group`,
        ]) {
          const res = await agent.get(path);
          if (
            !matches(expected, res.status, res.body?.code) ||
            (expected === 'allow' && res.status !== 200)
          ) {
            mismatches.push(
              `${path} (${status}) as ${actor}: expected ${expected}, got ${res.status}`,
            );
          }
        }
      }
      // A region's programme list holds what the actor may open.
      if (ROLE_OF[actor]) {
        const list = await agent.get(`/api/regions/${w.a.regionId}/programmes`).expect(200);
        const listed = (list.body.items as { id: string }[]).map((p) => p.id);
        for (const [status, programmeId] of cases) {
          const shown = listed.includes(programmeId);
          if (shown !== (expectedReadOutcome(actor, status) === 'allow')) {
            mismatches.push(`programme list (${status}) as ${actor}: listed ${shown}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});
