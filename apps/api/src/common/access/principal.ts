import type { RoleName } from '@koers/contracts';
import { EntityManager } from 'typeorm';

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
    /** Set by the access guard: the caller reads as the public (e-mail addresses are removed). */
    publicView?: boolean;
  }
}

declare module 'express-session' {
  interface SessionData {
    userId: string;
    /** Milliseconds since the epoch when the user signed in: the absolute lifetime counts from here. */
    createdAt: number;
    csrfToken: string;
  }
}

/** The active user with their roles, or undefined when there is none (deactivated, deleted). */
export async function loadPrincipal(
  manager: EntityManager,
  userId: string,
): Promise<Principal | undefined> {
  // One round trip: on a busy server every query per request counts (issue 7).
  const users: {
    id: string;
    email: string;
    name: string;
    is_platform_admin: boolean;
    grants: {
      region_id: string;
      role: RoleName;
      municipality_id: string | null;
      person_id: string | null;
    }[];
  }[] = await manager.query(
    `SELECT u.id, u.email, u.name, u.is_platform_admin,
            coalesce((SELECT json_agg(json_build_object('region_id', r.region_id, 'role', r.role,
                        'municipality_id', r.municipality_id, 'person_id', r.person_id))
                        FROM role_assignments r WHERE r.user_id = u.id), '[]') AS grants
       FROM users u WHERE u.id = $1 AND u.active`,
    [userId],
  );
  if (users.length === 0) return undefined;
  const [user] = users;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.is_platform_admin,
    grants: user.grants.map((g) => ({
      regionId: g.region_id,
      role: g.role,
      municipalityId: g.municipality_id,
      personId: g.person_id,
    })),
  };
}

/** The ids of the regions the user holds any role in. */
export const regionIdsOf = (principal: Principal): string[] => [
  ...new Set(principal.grants.map((g) => g.regionId)),
];
