import { Client } from 'pg';
import { createRegionFixture } from './factories/programme-fixtures';
import { pgSessions } from './support/pg-sessions';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every audit record of a programme is counted for its history page, per entity, action and
 * actor. One person's changes in one programme must not be committed one at a time because of
 * that count: the bench's assignment PATCH (one bureau account, 32 connections) spent most of its
 * time waiting on the one count row, which each writer held until its commit reached the disk.
 */
describe("a programme's audit counts under concurrent writers", () => {
  let t: TestApp;
  let regionId: string;
  let programmeId: string;
  const { session, onDifferentShards, closeAll } = pgSessions(() => t.db.url);
  /** An audit record of a change to one of the programme's assignments, by one person. */
  const record = (client: Client, actorName: string) =>
    client.query(
      `INSERT INTO audit_records
              (region_id, programme_id, entity, entity_id, action, actor_name, changes)
       VALUES ($1, $2, 'assignment', gen_random_uuid(), 'update', $3, '[]')`,
      [regionId, programmeId, actorName],
    );
  /** The history's totals: how many records, and each person's latest one. */
  const counts = async (client: Client) =>
    (
      await client.query<{ actor: string; records: number; latest: boolean }>(
        `SELECT c.actor_key AS actor, sum(c.records)::int AS records,
                max(c.last_id) = (SELECT max(r.id) FROM audit_records r
                                   WHERE r.programme_id = $1 AND r.actor_name = c.actor_key)
                  AS latest
           FROM audit_programme_counts c WHERE c.programme_id = $1
          GROUP BY c.actor_key ORDER BY 1`,
        [programmeId],
      )
    ).rows;

  beforeAll(async () => {
    t = await startTestApp();
    regionId = (await createRegionFixture(t.db.url)).regionId;
    const { client } = await session();
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO programmes (region_id, year, title) VALUES ($1, 2027, 'Werkprogramma 2027')
       RETURNING id`,
      [regionId],
    );
    programmeId = rows[0].id;
  });
  afterAll(async () => {
    await closeAll();
    await t.close();
  });

  it("lets one person's change to a second assignment commit while the first is still open, and counts both", async () => {
    const [first, second] = await onDifferentShards();
    const reader = (await session()).client;

    await first.client.query('BEGIN');
    await record(first.client, 'Bea van het Bureau');

    await second.client.query('BEGIN');
    await second.client.query(`SET LOCAL lock_timeout = '3s'`);
    // With one count row per programme, entity, action and person this waited for the first
    // writer's commit and timed out.
    await record(second.client, 'Bea van het Bureau');
    await second.client.query('COMMIT');
    expect(await counts(reader)).toEqual([
      { actor: 'Bea van het Bureau', records: 1, latest: true },
    ]);

    await first.client.query('COMMIT');
    await record(reader, 'Greet Griffier');
    expect(await counts(reader)).toEqual([
      { actor: 'Bea van het Bureau', records: 2, latest: true },
      { actor: 'Greet Griffier', records: 1, latest: true },
    ]);
  });
});
