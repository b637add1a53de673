import { Injectable } from '@nestjs/common';
import type {
  CreatedRegionUserResponse,
  Page,
  RegionUserResponse,
  RoleName,
} from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { containsPattern, SearchPageQueryDto } from '../../common/pagination';
import { recordAudit } from '../audit/audit-trail';
import { recordAccountAudit } from './account-audit';
import { GrantRow, toRoleGrant } from '../auth/auth.service';
import {
  assertAcceptablePassword,
  generatePassword,
  hashPassword,
  normaliseEmail,
} from '../auth/passwords';
import { accountScope } from './account-scope';
import { AssignRoleDto, CreateRegionUserDto } from './dto/user.dto';
import { grantRole, roleDetails, roleNamesIn } from './role-grants';
import { offerRole } from './role-invitations';
import { lastAdmin, roleNotFound, userManagedElsewhere, userNotFound } from './user.errors';

/** Users and their roles, as the administrator of one region manages them. */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(regionId: string, page: SearchPageQueryDto): Promise<Page<RegionUserResponse>> {
    // `?q=`: part of the name or the e-mail address.
    const pattern = page.q ? containsPattern(page.q) : null;
    const [{ total }]: { total: string }[] = await this.dataSource.query(
      `SELECT count(DISTINCT ra.user_id) AS total
         FROM role_assignments ra JOIN users u ON u.id = ra.user_id
        WHERE ra.region_id = $1 AND ($2::text IS NULL OR u.name ILIKE $2 OR u.email ILIKE $2)`,
      [regionId, pattern],
    );
    // Each user of the page with their roles here, in one statement (not two per user).
    const rows: (Omit<RegionUserResponse, 'roles'> & { grants: GrantRow[] })[] =
      await this.dataSource.query(
        `SELECT u.id, u.email, u.name, u.active, g.grants
           FROM users u
           CROSS JOIN LATERAL (
             SELECT json_agg(json_build_object(
                      'region_id', ra.region_id, 'region_name', r.name, 'role', ra.role,
                      'municipality_id', ra.municipality_id, 'municipality_name', m.name,
                      'person_id', ra.person_id) ORDER BY ra.role) AS grants
               FROM role_assignments ra
               JOIN regions r ON r.id = ra.region_id
               LEFT JOIN municipalities m ON m.id = ra.municipality_id
              WHERE ra.user_id = u.id AND ra.region_id = $1) g
          WHERE g.grants IS NOT NULL AND ($4::text IS NULL OR u.name ILIKE $4 OR u.email ILIKE $4)
          ORDER BY u.name, u.id LIMIT $2 OFFSET $3`,
        [regionId, page.limit, page.offset, pattern],
      );
    const items: RegionUserResponse[] = rows.map(({ grants, ...user }) => ({
      ...user,
      roles: grants.map(toRoleGrant),
    }));
    return { items, total: Number(total), limit: page.limit, offset: page.offset };
  }

  /**
   * Creates the user, or gives the role to a user the admin already manages. An account managed
   * elsewhere is not attached: its holder is offered the role (see `offerRole`), and the answer
   * has the same shape, so it does not tell whether the address has an account (issue 13 item 1).
   */
  async create(
    regionId: string,
    dto: CreateRegionUserDto,
    admin: Principal,
  ): Promise<CreatedRegionUserResponse> {
    if (dto.password !== undefined) assertAcceptablePassword('password', dto.password);
    const email = normaliseEmail(dto.email);
    const name = dto.name.trim();
    const details = await roleDetails(this.dataSource.manager, regionId, dto.role, dto);
    const oneTimePassword = dto.password === undefined ? generatePassword() : null;
    // Hashed whether or not the address has an account, so the time taken tells nothing either.
    const passwordHash = await hashPassword(dto.password ?? (oneTimePassword as string));
    return this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, name, passwordHash],
      );
      if (inserted.length === 1) {
        const userId = inserted[0].id;
        await recordAudit(manager, {
          regionId,
          entity: 'user',
          entityId: userId,
          action: 'create',
          changes: [
            { field: 'email', old: null, new: email },
            { field: 'name', old: null, new: name },
          ],
        });
        await grantRole(manager, regionId, userId, dto.role, details);
        return { ...(await this.get(manager, regionId, userId)), oneTimePassword };
      }
      const [existing]: { id: string }[] = await manager.query(
        `SELECT id FROM users WHERE email = $1`,
        [email],
      );
      if ((await accountScope(manager, admin, existing.id)) === 'manages') {
        await grantRole(manager, regionId, existing.id, dto.role, details);
        return { ...(await this.get(manager, regionId, existing.id)), oneTimePassword: null };
      }
      const offer = { regionId, userId: existing.id, role: dto.role, details, invitedBy: admin.id };
      const invitation = await offerRole(manager, offer, { email, name });
      return { ...invitation, oneTimePassword };
    });
  }

  async assignRole(
    regionId: string,
    userId: string,
    role: RoleName,
    dto: AssignRoleDto,
    admin: Principal,
  ): Promise<RegionUserResponse> {
    return this.dataSource.transaction(async (manager) => {
      const scope = await accountScope(manager, admin, userId);
      if (scope === 'none') throw userNotFound(userId);
      if (scope === 'shares') throw userManagedElsewhere();
      await grantRole(
        manager,
        regionId,
        userId,
        role,
        await roleDetails(manager, regionId, role, dto),
      );
      return this.get(manager, regionId, userId);
    });
  }

  /** Takes the role in this region away: that only narrows what the user may do here. */
  async revokeRole(regionId: string, userId: string, role: RoleName): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const held: unknown[] = await manager.query(
        `SELECT 1 FROM role_assignments WHERE region_id = $1 AND user_id = $2 AND role = $3
           FOR UPDATE`,
        [regionId, userId, role],
      );
      if (held.length === 0) throw roleNotFound(role);
      if (role === 'admin') {
        const admins: unknown[] = await manager.query(
          `SELECT 1 FROM role_assignments WHERE region_id = $1 AND role = 'admin' FOR UPDATE`,
          [regionId],
        );
        if (admins.length === 1) throw lastAdmin();
      }
      const before = await roleNamesIn(manager, regionId, userId);
      await manager.query(
        `DELETE FROM role_assignments WHERE region_id = $1 AND user_id = $2 AND role = $3`,
        [regionId, userId, role],
      );
      await recordAudit(manager, {
        regionId,
        entity: 'user',
        entityId: userId,
        action: 'update',
        changes: [{ field: 'roles', old: before, new: before.filter((r) => r !== role) }],
      });
    });
  }

  /** Deactivated users cannot sign in; their sessions end now. Audited in each of their regions. */
  async deactivate(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const updated: [{ was_active: boolean }[], number] = await manager.query(
        `UPDATE users u SET active = false, updated_at = now()
           FROM (SELECT id, active FROM users WHERE id = $1 FOR UPDATE) old
          WHERE u.id = old.id RETURNING old.active AS was_active`,
        [userId],
      );
      if (updated[1] === 0) throw userNotFound(userId);
      await manager.query(`DELETE FROM "session" WHERE sess->>'userId' = $1`, [userId]);
      await recordAccountAudit(manager, userId, {
        entity: 'user',
        entityId: userId,
        action: 'update',
        changes: [{ field: 'active', old: updated[0][0].was_active, new: false }],
      });
    });
  }

  private async get(
    manager: EntityManager,
    regionId: string,
    userId: string,
  ): Promise<RegionUserResponse> {
    const users: { id: string; email: string; name: string; active: boolean }[] =
      await manager.query(`SELECT id, email, name, active FROM users WHERE id = $1`, [userId]);
    if (users.length === 0) throw userNotFound(userId);
    const grants: GrantRow[] = await manager.query(
      `SELECT ra.region_id, r.name AS region_name, ra.role, ra.municipality_id,
              m.name AS municipality_name, ra.person_id
         FROM role_assignments ra
         JOIN regions r ON r.id = ra.region_id
         LEFT JOIN municipalities m ON m.id = ra.municipality_id
        WHERE ra.user_id = $1 AND ra.region_id = $2
        ORDER BY ra.role`,
      [userId, regionId],
    );
    return { ...users[0], roles: grants.map(toRoleGrant) };
  }
}
