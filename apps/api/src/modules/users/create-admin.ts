import { DataSource } from 'typeorm';
import { ConfigError } from '../../config/koers-config';
import { assertAcceptablePassword, hashPassword, normaliseEmail } from '../auth/passwords';
import { ValidationFailedError } from '../../common/koers-error';
import { SYSTEM_ACTORS } from '../../common/request-context';
import { recordAudit } from '../audit/audit-trail';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates a platform administrator, or makes an existing user one (and sets the password).
 * Returns whether the user was new. For `npm run koers -- create-admin`.
 */
export async function createPlatformAdmin(
  dataSource: DataSource,
  input: { email: string; name?: string; password: string },
): Promise<'created' | 'promoted'> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email)) throw new ConfigError(`"${input.email}" is not an e-mail address.`);
  try {
    assertAcceptablePassword('password', input.password);
  } catch (error) {
    if (error instanceof ValidationFailedError) {
      throw new ConfigError(`The password ${error.errors[0].message}.`);
    }
    throw error;
  }
  const passwordHash = await hashPassword(input.password);
  return dataSource.transaction(async (manager) => {
    const rows: { id: string; created: boolean; was_admin: boolean | null }[] = await manager.query(
      `WITH old AS (SELECT is_platform_admin FROM users WHERE email = $1)
         INSERT INTO users (email, name, password_hash, is_platform_admin)
         VALUES ($1, $2, $3, true)
         ON CONFLICT (email) DO UPDATE
           SET is_platform_admin = true, active = true, password_hash = EXCLUDED.password_hash,
               password_changed_at = now(), updated_at = now()
         RETURNING id, (xmax = 0) AS created, (SELECT is_platform_admin FROM old) AS was_admin`,
      [email, input.name?.trim() || email, passwordHash],
    );
    const [{ id, created }] = rows;
    // A changed password ends the sessions signed in with the old one.
    await manager.query(`DELETE FROM "session" WHERE sess->>'userId' = $1`, [id]);
    await recordAudit(manager, {
      regionId: null,
      entity: 'user',
      entityId: id,
      action: created ? 'create' : 'update',
      changes: created
        ? [
            { field: 'email', old: null, new: email },
            { field: 'isPlatformAdmin', old: null, new: true },
          ]
        : [{ field: 'isPlatformAdmin', old: rows[0].was_admin, new: true }],
      reason: created ? null : 'create-admin: platformbeheerder, wachtwoord opnieuw gezet',
      actor: SYSTEM_ACTORS.cli,
    });
    return created ? 'created' : 'promoted';
  });
}
