import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { DEMO_SEEDS } from '../src/seed/demo-seeds';
import { runSeeds } from '../src/seed/run-seeds';
import { runSignedCycle } from './factories/signed-cycle';
import { startTestApp, TestApp } from './support/test-app';

interface ActorRow {
  entity: string;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
}

/** Issue 12, item 7: every audit record names who did it, and in which role. */
describe('who did it, on every audit record', () => {
  let t: TestApp;
  let db: Client;
  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const recordsOf = async (regionId: string): Promise<ActorRow[]> =>
    (
      await db.query<ActorRow>(
        `SELECT entity, action, actor_id, actor_name, actor_role FROM audit_records
          WHERE region_id = $1 ORDER BY id`,
        [regionId],
      )
    ).rows;

  it('names the signed-in person and their role on every write of a whole council cycle', async () => {
    const { region, programme, point, agents } = await runSignedCycle(t);
    const { bureau, board } = agents;

    const records = await recordsOf(region.id);
    expect(records.length).toBeGreaterThanOrEqual(18);
    // Not one record without a person: no "systeem", no empty name.
    for (const record of records) {
      expect(record.actor_name?.trim()).toBeTruthy();
      expect(record.actor_id).not.toBeNull();
    }
    const who = (r: ActorRow) => `${r.entity} ${r.action}: ${r.actor_name} (${r.actor_role})`;
    // Sign-ins are in the region's trail too, on the account's name with its role there.
    expect(new Set(records.filter((r) => r.entity === 'sign_in').map(who))).toEqual(
      new Set([
        'sign_in create: Bea van het Bureau (bureau)',
        'sign_in create: Bram Bestuur (board)',
        'sign_in create: Greet Griffier (council)',
      ]),
    );
    expect(records.filter((r) => r.entity !== 'sign_in').map(who)).toEqual([
      'region create: Paula Platform (platform_admin)',
      'municipality create: Paula Platform (platform_admin)',
      'municipality create: Paula Platform (platform_admin)',
      'municipality create: Paula Platform (platform_admin)',
      'theme create: Paula Platform (platform_admin)',
      'person create: Paula Platform (platform_admin)',
      'programme create: Bea van het Bureau (bureau)',
      'assignment create: Bea van het Bureau (bureau)',
      'assignment create: Bea van het Bureau (bureau)',
      'assignment create: Bea van het Bureau (bureau)',
      'assignment delete: Bea van het Bureau (bureau)',
      'assignment update: Bea van het Bureau (bureau)',
      'steering_group update: Bea van het Bureau (bureau)',
      'programme update: Bea van het Bureau (bureau)',
      'programme transition: Bram Bestuur (board)',
      'programme transition: Bea van het Bureau (bureau)',
      'council_decision update: Greet Griffier (council)',
      'council_decision update: Bea van het Bureau (bureau)',
      'council_decision update: Bea van het Bureau (bureau)',
      'view_point update: Bea van het Bureau (bureau)',
      'programme transition: Bram Bestuur (board)',
    ]);
    expect(
      new Set(records.filter((r) => r.actor_name === 'Bram Bestuur').map((r) => r.actor_id)),
    ).toEqual(new Set([board.me.user.id]));

    // The answer to the view and the frozen versions name their authors too.
    const answered = await db.query('SELECT answered_by FROM view_points WHERE id = $1', [
      point.id,
    ]);
    expect(answered.rows).toEqual([{ answered_by: 'Bea van het Bureau' }]);
    const versions = await db.query(
      'SELECT number, created_by FROM programme_versions WHERE programme_id = $1 ORDER BY number',
      [programme.id],
    );
    // Leaving draft froze version 1, adopting version 2: the board member made both.
    expect(versions.rows).toEqual([
      { number: 1, created_by: 'Bram Bestuur' },
      { number: 2, created_by: 'Bram Bestuur' },
    ]);

    // The API answers the actor with the record.
    const trail = await bureau.get(`/api/audit?entity=view_point&entityId=${point.id}`).expect(200);
    expect(trail.body.items[0].actor).toEqual({
      id: bureau.me.user.id,
      name: 'Bea van het Bureau',
      role: 'bureau',
    });
  });

  it('signs what the demo seed writes "demo-gegevens"', async () => {
    const ds = await new DataSource(dataSourceOptions(t.db.url)).initialize();
    try {
      await runSeeds(ds, DEMO_SEEDS);
    } finally {
      await ds.destroy();
    }
    const { rows } = await db.query<{ actor: string; records: number; ids: number }>(
      `SELECT coalesce(actor_name, '(none)') AS actor, count(*)::int AS records,
              count(actor_id)::int AS ids
         FROM audit_records r JOIN regions g ON g.id = r.region_id
        WHERE g.short_name = 'MRE' GROUP BY 1`,
    );
    expect(rows).toEqual([{ actor: 'demo-gegevens', records: expect.any(Number), ids: 0 }]);
    expect(rows[0].records).toBeGreaterThan(1);
  });

  it('refuses a record without an actor in the database itself', async () => {
    await expect(
      db.query(
        `INSERT INTO audit_records (region_id, entity, entity_id, action)
         VALUES (NULL, 'region', gen_random_uuid(), 'create')`,
      ),
    ).rejects.toThrow(/CHK_audit_records_actor/);
  });
});
