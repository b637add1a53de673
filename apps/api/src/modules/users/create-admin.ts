import { DataSource } from 'typeorm';
import { ConfigError } from '../../config/koers-config';
import { assertAcceptablePassword, hashPassword, normaliseEmail } from '../auth/passwords';
import { ValidationFailedError } from '../../common/koers-error';

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
  const rows: { created: boolean }[] = await dataSource.query(
    `INSERT INTO users (email, name, password_hash, is_platform_admin)
     VALUES ($1, $2, $3, true)
     ON CONFLICT (email) DO UPDATE
       SET is_platform_admin = true, active = true, password_hash = EXCLUDED.password_hash,
           password_changed_at = now(), updated_at = now()
     RETURNING (xmax = 0) AS created`,
    [email, input.name?.trim() || email, passwordHash],
  );
  // A changed password ends the sessions signed in with the old one.
  await dataSource.query(
    `DELETE FROM "session" WHERE sess->>'userId' = (SELECT id::text FROM users WHERE email = $1)`,
    [email],
  );
  return rows[0].created ? 'created' : 'promoted';
}
