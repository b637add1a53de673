import { Client } from 'pg';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import { Agent, createUser, signIn } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The access guard reads the user's roles with the session and remembers which region a row
 * belongs to (issue 7): neither may change who gets what.
 */
describe('access decided per request', () => {
  let t: TestApp;
  let admin: Agent;
  let a: RegionFixture;
  let b: RegionFixture;
  let db: Client;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.asAdmin();
    a = await createRegionFixture(t.db.url, 'Regio A');
    b = await createRegionFixture(t.db.url, 'Regio B');
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const newProgramme = async (regionId: string, year: number) =>
    (
      await admin
        .post(`/api/regions/${regionId}/programmes`)
        .send({ year, title: `Werkprogramma ${year}` })
        .expect(201)
    ).body.id as string;

  it('counts a granted or revoked role from the next request, without signing in again', async () => {
    const programmeId = await newProgramme(a.regionId, 2031);
    const user = await createUser(t.db.url, { roles: [{ regionId: b.regionId, role: 'bureau' }] });
    const agent = await signIn(t.http, user.email);
    await agent.get(`/api/programmes/${programmeId}`).expect(404);

    await admin
      .put(`/api/regions/${a.regionId}/users/${user.id}/roles/observer`)
      .send({})
      .expect(200);
    const read = await agent.get(`/api/programmes/${programmeId}`).expect(200);
    expect(read.body.title).toBe('Werkprogramma 2031');
    await agent
      .patch(`/api/programmes/${programmeId}`)
      .send({ version: 1, title: 'X' })
      .expect(403);

    await admin.delete(`/api/regions/${a.regionId}/users/${user.id}/roles/observer`).expect(204);
    await agent.get(`/api/programmes/${programmeId}`).expect(404);
  });

  it('answers 404 for a programme deleted after it was read, to its region and to others', async () => {
    const programmeId = await newProgramme(a.regionId, 2032);
    const inA = await signIn(
      t.http,
      (await createUser(t.db.url, { roles: [{ regionId: a.regionId, role: 'bureau' }] })).email,
    );
    const inB = await signIn(
      t.http,
      (await createUser(t.db.url, { roles: [{ regionId: b.regionId, role: 'bureau' }] })).email,
    );
    await inA.get(`/api/programmes/${programmeId}`).expect(200);
    await inB.get(`/api/programmes/${programmeId}`).expect(404);

    await admin.delete(`/api/programmes/${programmeId}`).expect(204);
    const gone = await inA.get(`/api/programmes/${programmeId}`).expect(404);
    expect(gone.body.code).toBe('PROGRAMME_NOT_FOUND');
    const other = await inB.get(`/api/programmes/${programmeId}`).expect(404);
    expect(other.body.code).toBe('PROGRAMME_NOT_FOUND');
  });

  it('refuses to move a row to another region, even with SQL (SQLSTATE 23514)', async () => {
    const programmeId = await newProgramme(a.regionId, 2033);
    await expect(
      db.query('UPDATE programmes SET region_id = $1 WHERE id = $2', [b.regionId, programmeId]),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      db.query('UPDATE themes SET region_id = $1 WHERE id = $2', [b.regionId, a.themeIds[0]]),
    ).rejects.toMatchObject({ code: '23514' });
    // Other columns stay editable.
    await db.query(`UPDATE programmes SET title = 'Hernoemd' WHERE id = $1`, [programmeId]);
    const read = await admin.get(`/api/programmes/${programmeId}`).expect(200);
    expect(read.body).toMatchObject({ title: 'Hernoemd', regionId: a.regionId });
  });
});
