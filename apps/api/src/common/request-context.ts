import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Principal } from './access/principal';

/**
 * Who does a write: a person (their user id, their name at the time, their role in the region of
 * the write) or a named part of Koers that writes without anyone signed in (`id` null).
 */
export interface Actor {
  id: string | null;
  name: string;
  role?: string | null;
}

/** The parts of Koers that write without a signed-in person, by the name the history shows. */
export const SYSTEM_ACTORS = {
  /** The demo seed steps. */
  seed: { id: null, name: 'demo-gegevens', role: null },
  /** `npm run koers -- …` on the server. */
  cli: { id: null, name: 'beheer-opdrachtregel', role: null },
  /**
   * The last resort: a write with no principal and no named system actor. Never meant to be
   * recorded; a warning is logged and the tests assert that a council cycle leaves none.
   */
  unknown: { id: null, name: 'systeem', role: null },
} as const satisfies Record<string, Actor>;

interface RequestContext {
  /** The request's id (requestIdMiddleware), which every log line written for it carries. */
  requestId?: string;
  /** The signed-in person, once the access guard has identified them. */
  principal?: Principal;
  /** A system actor for everything run inside `runAs`. */
  system?: Actor;
}

const storage = new AsyncLocalStorage<RequestContext>();
const logger = new Logger('Audit');

/**
 * Opens the context of one request: everything that runs for it (guards, the handler, its
 * transactions) shares one mutable context, which the access guard fills with the principal.
 * Installed after the session middleware, so no store callback can lose it.
 */
export function requestContextMiddleware(req: Request, _res: Response, next: NextFunction): void {
  storage.run({ requestId: req.requestId }, next);
}

/** The id of the request being handled, if any. */
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId;

/** Called by the access guard once the session's principal is known. */
export function setRequestPrincipal(principal: Principal | undefined): void {
  const context = storage.getStore();
  if (context) context.principal = principal;
}

/** Runs `work` with `actor` as the author of its writes (seed steps, the CLI). */
export function runAs<T>(actor: Actor, work: () => T): T {
  return storage.run({ system: actor }, work);
}

/** The signed-in principal of this request, if any. */
export const currentPrincipal = (): Principal | undefined => storage.getStore()?.principal;

/**
 * The roles of a principal in a region, as stored with an audit record: "bureau", "admin,board",
 * "platform_admin" for a platform administrator acting outside a region of their own.
 */
export function rolesIn(principal: Principal, regionId: string | null): string | null {
  const roles = [
    ...new Set(
      principal.grants
        .filter((g) => regionId !== null && g.regionId === regionId)
        .map((g) => g.role as string),
    ),
  ].sort();
  if (roles.length === 0 && principal.isPlatformAdmin) return 'platform_admin';
  return roles.length > 0 ? roles.join(',') : null;
}

/**
 * The author of a write made now, about `regionId`: the signed-in person with their role there,
 * else the system actor of the surrounding `runAs`, else "systeem" with a warning in the log.
 */
export function currentActor(regionId: string | null, what = 'a write'): Actor {
  const context = storage.getStore();
  const principal = context?.principal;
  if (principal) {
    return { id: principal.id, name: principal.name, role: rolesIn(principal, regionId) };
  }
  if (context?.system) return context.system;
  logger.warn(`No principal and no system actor for ${what}: recorded as "systeem".`);
  return SYSTEM_ACTORS.unknown;
}
