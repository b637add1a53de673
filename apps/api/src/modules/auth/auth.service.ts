import { Injectable } from '@nestjs/common';
import type { DemoAccountsResponse, MeResponse, RoleGrant, RoleName } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { DEMO_PASSWORD } from '../../seed/data/demo-accounts';
import { recordAccountAudit } from '../users/account-audit';
import {
  currentPasswordWrong,
  loginFailed,
  loginRateLimited,
  passwordChangeRateLimited,
} from './auth.errors';
import { LoginRateLimit, PASSWORD_CHANGE_LIMIT, signInLimits } from './login-rate-limit';
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

  /**
   * The user id for these credentials; 429 when a sign-in limit is reached (before the password
   * is checked). Every checked attempt on an existing account is audited, without the password.
   */
  async verifyCredentials(email: string, password: string, address: string): Promise<string> {
    const account = normaliseEmail(email);
    const limits = signInLimits(account, address);
    const rows: { id: string; name: string; password_hash: string; active: boolean }[] =
      await this.dataSource.query(
        `SELECT id, name, password_hash, active FROM users WHERE email = $1`,
        [account],
      );
    const user = rows[0];
    const reserved = await this.rateLimit.reserve(limits);
    // Refused attempts are not audited: they cost no password check, and a flood of them would
    // otherwise fill the append-only trail. The limits' counters show them.
    if ('retryAfter' in reserved) throw loginRateLimited(reserved.retryAfter);
    const valid = await verifyPassword(user?.password_hash, password);
    if (!valid || !user.active) {
      await this.auditSignIn(user, address, valid ? 'inactive' : 'failed');
      throw loginFailed();
    }
    await this.rateLimit.succeeded(
      reserved.reservation,
      limits.slice(0, 2).map((l) => l.key),
    );
    await this.auditSignIn(user, address, 'success');
    return user.id;
  }

  /** A sign-in attempt in the audit trail of the account (none for an unknown address). */
  private async auditSignIn(
    user: { id: string; name: string } | undefined,
    address: string,
    outcome: 'success' | 'failed' | 'inactive',
  ): Promise<void> {
    if (!user) return;
    await recordAccountAudit(
      this.dataSource.manager,
      user.id,
      {
        entity: 'sign_in',
        entityId: user.id,
        action: 'create',
        changes: [
          { field: 'outcome', old: null, new: outcome },
          { field: 'address', old: null, new: address },
        ],
      },
      // Nobody is signed in yet: the attempt is on this account's name.
      { name: user.name },
    );
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

  /**
   * Sets a new password and ends every other session of the user. Wrong current passwords are
   * limited like sign-ins (429 once PASSWORD_CHANGE_LIMIT is reached), so a session left open
   * cannot be used to guess the password.
   */
  async changePassword(
    userId: string,
    currentSessionId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const limit = { key: `password-change:${userId}`, max: PASSWORD_CHANGE_LIMIT };
    const reserved = await this.rateLimit.reserve([limit]);
    if ('retryAfter' in reserved) throw passwordChangeRateLimited(reserved.retryAfter);
    const rows: { password_hash: string; password_changed_at: Date }[] =
      await this.dataSource.query(
        `SELECT password_hash, password_changed_at FROM users WHERE id = $1`,
        [userId],
      );
    if (!(await verifyPassword(rows[0]?.password_hash, currentPassword))) {
      throw currentPasswordWrong();
    }
    await this.rateLimit.succeeded(reserved.reservation, [limit.key]);
    assertAcceptablePassword('newPassword', newPassword);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const [updated]: [{ changed_at: Date }[], number] = await manager.query(
        `UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now()
          WHERE id = $1 RETURNING password_changed_at AS changed_at`,
        [userId, passwordHash],
      );
      await manager.query(`DELETE FROM "session" WHERE sess->>'userId' = $1 AND sid <> $2`, [
        userId,
        currentSessionId,
      ]);
      await recordAccountAudit(manager, userId, {
        entity: 'user',
        entityId: userId,
        action: 'update',
        changes: [
          {
            field: 'passwordChangedAt',
            old: rows[0].password_changed_at.toISOString(),
            new: updated[0].changed_at.toISOString(),
          },
        ],
      });
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
