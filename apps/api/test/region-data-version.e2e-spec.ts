import { Client } from 'pg';
import { createRegion } from './factories/reference-data';
import { pgSessions } from './support/pg-sessions';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The region's data version moves at commit with every change (pages kept in memory rely on it),
 * but one writer's commit must not wait for another's: the bench's writes were served one at a
 * time while every commit in a region held the one version row until it reached the disk.
 */
describe('the region data version under concurrent writers', () => {
  let t: TestApp;
  let regionId: string;
  const { session, onDifferentShards, closeAll } = pgSessions(() => t.db.url);
  const version = async (client: Client) =>
    Number(
      (
        await client.query<{ v: string }>('SELECT koers_region_data_version($1)::text AS v', [
          regionId,
        ])
      ).rows[0].v,
    );
  const addPerson = (client: Client, name: string) =>
    client.query('INSERT INTO people (region_id, name) VALUES ($1, $2)', [regionId, name]);

  beforeAll(async () => {
    t = await startTestApp();
    regionId = (await createRegion(await t.asAdmin(), {})).id;
  });
  afterAll(async () => {
    await closeAll();
    await t.close();
  });

  it('lets a second writer commit while the first holds its version change, and counts both', async () => {
    const [first, second] = await onDifferentShards();
    const reader = (await session()).client;
    const before = await version(reader);

    await first.client.query('BEGIN');
    await addPerson(first.client, 'Eerste schrijver');
    // Fires the deferred trigger now: the first writer holds its version change, uncommitted.
    await first.client.query('SET CONSTRAINTS ALL IMMEDIATE');

    await second.client.query('BEGIN');
    await second.client.query(`SET LOCAL lock_timeout = '3s'`);
    await addPerson(second.client, 'Tweede schrijver');
    // With one version row per region this waited for the first writer and timed out.
    await second.client.query('COMMIT');
    expect(await version(reader)).toBe(before + 1);

    await first.client.query('COMMIT');
    expect(await version(reader)).toBe(before + 2);
  });

  it('moves with every committed change and not with one rolled back', async () => {
    const { client } = await session();
    const before = await version(client);
    await addPerson(client, 'Derde');
    await client.query('BEGIN');
    await addPerson(client, 'Teruggedraaid');
    await client.query('ROLLBACK');
    await client.query('UPDATE people SET name = name WHERE region_id = $1', [regionId]);
    expect(await version(client)).toBe(before + 1 + 3);
  });
});
