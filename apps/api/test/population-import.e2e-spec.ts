import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { Client } from 'pg';
import { createMunicipality, createRegion, UNKNOWN_ID } from './factories/reference-data';
import { Agent, signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const STATLINE = readFileSync(
  path.join(
    __dirname,
    '../../../libs/domain/src/population/fixtures/statline-bevolking-1-januari.csv',
  ),
);

/** The bureau fills in a region's populations from one CBS StatLine export. */
describe('population import', () => {
  let t: TestApp;
  let api: Agent;
  let db: Client;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  /** A region with Zwolle (known in 2024), Kampen (unknown) and Urk (not in the file). */
  async function zwolleRegion() {
    const region = await createRegion(api);
    const zwolle = await createMunicipality(api, region.id, {
      name: 'Zwolle',
      cbsCode: 'GM0193',
      population: null,
      populationReferenceDate: null,
      populationSource: null,
    });
    const kampen = await createMunicipality(api, region.id, {
      name: 'Kampen',
      cbsCode: 'GM0166',
      population: null,
      populationReferenceDate: null,
      populationSource: null,
    });
    const urk = await createMunicipality(api, region.id, { name: 'Urk', cbsCode: 'GM0184' });
    await api
      .post(`/api/municipalities/${zwolle.id}/populations`)
      .send({ referenceDate: '2024-01-01', population: 130_688, source: 'CBS 2024' })
      .expect(201);
    const bureau = await signInAs(t, { roles: [{ regionId: region.id, role: 'bureau' }] });
    return { region, zwolle, kampen, urk, bureau };
  }

  const upload = (agent: Agent, regionId: string, query: string, file = STATLINE) =>
    agent
      .post(`/api/regions/${regionId}/populations/import?${query}`)
      .attach('file', file, 'bevolking.csv');

  it('previews without storing, then stores every new figure with its source, audited', async () => {
    const { region, zwolle, kampen, urk, bureau } = await zwolleRegion();
    const preview = await upload(bureau, region.id, '').expect(200);
    expect(preview.body).toMatchObject({ dryRun: true, storedCount: 0 });
    expect(preview.body.matched).toEqual([
      expect.objectContaining({
        municipalityName: 'Zwolle',
        referenceDate: '2025-01-01',
        population: 132_411,
        recorded: null,
        change: 'new',
      }),
      expect.objectContaining({ municipalityName: 'Kampen', population: 55_322, change: 'new' }),
    ]);
    expect(preview.body.unmatched).toContainEqual({
      line: 5,
      label: 'Dalfsen',
      reason: 'unknown_municipality',
    });
    expect(preview.body.missing).toEqual([{ municipalityId: urk.id, municipalityName: 'Urk' }]);
    expect(
      (await db.query('SELECT 1 FROM municipality_populations WHERE region_id = $1', [region.id]))
        .rowCount,
    ).toBe(2); // Zwolle's and Urk's of 2024

    const stored = await upload(
      bureau,
      region.id,
      'dryRun=false&source=CBS%20StatLine%2003759ned',
    ).expect(200);
    expect(stored.body).toMatchObject({
      dryRun: false,
      storedCount: 2,
      source: 'CBS StatLine 03759ned',
    });
    const z = await api.get(`/api/municipalities/${zwolle.id}`).expect(200);
    expect(z.body).toMatchObject({
      population: 132_411,
      populationReferenceDate: '2025-01-01',
      populationSource: 'CBS StatLine 03759ned',
      version: 3,
    });
    const history = await api.get(`/api/municipalities/${kampen.id}/populations`).expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ referenceDate: '2025-01-01', population: 55_322 }),
    ]);
    const audits = await db.query(
      `SELECT entity_id, actor_id FROM audit_records WHERE region_id = $1 AND reason = 'Inwonertal vastgelegd' ORDER BY id`,
      [region.id],
    );
    expect(audits.rows.slice(-2)).toEqual([
      { entity_id: zwolle.id, actor_id: bureau.me.user.id },
      { entity_id: kampen.id, actor_id: bureau.me.user.id },
    ]);

    // The same file again: nothing new, nothing stored twice.
    const again = await upload(bureau, region.id, 'dryRun=false').expect(200);
    expect(again.body.storedCount).toBe(0);
    expect(again.body.matched.map((m: { change: string }) => m.change)).toEqual(['same', 'same']);
  });

  it('refuses the whole file when a recorded date has a different figure: nothing half-stored', async () => {
    const { region, kampen, bureau } = await zwolleRegion();
    await api
      .post(`/api/municipalities/${kampen.id}/populations`)
      .send({ referenceDate: '2025-01-01', population: 55_000, source: 'eigen telling' })
      .expect(201);
    const preview = await upload(bureau, region.id, 'dryRun=true').expect(200);
    expect(preview.body.matched[1]).toMatchObject({
      municipalityName: 'Kampen',
      recorded: 55_000,
      change: 'different',
    });
    const refused = await upload(bureau, region.id, 'dryRun=false').expect(409);
    expect(refused.body).toMatchObject({
      code: 'POPULATION_DATE_TAKEN',
      referenceDate: '2025-01-01',
    });
    const rows = await db.query(
      `SELECT 1 FROM municipality_populations WHERE region_id = $1 AND reference_date = '2025-01-01'`,
      [region.id],
    );
    expect(rows.rowCount).toBe(1);
  });

  it('takes the date from referenceDate when the file has no period column', async () => {
    const { region, bureau } = await zwolleRegion();
    const file = Buffer.from('"Regio\'s";"Bevolking (aantal)"\n"Urk";"21.929"\n');
    const without = await upload(bureau, region.id, '', file).expect(200);
    expect(without.body.unmatched).toEqual([{ line: 2, label: 'Urk', reason: 'no_date' }]);
    const withDate = await upload(bureau, region.id, 'referenceDate=2023-01-01', file).expect(200);
    expect(withDate.body.matched[0]).toMatchObject({
      municipalityName: 'Urk',
      referenceDate: '2023-01-01',
      population: 21_929,
    });
  });

  it('answers 400 naming the field for a file that is not the table, or a bad query', async () => {
    const { region, bureau } = await zwolleRegion();
    const wrong = await upload(
      bureau,
      region.id,
      '',
      Buffer.from('Soort;Code\nOpdracht;A\n'),
    ).expect(400);
    expect(wrong.body).toMatchObject({
      code: 'IMPORT_FILE_NOT_SUPPORTED',
      errors: [{ field: 'file' }],
    });
    const binary = await upload(bureau, region.id, '', Buffer.from([0x50, 0x00, 0x01])).expect(400);
    expect(binary.body.code).toBe('IMPORT_FILE_NOT_SUPPORTED');
    const date = await upload(bureau, region.id, 'referenceDate=2025-02-30').expect(400);
    expect(date.body.errors[0].field).toBe('referenceDate');
    const missing = await bureau.post(`/api/regions/${region.id}/populations/import`).expect(400);
    expect(missing.body.code).toBe('IMPORT_FILE_MISSING');
    await upload(api, UNKNOWN_ID, '').expect(404);
  });

  it('is for the bureau and the admin of the region only', async () => {
    const { region } = await zwolleRegion();
    const observer = await signInAs(t, { roles: [{ regionId: region.id, role: 'observer' }] });
    await upload(observer, region.id, '').expect(403);
    await request(t.http).post(`/api/regions/${region.id}/populations/import`).expect(401);
  });
});
