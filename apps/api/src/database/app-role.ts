import { Client } from 'pg';

/**
 * What the app role may do to the tables that keep the record, instead of reading and writing:
 * it appends to the audit trail and reads it, reads the counts that a trigger keeps (as the
 * owner), and reads which migrations ran.
 */
const PROTECTED_TABLES: Record<string, string> = {
  audit_records: 'SELECT, INSERT',
  audit_counts: 'SELECT',
  audit_programme_counts: 'SELECT',
  migrations: 'SELECT',
};

/**
 * Run by the owner after the migrations: the app role may read and write every table of the
 * schema, now and (through default privileges) every table a later migration creates, except
 * the protected ones. It owns nothing, so it cannot alter a table or disable its triggers, and
 * being no superuser it cannot SET session_replication_role.
 */
export async function grantAppRole(owner: Client, appRole: string): Promise<void> {
  const role = owner.escapeIdentifier(appRole);
  const { rows } = await owner.query<{ schema: string }>('SELECT current_schema() AS schema');
  const schema = owner.escapeIdentifier(rows[0].schema);
  await owner.query('BEGIN');
  try {
    // Nobody but the owner creates objects in the schema (the default since PostgreSQL 15).
    await owner.query(`REVOKE CREATE ON SCHEMA ${schema} FROM PUBLIC`);
    await owner.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    await owner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
    );
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`);
    await owner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    );
    await owner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
    );
    for (const [table, privileges] of Object.entries(PROTECTED_TABLES)) {
      const name = `${schema}.${owner.escapeIdentifier(table)}`;
      const found = await owner.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [name]);
      if (found.rows[0].t === null) continue;
      await owner.query(`REVOKE ALL ON ${name} FROM PUBLIC, ${role}`);
      await owner.query(`GRANT ${privileges} ON ${name} TO ${role}`);
    }
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

/**
 * Why the app's connection could change the audit trail anyway (a superuser, or the owner of
 * the audit table or a member of that role), or undefined when it cannot.
 */
export async function auditProtectionGap(app: Client): Promise<string | undefined> {
  const { rows } = await app.query<{ role: string; superuser: boolean; owns: boolean | null }>(
    `SELECT current_user AS role, r.rolsuper AS superuser,
            (SELECT pg_has_role(current_user, t.tableowner, 'MEMBER')
               FROM pg_tables t
              WHERE t.schemaname = current_schema() AND t.tablename = 'audit_records') AS owns
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const { role, superuser, owns } = rows[0];
  if (superuser) return `${role}, a superuser`;
  if (owns) return `${role}, the owner of the audit table`;
  return undefined;
}
