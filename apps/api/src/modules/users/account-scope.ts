import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How an administrator stands to an account (issue 13 item 1):
 * - `manages`: a platform administrator, or a region admin of every region the account has a role
 *   in (and the account is no platform administrator): they may change and deactivate it;
 * - `shares`: the account has a role in one of their regions, but also elsewhere (or is a
 *   platform administrator): they see it, but only a platform administrator changes it;
 * - `none`: no role in their regions, or no such account: for them it does not exist.
 */
export type AccountScope = 'manages' | 'shares' | 'none';

/** The regions in which the principal is an administrator. */
export const adminRegionIds = (principal: Principal): string[] =>
  principal.grants.filter((g) => g.role === 'admin').map((g) => g.regionId);

export async function accountScope(
  manager: EntityManager,
  principal: Principal,
  userId: string,
): Promise<AccountScope> {
  if (!UUID.test(userId)) return 'none';
  const rows: { is_platform_admin: boolean; regions: string[] }[] = await manager.query(
    `SELECT u.is_platform_admin,
            coalesce(array_agg(DISTINCT ra.region_id::text)
                       FILTER (WHERE ra.region_id IS NOT NULL), '{}') AS regions
       FROM users u LEFT JOIN role_assignments ra ON ra.user_id = u.id
      WHERE u.id = $1
      GROUP BY u.id`,
    [userId],
  );
  if (rows.length === 0) return 'none';
  if (principal.isPlatformAdmin) return 'manages';
  const mine = adminRegionIds(principal);
  const { is_platform_admin: isPlatformAdmin, regions } = rows[0];
  if (!regions.some((region) => mine.includes(region))) return 'none';
  if (isPlatformAdmin || !regions.every((region) => mine.includes(region))) return 'shares';
  return 'manages';
}
