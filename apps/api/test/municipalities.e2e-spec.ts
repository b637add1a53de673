import {
  createMunicipality,
  createPerson,
  createRegion,
  fieldsOf,
  UNKNOWN_ID,
} from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('municipalities', () => {
  let t: TestApp;
  let api: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
  });
  afterAll(() => t.close());

  it('creates a municipality with its population facts, and one without a known population', async () => {
    const region = await createRegion(api);
    const res = await api
      .post(`/api/regions/${region.id}/municipalities`)
      .send({
        name: 'Best',
        cbsCode: 'GM0753',
        province: 'Noord-Brabant',
        population: 31220,
        populationReferenceDate: '2024-01-01',
        populationSource: 'CBS',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      regionId: region.id,
      name: 'Best',
      cbsCode: 'GM0753',
      population: 31220,
      populationKnown: true,
      populationReferenceDate: '2024-01-01',
      populationSource: 'CBS',
      memberFrom: null,
    });
    const unknown = await createMunicipality(api, region.id, {
      population: null,
      populationReferenceDate: null,
      populationSource: null,
    });
    expect(unknown).toMatchObject({ population: null, populationKnown: false });
    const got = await api.get(`/api/municipalities/${res.body.id}`).expect(200);
    expect(got.body).toEqual(res.body);
  });

  it('lists by name by default, sorts by population or CBS code, filters by q', async () => {
    const region = await createRegion(api);
    await createMunicipality(api, region.id, {
      name: 'Bergeijk',
      cbsCode: 'GM1724',
      population: 19193,
    });
    await createMunicipality(api, region.id, {
      name: 'Asten',
      cbsCode: 'GM0743',
      population: 17294,
    });
    await createMunicipality(api, region.id, {
      name: 'Cranendonck',
      cbsCode: 'GM1706',
      population: null,
    });
    const names = async (query: string) => {
      const res = await api.get(`/api/regions/${region.id}/municipalities?${query}`).expect(200);
      return (res.body.items as { name: string }[]).map((m) => m.name);
    };
    expect(await names('')).toEqual(['Asten', 'Bergeijk', 'Cranendonck']);
    expect(await names('sort=population&order=desc')).toEqual(['Bergeijk', 'Asten', 'Cranendonck']);
    expect(await names('sort=population')).toEqual(['Asten', 'Bergeijk', 'Cranendonck']);
    expect(await names('sort=cbsCode')).toEqual(['Asten', 'Cranendonck', 'Bergeijk']);
    expect(await names('q=BERG')).toEqual(['Bergeijk']);
    const page = await api.get(`/api/regions/${region.id}/municipalities?limit=2`).expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    const bad = await api.get(`/api/regions/${region.id}/municipalities?sort=size`).expect(400);
    expect(fieldsOf(bad.body)).toEqual(['sort']);
  });

  it.each([
    [{ cbsCode: 'GM12' }, 'cbsCode'],
    [{ cbsCode: 'gm0753' }, 'cbsCode'],
    [{ cbsCode: 'XX0753' }, 'cbsCode'],
    [{ name: '' }, 'name'],
    [{ province: 12 }, 'province'],
    [{ population: -1 }, 'population'],
    [{ population: 1.5 }, 'population'],
    [{ population: '100' }, 'population'],
    [{ populationReferenceDate: '2024-02-30' }, 'populationReferenceDate'],
    [{ populationReferenceDate: '01-01-2024' }, 'populationReferenceDate'],
    [{ memberFrom: '2024-01-01T00:00:00Z' }, 'memberFrom'],
    [{ memberFrom: '2024-01-01', memberUntil: '2023-01-01' }, 'memberUntil'],
    [{ inhabitants: 5 }, 'inhabitants'],
  ])('refuses %j naming %s', async (override, field) => {
    const region = await createRegion(api);
    const res = await api
      .post(`/api/regions/${region.id}/municipalities`)
      .send({ name: 'Test', cbsCode: 'GM0001', province: 'Utrecht', ...override })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it('explains a wrong CBS code in Dutch', async () => {
    const region = await createRegion(api);
    const res = await api
      .post(`/api/regions/${region.id}/municipalities`)
      .send({ name: 'Test', cbsCode: '0753', province: 'Utrecht' })
      .expect(400);
    expect(res.body.errors).toEqual([
      {
        field: 'cbsCode',
        message: 'moet de vorm GM1234 hebben (CBS-gemeentecode)',
        constraint: 'matches',
      },
    ]);
  });

  it('refuses a duplicate CBS code within a region with 409, allows it in another region', async () => {
    const region = await createRegion(api);
    const other = await createRegion(api);
    await createMunicipality(api, region.id, { cbsCode: 'GM0772' });
    const res = await api
      .post(`/api/regions/${region.id}/municipalities`)
      .send({ name: 'Eindhoven 2', cbsCode: 'GM0772', province: 'Noord-Brabant' })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'MUNICIPALITY_CBS_CODE_TAKEN', cbsCode: 'GM0772' });
    await createMunicipality(api, other.id, { cbsCode: 'GM0772' });
    const second = await createMunicipality(api, region.id, { cbsCode: 'GM0773' });
    await api
      .patch(`/api/municipalities/${second.id}`)
      .send({ cbsCode: 'GM0772', version: 1 })
      .expect(409);
  });

  it('patches fields, clears the population with null, refuses null for a required field', async () => {
    const region = await createRegion(api);
    const m = await createMunicipality(api, region.id, { name: 'Oud' });
    const res = await api
      .patch(`/api/municipalities/${m.id}`)
      .send({ name: 'Nieuw', population: null, memberFrom: '2015-02-25', version: m.version })
      .expect(200);
    expect(res.body).toMatchObject({
      name: 'Nieuw',
      cbsCode: m.cbsCode,
      population: null,
      populationKnown: false,
      memberFrom: '2015-02-25',
    });
    const bad = await api.patch(`/api/municipalities/${m.id}`).send({ cbsCode: null, version: 2 });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['cbsCode']);
  });

  it('answers 404 for an unknown region, an unknown or malformed municipality id', async () => {
    for (const path of [
      `/api/regions/${UNKNOWN_ID}/municipalities`,
      '/api/regions/nope/municipalities',
    ]) {
      const res = await api.get(path).expect(404);
      expect(res.body.code).toBe('REGION_NOT_FOUND');
    }
    await api
      .post(`/api/regions/${UNKNOWN_ID}/municipalities`)
      .send({ name: 'X', cbsCode: 'GM0001', province: 'Utrecht' })
      .expect(404);
    for (const id of [UNKNOWN_ID, 'GM0753']) {
      const res = await api.get(`/api/municipalities/${id}`).expect(404);
      expect(res.body.code).toBe('MUNICIPALITY_NOT_FOUND');
      await api.patch(`/api/municipalities/${id}`).send({ name: 'x', version: 1 }).expect(404);
      await api.delete(`/api/municipalities/${id}`).expect(404);
    }
  });

  it('deletes a municipality, but not one a person still refers to', async () => {
    const region = await createRegion(api);
    const free = await createMunicipality(api, region.id);
    await api.delete(`/api/municipalities/${free.id}`).expect(204);
    await api.get(`/api/municipalities/${free.id}`).expect(404);

    const best = await createMunicipality(api, region.id, { name: 'Best' });
    await createPerson(api, region.id, { municipalityId: best.id });
    await createPerson(api, region.id, { municipalityId: best.id });
    const res = await api.delete(`/api/municipalities/${best.id}`).expect(409);
    expect(res.body.code).toBe('MUNICIPALITY_IN_USE');
    expect(res.body.detail).toBe(
      'Gemeente Best wordt nog gebruikt door 2 personen; haal die verwijzingen eerst weg.',
    );
  });
});
