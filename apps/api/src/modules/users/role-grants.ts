import type { RoleName } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { assertIdsInRegion } from '../../common/region-ids';
import type { AuditChange } from '../audit/audit-record.entity';
import { recordAudit } from '../audit/audit-trail';
import { AssignRoleDto } from './dto/user.dto';

/** What a role needs besides its name: the council's municipality, the portfolio holder's person. */
export interface RoleDetails {
  municipalityId: string | null;
  personId: string | null;
}

/** The details of `role` from the request, checked against the region (400 naming the field). */
export async function roleDetails(
  manager: EntityManager,
  regionId: string,
  role: RoleName,
  dto: AssignRoleDto,
): Promise<RoleDetails> {
  const municipalityId = role === 'council' ? (dto.municipalityId ?? null) : null;
  const personId = role === 'portfolio_holder' ? (dto.personId ?? null) : null;
  if (role === 'council' && !municipalityId) {
    throw new ValidationFailedError([
      { field: 'municipalityId', message: 'is verplicht voor de rol council' },
    ]);
  }
  if (role === 'portfolio_holder' && !personId) {
    throw new ValidationFailedError([
      { field: 'personId', message: 'is verplicht voor de rol portfolio_holder' },
    ]);
  }
  await assertIdsInRegion(manager, regionId, [
    { field: 'municipalityId', table: 'municipalities', id: municipalityId },
    { field: 'personId', table: 'people', id: personId },
  ]);
  return { municipalityId, personId };
}

/** The user's role names in the region, sorted: what the audit trail shows before and after. */
export async function roleNamesIn(
  manager: EntityManager,
  regionId: string,
  userId: string,
): Promise<RoleName[]> {
  const rows: { role: RoleName }[] = await manager.query(
    `SELECT role FROM role_assignments WHERE region_id = $1 AND user_id = $2 ORDER BY role`,
    [regionId, userId],
  );
  return rows.map((row) => row.role);
}

/** Gives the user the role in the region (or updates its details), audited in the same transaction. */
export async function grantRole(
  manager: EntityManager,
  regionId: string,
  userId: string,
  role: RoleName,
  details: RoleDetails,
  reason: string | null = null,
): Promise<void> {
  const before = await roleNamesIn(manager, regionId, userId);
  const previous: RoleDetails[] = await manager.query(
    `SELECT municipality_id AS "municipalityId", person_id AS "personId" FROM role_assignments
      WHERE region_id = $1 AND user_id = $2 AND role = $3`,
    [regionId, userId, role],
  );
  await manager.query(
    `INSERT INTO role_assignments (user_id, region_id, role, municipality_id, person_id)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id, region_id, role)
     DO UPDATE SET municipality_id = EXCLUDED.municipality_id, person_id = EXCLUDED.person_id`,
    [userId, regionId, role, details.municipalityId, details.personId],
  );
  const after = await roleNamesIn(manager, regionId, userId);
  const old = previous[0] ?? { municipalityId: null, personId: null };
  const changes: AuditChange[] = [{ field: 'roles', old: before, new: after }];
  for (const field of ['municipalityId', 'personId'] as const) {
    if (old[field] !== details[field]) {
      changes.push({ field: `${role}.${field}`, old: old[field], new: details[field] });
    }
  }
  await recordAudit(manager, {
    regionId,
    entity: 'user',
    entityId: userId,
    action: 'update',
    changes,
    reason,
  });
}
