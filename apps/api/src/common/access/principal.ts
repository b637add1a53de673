import type { RoleName } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { preparedRead, runPrepared } from '../../database/prepared-read';

/** One role of the signed-in user in one region. */
export interface Grant {
  regionId: string;
  role: RoleName;
  municipalityId: string | null;
  personId: string | null;
}

/** The signed-in user as the access guard and the handlers see them (`req.user`). */
export interface Principal {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  grants: Grant[];
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: Principal;
    /** Set by the access guard: the region the request is about, once resolved. */
    accessRegionId?: string;
  }
}

declare module 'express-session' {
  interface SessionData {
    userId: string;
    /** Milliseconds since the epoch when the user signed in: the absolute lifetime counts from here. */
    createdAt: number;
    csrfToken: string;
    /**
     * The user with their roles as of this request, read together with the session by the
     * session store (one round trip); null when the user is no longer active. Never stored.
     */
    principal?: Principal | null;
  }
}

/**
 * The principal of the user row aliased `u`, as one JSON value in the shape of {@link Principal}:
 * for {@link loadPrincipal} and for the session store, which reads it with the session.
 */
export const PRINCIPAL_JSON = `json_build_object(
  'id', u.id, 'email', u.email, 'name', u.name, 'isPlatformAdmin', u.is_platform_admin,
  'grants', coalesce((SELECT json_agg(json_build_object('regionId', r.region_id, 'role', r.role,
                        'municipalityId', r.municipality_id, 'personId', r.person_id))
                        FROM role_assignments r WHERE r.user_id = u.id), '[]'))`;

const LOAD_PRINCIPAL = preparedRead(
  'koers_principal',
  `SELECT ${PRINCIPAL_JSON} AS principal FROM users u WHERE u.id = $1 AND u.active`,
);

/** The active user with their roles, or undefined when there is none (deactivated, deleted). */
export async function loadPrincipal(
  manager: EntityManager,
  userId: string,
): Promise<Principal | undefined> {
  const rows = await runPrepared<{ principal: Principal }>(manager, LOAD_PRINCIPAL, [userId]);
  return rows[0]?.principal;
}

/** The ids of the regions the user holds any role in. */
export const regionIdsOf = (principal: Principal): string[] => [
  ...new Set(principal.grants.map((g) => g.regionId)),
];

/**
 * Whether the user's only role in the region is `council` (a clerk or council member): they see
 * a programme once it is sent to the councils (see `councilMayRead` of @koers/domain).
 */
export function onlyCouncilIn(principal: Principal | undefined, regionId: string): boolean {
  if (!principal || principal.isPlatformAdmin) return false;
  const grants = principal.grants.filter((g) => g.regionId === regionId);
  return grants.length > 0 && grants.every((g) => g.role === 'council');
}
