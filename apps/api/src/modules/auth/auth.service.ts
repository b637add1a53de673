import { Injectable } from '@nestjs/common';
import type { DemoAccountsResponse, MeResponse, RoleGrant, RoleName } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { DEMO_PASSWORD } from '../../seed/data/demo-accounts';
import { currentPasswordWrong, loginFailed, loginRateLimited } from './auth.errors';
import { LoginRateLimit } from './login-rate-limit';
import {
  assertAcceptablePassword,
  hashPassword,
  normaliseEmail,
  verifyPassword,
} from './passwords';

export interface GrantRow {
  region_id: string;
  region_name: string;
  role: RoleName;
  municipality_id: string | null;
  municipality_name: string | null;
  person_id: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimit: LoginRateLimit,
  ) {}

  /** The user id for these credentials; 429 when the account or address tried too often. */
  async verifyCredentials(email: string, password: string, ip: string): Promise<string> {
    const address = normaliseEmail(email);
    const keys = [`email:${address}`, `ip:${ip}`];
    const retryAfter = await this.rateLimit.retryAfter(keys);
    if (retryAfter !== null) throw loginRateLimited(retryAfter);
    const rows: { id: string; password_hash: string; active: boolean }[] =
      await this.dataSource.query(`SELECT id, password_hash, active FROM users WHERE email = $1`, [
        address,
      ]);
    const user = rows[0];
    const valid = await verifyPassword(user?.password_hash, password);
    if (!valid || !user.active) {
      await this.rateLimit.recordFailure(keys);
      throw loginFailed();
    }
    await this.rateLimit.clear(keys[0]);
    return user.id;
  }

  async me(principal: Principal, csrfToken: string): Promise<MeResponse> {
    const rows: GrantRow[] = await this.dataSource.query(
      `SELECT ra.region_id, r.name AS region_name, ra.role, ra.municipality_id,
              m.name AS municipality_name, ra.person_id
         FROM role_assignments ra
         JOIN regions r ON r.id = ra.region_id
         LEFT JOIN municipalities m ON m.id = ra.municipality_id
        WHERE ra.user_id = $1
        ORDER BY r.name, ra.role`,
      [principal.id],
    );
    return {
      user: {
        id: principal.id,
        email: principal.email,
        name: principal.name,
        isPlatformAdmin: principal.isPlatformAdmin,
      },
      roles: rows.map(toRoleGrant),
      csrfToken,
    };
  }

  /** Sets a new password and ends every other session of the user. */
  async changePassword(
    userId: string,
    currentSessionId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const rows: { password_hash: string }[] = await this.dataSource.query(
      `SELECT password_hash FROM users WHERE id = $1`,
      [userId],
    );
    if (!(await verifyPassword(rows[0]?.password_hash, currentPassword))) {
      throw currentPasswordWrong();
    }
    assertAcceptablePassword('newPassword', newPassword);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now()
          WHERE id = $1`,
        [userId, passwordHash],
      );
      await manager.query(`DELETE FROM "session" WHERE sess->>'userId' = $1 AND sid <> $2`, [
        userId,
        currentSessionId,
      ]);
    });
  }

  /** The demo accounts present in this database, for the sign-in page. */
  async demoAccounts(): Promise<DemoAccountsResponse> {
    const rows: (GrantRow & { email: string })[] = await this.dataSource.query(
      `SELECT u.email, ra.role, r.name AS region_name, m.name AS municipality_name
         FROM users u
         JOIN role_assignments ra ON ra.user_id = u.id
         JOIN regions r ON r.id = ra.region_id
         LEFT JOIN municipalities m ON m.id = ra.municipality_id
        WHERE u.email LIKE '%@koers.demo' AND u.active
        ORDER BY r.name, array_position(ARRAY['admin','bureau','board','portfolio_holder',
                 'observer','council']::varchar[], ra.role), m.name NULLS FIRST`,
    );
    return {
      password: DEMO_PASSWORD,
      accounts: rows.map((row) => ({
        email: row.email,
        role: row.role,
        regionName: row.region_name,
        municipalityName: row.municipality_name,
      })),
    };
  }
}

export function toRoleGrant(row: GrantRow): RoleGrant {
  return {
    regionId: row.region_id,
    regionName: row.region_name,
    role: row.role,
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    personId: row.person_id,
  };
}
