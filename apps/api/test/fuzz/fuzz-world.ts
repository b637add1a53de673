import request from 'supertest';
import type { App } from 'supertest/types';
import {
  AccessWorld,
  createAccessWorld,
  paramValue,
  signInActors,
  UNKNOWN_ID,
} from '../access/access-fixture';
import { Actor, expectedOutcome, RULES } from '../access/permission-rules';
import type { SignedInAgent } from '../support/accounts';
import type { BadRequest } from './bad-requests';
import type { Operation } from './openapi-operations';

/** Who calls an operation: the first of these that its permission rule allows. */
const CALLERS: Actor[] = ['bureau', 'board', 'councilX', 'portfolioOwn', 'admin', 'platformAdmin'];

export type Caller = SignedInAgent | ReturnType<typeof request>;

/** The access fixture's world, its actors signed in, and for each operation who calls it where. */
export interface FuzzWorld {
  world: AccessWorld;
  /** Real ids of region A, and an unknown one. */
  uuids: string[];
  /** Ids of region B, which region A's users may not name. */
  foreign: string[];
  callerOf(op: Operation): { actor: Actor; agent: Caller; validParams: Record<string, string> };
}

export async function createFuzzWorld(http: App, dbUrl: string): Promise<FuzzWorld> {
  const world = await createAccessWorld(dbUrl);
  const agents = await signInActors(http, world);
  const { a, b } = world;
  return {
    world,
    uuids: [
      ...a.themeIds,
      ...a.personIds,
      ...a.organisationIds,
      ...a.municipalityIds,
      ...a.externalProgrammeIds,
      world.ownAssignmentId,
      world.draftProgrammeId,
      UNKNOWN_ID,
    ],
    foreign: [
      b.regionId,
      b.themeIds[0],
      b.personIds[0],
      b.organisationIds[0],
      b.municipalityIds[0],
    ],
    callerOf(op) {
      const rule = RULES[op.key]?.rule;
      const actor: Actor = !rule
        ? 'platformAdmin'
        : rule.kind === 'public'
          ? 'anonymous'
          : (CALLERS.find((c) => expectedOutcome(rule, c) === 'allow') ?? 'platformAdmin');
      const segments = op.path.split('/');
      const validParams = Object.fromEntries(
        op.pathParams.map((name) => {
          const before = segments[segments.indexOf(`{${name}}`) - 1];
          return [name, paramValue(name, before, actor, world)];
        }),
      );
      const agent = actor === 'anonymous' ? request(http) : (agents[actor] as SignedInAgent);
      return { actor, agent, validParams };
    },
  };
}

/** Sends a request exactly as built: raw body, its own content type and encoding. */
export async function send(agent: Caller, op: Operation, c: BadRequest) {
  const url = c.query ? `${c.path}?${c.query}` : c.path;
  let call = agent[op.method](url);
  if (c.contentType) call = call.set('Content-Type', c.contentType);
  if (c.contentEncoding) call = call.set('Content-Encoding', c.contentEncoding);
  if (c.body === undefined) return call;
  return call.serialize((body: unknown) => body as string).send(c.body as string);
}
