import { Injectable } from '@nestjs/common';
import type {
  CreatedRegionUserResponse,
  Page,
  RegionUserResponse,
  RoleName,
} from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { PageQueryDto } from '../../common/pagination';
import { assertIdsInRegion } from '../../common/region-ids';
import { GrantRow, toRoleGrant } from '../auth/auth.service';
import {
  assertAcceptablePassword,
  generatePassword,
  hashPassword,
  normaliseEmail,
} from '../auth/passwords';
import { AssignRoleDto, CreateRegionUserDto } from './dto/user.dto';
import { lastAdmin, roleNotFound, userNotFound } from './user.errors';

/** Users and their roles, as the administrator of one region manages them. */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(regionId: string, page: PageQueryDto): Promise<Page<RegionUserResponse>> {
    const [{ total }]: { total: string }[] = await this.dataSource.query(
      `SELECT count(DISTINCT user_id) AS total FROM role_assignments WHERE region_id = $1`,
      [regionId],
    );
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM users u WHERE EXISTS (
         SELECT 1 FROM role_assignments ra WHERE ra.user_id = u.id AND ra.region_id = $1)
        ORDER BY u.name, u.id LIMIT $2 OFFSET $3`,
      [regionId, page.limit, page.offset],
    );
    const items: RegionUserResponse[] = [];
    for (const { id } of ids) items.push(await this.get(this.dataSource.manager, regionId, id));
    return { items, total: Number(total), limit: page.limit, offset: page.offset };
  }

  /** Creates the user (or finds them by e-mail) and gives them the role in the region. */
  async create(regionId: string, dto: CreateRegionUserDto): Promise<CreatedRegionUserResponse> {
    if (dto.password !== undefined) assertAcceptablePassword('password', dto.password);
    const email = normaliseEmail(dto.email);
    const existing: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM users WHERE email = $1`,
      [email],
    );
    const oneTimePassword =
      existing.length === 0 && dto.password === undefined ? generatePassword() : null;
    const passwordHash =
      existing.length === 0 ? await hashPassword(dto.password ?? (oneTimePassword as string)) : '';
    return this.dataSource.transaction(async (manager) => {
      const [user]: { id: string }[] = existing.length
        ? existing
        : await manager.query(
            `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
             ON CONFLICT (email) DO UPDATE SET updated_at = now() RETURNING id`,
            [email, dto.name.trim(), passwordHash],
          );
      await this.grant(manager, regionId, user.id, dto.role, dto);
      return { ...(await this.get(manager, regionId, user.id)), oneTimePassword };
    });
  }

  async assignRole(
    regionId: string,
    userId: string,
    role: RoleName,
    dto: AssignRoleDto,
  ): Promise<RegionUserResponse> {
    return this.dataSource.transaction(async (manager) => {
      const users: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
      if (users.length === 0) throw userNotFound(userId);
      await this.grant(manager, regionId, userId, role, dto);
      return this.get(manager, regionId, userId);
    });
  }

  async revokeRole(regionId: string, userId: string, role: RoleName): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (role === 'admin') {
        const admins: unknown[] = await manager.query(
          `SELECT 1 FROM role_assignments WHERE region_id = $1 AND role = 'admin' FOR UPDATE`,
          [regionId],
        );
        if (admins.length === 1) throw lastAdmin();
      }
      const deleted: [unknown[], number] = await manager.query(
        `DELETE FROM role_assignments WHERE region_id = $1 AND user_id = $2 AND role = $3`,
        [regionId, userId, role],
      );
      if (deleted[1] === 0) throw roleNotFound(role);
    });
  }

  /** Deactivated users cannot sign in; their sessions end now. */
  async deactivate(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const updated: [unknown[], number] = await manager.query(
        `UPDATE users SET active = false, updated_at = now() WHERE id = $1`,
        [userId],
      );
      if (updated[1] === 0) throw userNotFound(userId);
      await manager.query(`DELETE FROM "session" WHERE sess->>'userId' = $1`, [userId]);
    });
  }

  private async grant(
    manager: EntityManager,
    regionId: string,
    userId: string,
    role: RoleName,
    dto: AssignRoleDto,
  ): Promise<void> {
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
    await manager.query(
      `INSERT INTO role_assignments (user_id, region_id, role, municipality_id, person_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, region_id, role)
       DO UPDATE SET municipality_id = EXCLUDED.municipality_id, person_id = EXCLUDED.person_id`,
      [userId, regionId, role, municipalityId, personId],
    );
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
