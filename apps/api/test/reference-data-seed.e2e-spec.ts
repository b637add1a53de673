import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { MRE_MUNICIPALITIES, MRE_POPULATION_TOTAL } from '../src/seed/data/municipalities';
import { DEMO_EXTERNAL_PROGRAMMES } from '../src/seed/data/reference-data';
import {
  demoPersonId,
  demoRegionId,
  demoThemeId,
  externalProgrammeId,
} from '../src/seed/demo-lookups';
import { DEMO_SEEDS } from '../src/seed/demo-seeds';
import { runSeeds } from '../src/seed/run-seeds';
import { fieldsOf, UNKNOWN_ID } from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('the reference-data demo seed and the external programmes', () => {
  let t: TestApp;
  let api: Agent;
  let ds: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    ds = await new DataSource(dataSourceOptions(t.db.url)).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  it('the MRE data sums to the population total stated in the data file, with a figure for each', () => {
    // The stated total is written once, from the source; the figures are typed one by one. A typo
    // in one of them, or a municipality left out, makes the sum differ.
    expect(MRE_MUNICIPALITIES).toHaveLength(21);
    expect(MRE_MUNICIPALITIES.filter((m) => m.population == null)).toEqual([]);
    expect(MRE_MUNICIPALITIES.reduce((sum, m) => sum + (m.population ?? 0), 0)).toBe(
      MRE_POPULATION_TOTAL,
    );
  });

  it('inserts 21 + 22 municipalities once, however often it runs', async () => {
    const step = DEMO_SEEDS.find((s) => s.name === 'reference-data');
    expect(step).toBeDefined();
    expect(await runSeeds(ds, DEMO_SEEDS)).toContain('reference-data');
    expect(await runSeeds(ds, DEMO_SEEDS)).toEqual([]);

    const counts: { short_name: string; n: string; population: string; known: string }[] =
      await ds.query(`SELECT r.short_name, count(m.id) AS n, sum(m.population) AS population,
                             count(m.population) AS known
                        FROM regions r JOIN municipalities m ON m.region_id = r.id
                       GROUP BY r.short_name ORDER BY r.short_name`);
    expect(counts).toEqual([
      { short_name: 'MRE', n: '21', population: '807025', known: '21' },
      { short_name: 'Regio Zwolle', n: '22', population: expect.any(String), known: '8' },
    ]);
    const [{ n }]: { n: string }[] = await ds.query(
      'SELECT count(*) AS n FROM external_programmes',
    );
    expect(Number(n)).toBe(DEMO_EXTERNAL_PROGRAMMES.length);
  });

  it('serves the seeded data over HTTP, with unknown populations as unknown', async () => {
    const regions = await api.get('/api/regions').expect(200);
    const mre = regions.body.items.find((r: { shortName: string }) => r.shortName === 'MRE');
    expect(mre).toMatchObject({
      name: 'Metropoolregio Eindhoven',
      governanceMode: 'wgr_public_body',
    });
    const zwolle = regions.body.items.find(
      (r: { shortName: string }) => r.shortName === 'Regio Zwolle',
    );
    expect(zwolle).toMatchObject({ governanceMode: 'network' });

    const mreList = await api
      .get(`/api/regions/${mre.id}/municipalities?sort=population&order=desc&limit=1`)
      .expect(200);
    expect(mreList.body.total).toBe(21);
    expect(mreList.body.items[0]).toMatchObject({
      name: 'Eindhoven',
      cbsCode: 'GM0772',
      population: 246443,
      populationReferenceDate: '2024-01-01',
      populationSource: 'CBS figure as quoted in the Wikipedia infobox',
    });
    const dalfsen = await api.get(`/api/regions/${zwolle.id}/municipalities?q=Dalfsen`).expect(200);
    expect(dalfsen.body.items[0]).toMatchObject({
      cbsCode: 'GM0148',
      population: null,
      populationKnown: false,
      populationReferenceDate: null,
      populationSource: null,
    });
    const themes = await api.get(`/api/regions/${mre.id}/themes`).expect(200);
    expect(themes.body.items.map((x: { title: string }) => x.title)).toEqual([
      // Added by the later 'programme-2026' step for its cross-cutting assignment.
      'Bestuur en democratie',
      'Mobiliteit',
      'Schaalsprong wonen en ruimte',
      'Toekomstige energiesystemen',
      'Veerkrachtige economie',
      'Vitaal landelijk gebied',
    ]);
    const people = await api.get(`/api/regions/${mre.id}/people`).expect(200);
    for (const person of people.body.items) expect(person.email).toMatch(/@koers\.demo$/);
  });

  it('offers lookups by stable names for later seed steps', async () => {
    const mreId = await demoRegionId(ds.manager, 'MRE');
    expect(await demoThemeId(ds.manager, mreId, 'Mobiliteit')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await demoPersonId(ds.manager, mreId, 'Anne Verbeek')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await externalProgrammeId(ds.manager, 'Regio Deal')).toMatch(/^[0-9a-f-]{36}$/);
    await expect(demoRegionId(ds.manager, 'Atlantis')).rejects.toThrow('Atlantis');
  });

  it('lists external programmes by name, filtered by level and q, and reads one', async () => {
    const eu = await api.get('/api/external-programmes?level=eu').expect(200);
    expect(eu.body.items.map((p: { name: string }) => p.name)).toEqual(['EFRO', 'Interreg']);
    const all = await api.get('/api/external-programmes?limit=200').expect(200);
    expect(all.body.total).toBe(17);
    const names = (all.body.items as { name: string }[]).map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const delta = await api.get('/api/external-programmes?q=delta').expect(200);
    expect(delta.body.items).toHaveLength(1);
    const one = await api.get(`/api/external-programmes/${delta.body.items[0].id}`).expect(200);
    expect(one.body).toMatchObject({ name: 'Deltaprogramma', level: 'national' });
  });

  it('answers 400 and 404 for external programmes like everywhere else', async () => {
    const bad = await api.get('/api/external-programmes?level=global').expect(400);
    expect(fieldsOf(bad.body)).toEqual(['level']);
    for (const id of [UNKNOWN_ID, 'deltaprogramma']) {
      const res = await api.get(`/api/external-programmes/${id}`).expect(404);
      expect(res.body.code).toBe('EXTERNAL_PROGRAMME_NOT_FOUND');
    }
    await api.post('/api/external-programmes').send({ name: 'X' }).expect(404);
  });
});
