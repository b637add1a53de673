import type { RegionUserResponse, RoleInvitationResponse, RoleName } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { RoleDetails } from './role-grants';

export interface RoleOffer {
  regionId: string;
  userId: string;
  role: RoleName;
  details: RoleDetails;
  invitedBy: string;
}

/**
 * Offers a role in a region to an account the admin does not manage; nothing changes for the
 * account until its holder accepts. Answers in the shape of a newly created user, with the
 * invitation's id and the name and address as the admin typed them, so the answer does not tell
 * the admin whether, or whose, account the address has.
 */
export async function offerRole(
  manager: EntityManager,
  offer: RoleOffer,
  typed: { email: string; name: string },
): Promise<RegionUserResponse> {
  const [invitation]: { id: string }[] = await manager.query(
    `INSERT INTO role_invitations (user_id, region_id, role, municipality_id, person_id, invited_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (user_id, region_id, role) DO UPDATE
       SET municipality_id = EXCLUDED.municipality_id, person_id = EXCLUDED.person_id,
           invited_by = EXCLUDED.invited_by, created_at = now()
     RETURNING id`,
    [
      offer.userId,
      offer.regionId,
      offer.role,
      offer.details.municipalityId,
      offer.details.personId,
      offer.invitedBy,
    ],
  );
  // The region's trail names the invitation, never the account it went to.
  await recordAudit(manager, {
    regionId: offer.regionId,
    entity: 'role_invitation',
    entityId: invitation.id,
    action: 'create',
    changes: [
      { field: 'email', old: null, new: typed.email },
      { field: 'role', old: null, new: offer.role },
    ],
  });
  const [names]: { region_name: string; municipality_name: string | null }[] = await manager.query(
    `SELECT r.name AS region_name, m.name AS municipality_name
       FROM regions r LEFT JOIN municipalities m ON m.id = $2
      WHERE r.id = $1`,
    [offer.regionId, offer.details.municipalityId],
  );
  return {
    id: invitation.id,
    email: typed.email,
    name: typed.name,
    active: true,
    roles: [
      {
        regionId: offer.regionId,
        regionName: names.region_name,
        role: offer.role,
        municipalityId: offer.details.municipalityId,
        municipalityName: names.municipality_name,
        personId: offer.details.personId,
      },
    ],
  };
}

interface InvitationRow {
  id: string;
  region_id: string;
  region_name: string;
  role: RoleName;
  municipality_id: string | null;
  municipality_name: string | null;
  person_id: string | null;
  invited_by_name: string | null;
  created_at: Date;
}

/** The roles offered to the user, oldest first (with `id`: that one only). */
export async function invitationsOf(
  manager: EntityManager,
  userId: string,
  id?: string,
): Promise<InvitationRow[]> {
  return manager.query(
    `SELECT i.id, i.region_id, r.name AS region_name, i.role, i.municipality_id,
            m.name AS municipality_name, i.person_id, u.name AS invited_by_name, i.created_at
       FROM role_invitations i
       JOIN regions r ON r.id = i.region_id
       LEFT JOIN municipalities m ON m.id = i.municipality_id
       LEFT JOIN users u ON u.id = i.invited_by
      WHERE i.user_id = $1 AND ($2::uuid IS NULL OR i.id = $2::uuid)
      ORDER BY i.created_at, i.id
      ${id ? 'FOR UPDATE OF i' : ''}`,
    [userId, id ?? null],
  );
}

export const toInvitationResponse = (row: InvitationRow): RoleInvitationResponse => ({
  id: row.id,
  regionId: row.region_id,
  regionName: row.region_name,
  role: row.role,
  municipalityName: row.municipality_name,
  invitedByName: row.invited_by_name,
  createdAt: row.created_at.toISOString(),
});
