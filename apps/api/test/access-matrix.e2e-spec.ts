import type { ProgrammeStatus } from '@koers/contracts';
import request from 'supertest';
import {
  createAccessWorld,
  executingParams,
  freshRow,
  paramValue,
  signInActors,
  AccessWorld,
} from './access/access-fixture';
import {
  ACTORS,
  Actor,
  CallContext,
  Entry,
  expectedOutcome,
  expectedReadOutcome,
  Outcome,
  ROLE_OF,
  RULES,
} from './access/permission-rules';
import { signIn, SignedInAgent, TEST_PASSWORD } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';
import { todayInNetherlands } from '@koers/domain';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Operation {
  key: string;
  method: Method;
  path: string;
}

/**
 * Fills the path of an operation for an actor, and says which value went to each parameter. The
 * parameter `fresh` names (an allowed call that changes its row for good: a delete, a transition)
 * gets a row of its own, so that one actor's success does not change what the next actor meets.
 */
async function fillPath(
  op: Operation,
  actor: Actor,
  fresh: { param: string; kind?: string } | undefined,
  w: AccessWorld,
  given: Record<string, string> = {},
) {
  const segments = op.path.split('/');
  const out: string[] = [];
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const match = /^\{(\w+)\}$/.exec(segment);
    if (!match) {
      out.push(segment);
      continue;
    }
    const name = match[1];
    const value =
      name === fresh?.param
        ? await freshRow(w, fresh.kind ?? freshKindOf(name, segments[i - 1]))
        : (given[name] ?? paramValue(name, segments[i - 1], actor, w));
    params[name] = value;
    out.push(value);
  }
  return { path: out.join('/'), params };
}

/** The parameter an allowed DELETE acts on: the last one of its path. */
function lastParam(path: string): string | undefined {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).pop();
}

function freshKindOf(param: string, before: string): string {
  if (param === 'regionId') return 'regions';
  if (param === 'programmeId') return 'programmes';
  if (param === 'assignmentId') return 'assignments';
  if (param === 'userId') return 'users';
  if (param === 'id' && ['municipalities', 'organisations', 'people', 'themes'].includes(before)) {
    return before;
  }
  throw new Error(`No fresh row for the parameter ${param} (after ${before})`);
}

function matches(outcome: Outcome, status: number, code: unknown): boolean {
  switch (outcome) {
    case 'allow':
      // Allowed means done: a 400 or 409 would be a refusal the policy does not foresee.
      return status >= 200 && status < 300;
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
  /** Programmes further in their cycle than the draft, by the path parameters that name them. */
  const programmes: Record<'proposed' | 'consultation', Record<string, string>> = {
    proposed: {},
    consultation: {},
  };
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    w = await createAccessWorld(t.db.url);
    agents = await signInActors(t.http, w);
    const board = agents.board as SignedInAgent;
    const bureau = agents.bureau as SignedInAgent;
    const proposed = await freshRow(w, 'proposableProgrammes');
    await board
      .post(`/api/programmes/${proposed}/transitions`)
      .send({ to: 'proposed' })
      .expect(200);
    programmes.proposed = { programmeId: proposed };
    const consultation = await freshRow(w, 'proposableProgrammes');
    await board
      .post(`/api/programmes/${consultation}/transitions`)
      .send({ to: 'proposed' })
      .expect(200);
    await bureau
      .post(`/api/programmes/${consultation}/transitions`)
      .send({ to: 'consultation' })
      .expect((res) => {
        if (res.status !== 200) throw new Error(JSON.stringify(res.body));
      });
    const [decisionY] = await w.sql<{ version: number }>(
      `SELECT version FROM council_decisions WHERE programme_id = $1 AND municipality_id = $2`,
      [consultation, w.municipalityY],
    );
    await bureau
      .put(`/api/programmes/${consultation}/council-decisions/${w.municipalityY}`)
      .send({
        status: 'view_submitted',
        // The council's day, in the Netherlands: from 23:00 or 22:00 UTC that is already tomorrow, and
        // the API refuses a decision dated before the day the programme went to the councils.
        decisionDate: todayInNetherlands(),
        viewPoints: [{ text: 'Meer aandacht voor de fiets.' }],
        version: decisionY.version,
      })
      .expect((res) => {
        if (res.status !== 200) throw new Error(JSON.stringify(res.body));
      });
    const [point] = await w.sql<{ id: string }>(
      `SELECT id FROM view_points WHERE programme_id = $1 AND municipality_id = $2`,
      [consultation, w.municipalityY],
    );
    programmes.consultation = { programmeId: consultation, pointId: point.id };
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
  }, 60_000);
  afterAll(() => t.close());

  it('has a rule for every operation', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((o) => o.key).filter((key) => !RULES[key])).toEqual([]);
  });

  it('has a valid body for every write, so that an allowed write is seen to succeed', () => {
    const writes = operations.filter((o) => ['post', 'put', 'patch'].includes(o.method));
    expect(writes.length).toBeGreaterThan(20);
    const bodiless = writes.filter(
      (o) => RULES[o.key] && !RULES[o.key].body && !RULES[o.key].file && !RULES[o.key].endsSession,
    );
    expect(bodiless.map((o) => o.key)).toEqual([]);
  });

  it('answers each actor as the policy says', async () => {
    const mismatches: string[] = [];
    for (const op of operations) {
      const entry: Entry | undefined = RULES[op.key];
      if (!entry) continue;
      for (const actor of ACTORS) {
        // A council sees a programme once it is with the councils; the matrix's own is a draft.
        const expected = expectedOutcome(
          entry.rule,
          actor,
          entry.programme === 'consultation' || entry.executing ? '' : op.key,
        );
        const freshParam =
          expected === 'allow'
            ? (entry.fresh ?? (op.method === 'delete' ? lastParam(op.path) : undefined))
            : undefined;
        const { path, params } = await fillPath(
          op,
          actor,
          freshParam ? { param: freshParam, kind: entry.freshKind } : undefined,
          w,
          entry.executing
            ? executingParams(w, actor)
            : entry.adoptedProgramme
              ? { programmeId: w.adoptedProgrammeId }
              : entry.programme
                ? programmes[entry.programme]
                : {},
        );
        const user = w.users[actor];
        const agent =
          actor === 'anonymous'
            ? request(t.http)
            : entry.endsSession && user
              ? await signIn(t.http, user.email)
              : (agents[actor] as SignedInAgent);
        const call = agent[op.method](path);
        const context: CallContext = {
          sql: w.sql,
          ids: {
            regionB: w.b.regionId,
            adoptedProgrammeId: w.adoptedProgrammeId,
            themeId: w.a.themeIds[0],
            personId: w.a.personIds[0],
            observerEmail: (w.users.observer as { email: string }).email,
            password: TEST_PASSWORD,
          },
          actor,
          params,
          user,
        };
        const body = typeof entry.body === 'function' ? await entry.body(context) : entry.body;
        const res =
          op.method === 'get' || op.method === 'delete'
            ? await call
            : entry.file
              ? await call.attach(
                  entry.file.field,
                  Buffer.from(entry.file.content),
                  entry.file.name,
                )
              : await call.send(body ?? {});
        if (!matches(expected, res.status, res.body?.code)) {
          mismatches.push(
            `${op.key} as ${actor}: expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`,
          );
        }
        if (entry.endsOtherSessions && user) {
          for (const [other, holder] of Object.entries(w.users) as [Actor, typeof user][]) {
            if (holder.id === user.id) agents[other] = await signIn(t.http, holder.email);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

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
