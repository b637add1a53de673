import { EntityManager } from 'typeorm';
import { AuditEntry, recordAudit } from '../audit/audit-trail';

/**
 * Records an event of an account in the audit trail of every region the account has a role in,
 * so each of those regions' administrators reads it (an account without roles: one record
 * without a region, for the platform administrator). With `byTheAccount` (a sign-in, where
 * nobody is signed in yet) the account itself is the actor, with its roles in each region.
 */
export async function recordAccountAudit(
  manager: EntityManager,
  userId: string,
  entry: Omit<AuditEntry, 'regionId'>,
  byTheAccount?: { name: string },
): Promise<void> {
  const regions: { region_id: string; roles: string }[] = await manager.query(
    `SELECT region_id, string_agg(DISTINCT role, ',' ORDER BY role) AS roles
       FROM role_assignments WHERE user_id = $1
      GROUP BY region_id ORDER BY region_id`,
    [userId],
  );
  const places = regions.length ? regions : [{ region_id: null, roles: null }];
  for (const { region_id: regionId, roles } of places) {
    const actor = byTheAccount ? { id: userId, name: byTheAccount.name, role: roles } : entry.actor;
    await recordAudit(manager, { ...entry, regionId, ...(actor ? { actor } : {}) });
  }
}
