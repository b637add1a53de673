import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createRegion } from './factories/reference-data';
import { type Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The app connects as a role of its own (issue 13 item 8, issue 12 item 10): it reads and writes
 * the data, but cannot change the audit trail or its counts, not even by going around the
 * triggers that guard them. The test app connects exactly as Koers does in production.
 */
describe('the role the app connects as', () => {
  let t: TestApp;
  let api: Agent;
  let app: Client;
  let owner: Client;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    await createRegion(api);
    app = new Client({ connectionString: t.db.url });
    owner = new Client({ connectionString: t.db.ownerUrl });
    await Promise.all([app.connect(), owner.connect()]);
  });
  afterAll(async () => {
    await Promise.all([app.end(), owner.end()]);
    await t.close();
  });

  const refused = (sql: string) => expect(app.query(sql)).rejects.toMatchObject({ code: '42501' });
  const count = async (table: string) =>
    Number((await owner.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

  it('is the role the running app uses, and no superuser', async () => {
    const { rows } = await app.query(
      `SELECT current_user AS role, rolsuper FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0].rolsuper).toBe(false);
    const used = await t.app.get(DataSource).query('SELECT current_user AS role');
    expect(used[0].role).toBe(rows[0].role);
  });

  it('stores text as UTF-8, so a length counts characters', async () => {
    const { rows } = await app.query(
      `SELECT pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`,
    );
    expect(rows[0].encoding).toBe('UTF8');
  });

  it('cannot switch off triggers for its session (session_replication_role)', async () => {
    await refused('SET session_replication_role = replica');
  });

  it('cannot update, delete or truncate the audit trail', async () => {
    expect(await count('audit_records')).toBeGreaterThan(0);
    await refused(`UPDATE audit_records SET reason = 'vervalst'`);
    await refused('DELETE FROM audit_records');
    await refused('TRUNCATE audit_records');
  });

  it('cannot write the audit counts', async () => {
    expect(await count('audit_counts')).toBeGreaterThan(0);
    await refused(`UPDATE audit_counts SET records = 0`);
    await refused('DELETE FROM audit_counts');
    await refused('TRUNCATE audit_counts');
    await refused(
      `INSERT INTO audit_counts VALUES ('region', gen_random_uuid(), gen_random_uuid(), 'create', 1)`,
    );
  });

  it('cannot disable their triggers or change their tables', async () => {
    await refused('ALTER TABLE audit_records DISABLE TRIGGER ALL');
    await refused('ALTER TABLE audit_counts DISABLE TRIGGER ALL');
    await refused('DROP TRIGGER audit_records_no_update_delete ON audit_records');
    await refused('CREATE TABLE public.stand_in (id int)');
  });

  it('appends to the audit trail through the app, and the counts follow through their trigger', async () => {
    const [records, counts] = [await count('audit_records'), await count('audit_counts')];
    await createRegion(api);
    expect(await count('audit_records')).toBeGreaterThan(records);
    expect(await count('audit_counts')).toBeGreaterThan(counts);
  });

  it('reads and writes a table that a later migration creates, without a grant of its own', async () => {
    await owner.query('CREATE TABLE later_migration_table (id int PRIMARY KEY, note text)');
    await app.query(`INSERT INTO later_migration_table VALUES (1, 'eerst')`);
    await app.query(`UPDATE later_migration_table SET note = 'daarna' WHERE id = 1`);
    const { rows } = await app.query('SELECT note FROM later_migration_table');
    expect(rows).toEqual([{ note: 'daarna' }]);
    await app.query('DELETE FROM later_migration_table');
    await refused('DROP TABLE later_migration_table');
  });
});
