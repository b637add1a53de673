import {
  createMunicipality,
  createRegion,
  fieldsOf,
  UNKNOWN_ID,
  unique,
} from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('regions', () => {
  let t: TestApp;
  let api: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
  });
  afterAll(() => t.close());

  it('creates a region with defaults and reads it back', async () => {
    const shortName = `MRE-${unique()}`;
    const res = await api
      .post('/api/regions')
      .send({ name: 'Metropoolregio Eindhoven', shortName, governanceMode: 'wgr_public_body' })
      .expect(201);
    expect(res.body).toMatchObject({
      name: 'Metropoolregio Eindhoven',
      shortName,
      governanceMode: 'wgr_public_body',
      provinces: [],
      viewWindowWeeks: 12,
      defaultContributionKey: 'per_inhabitant',
    });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const got = await api.get(`/api/regions/${res.body.id}`).expect(200);
    expect(got.body).toEqual(res.body);
  });

  it('lists regions sorted by name, paginated, filtered by q', async () => {
    const tag = unique();
    await createRegion(api, { name: `Zuid ${tag}` });
    await createRegion(api, { name: `Noord ${tag}` });
    await createRegion(api, { name: `Midden ${tag}` });
    const all = await api.get(`/api/regions?q=${tag}`).expect(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((r: { name: string }) => r.name)).toEqual([
      `Midden ${tag}`,
      `Noord ${tag}`,
      `Zuid ${tag}`,
    ]);
    const page = await api.get(`/api/regions?q=${tag}&limit=1&offset=1`).expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.body.items.map((r: { name: string }) => r.name)).toEqual([`Noord ${tag}`]);
    const defaults = await api.get('/api/regions').expect(200);
    expect(defaults.body).toMatchObject({ limit: 50, offset: 0 });
  });

  it('treats % and _ in q literally', async () => {
    const res = await api.get('/api/regions?q=%25').expect(200);
    expect(res.body.total).toBe(0);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=abc', 'limit'],
    ['offset=-1', 'offset'],
    ['colour=red', 'colour'],
  ])('refuses a bad list query %s', async (query, field) => {
    const res = await api.get(`/api/regions?${query}`).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it.each([
    [{ shortName: 'X', governanceMode: 'network' }, 'name'],
    [{ name: 'X', governanceMode: 'network' }, 'shortName'],
    [{ name: 'X', shortName: 'X', governanceMode: 'anarchy' }, 'governanceMode'],
    [
      { name: 'X', shortName: 'X', governanceMode: 'network', viewWindowWeeks: 0 },
      'viewWindowWeeks',
    ],
    [
      { name: 'X', shortName: 'X', governanceMode: 'network', viewWindowWeeks: 53 },
      'viewWindowWeeks',
    ],
    [{ name: 'X', shortName: 'X'.repeat(31), governanceMode: 'network' }, 'shortName'],
    [{ name: 'X', shortName: 'X', governanceMode: 'network', provinces: 'Utrecht' }, 'provinces'],
    [
      { name: 'X', shortName: 'X', governanceMode: 'network', defaultContributionKey: 'free' },
      'defaultContributionKey',
    ],
    [{ name: 'X', shortName: 'X', governanceMode: 'network', isAdmin: true }, 'isAdmin'],
  ])('refuses an invalid new region %j naming %s', async (body, field) => {
    const res = await api.post('/api/regions').send(body).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(res.body)).toContain(field);
  });

  it('refuses a second region with the same short name with 409', async () => {
    const region = await createRegion(api);
    const res = await api
      .post('/api/regions')
      .send({ name: 'Kopie', shortName: region.shortName, governanceMode: 'network' })
      .expect(409);
    expect(res.body.code).toBe('REGION_SHORT_NAME_TAKEN');
    expect(res.body.detail).toContain(region.shortName);
  });

  it('patches only the fields sent, and refuses null for a required field', async () => {
    const region = await createRegion(api);
    const res = await api
      .patch(`/api/regions/${region.id}`)
      .send({ viewWindowWeeks: 8, governanceMode: 'network', version: region.version })
      .expect(200);
    expect(res.body).toMatchObject({
      name: region.name,
      shortName: region.shortName,
      viewWindowWeeks: 8,
      governanceMode: 'network',
    });
    const bad = await api.patch(`/api/regions/${region.id}`).send({ name: null, version: 2 });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['name']);
    const unknown = await api.patch(`/api/regions/${region.id}`).send({ foo: 1, version: 2 });
    expect(fieldsOf(unknown.body)).toEqual(['foo']);
  });

  it('answers 404 for an unknown or malformed id on every method', async () => {
    for (const id of [UNKNOWN_ID, 'not-a-uuid', '1']) {
      const get = await api.get(`/api/regions/${id}`).expect(404);
      expect(get.body.code).toBe('REGION_NOT_FOUND');
      await api.patch(`/api/regions/${id}`).send({ name: 'x', version: 1 }).expect(404);
      await api.delete(`/api/regions/${id}`).expect(404);
    }
  });

  it('deletes an empty region, and refuses one that still has municipalities', async () => {
    const empty = await createRegion(api);
    await api.delete(`/api/regions/${empty.id}`).expect(204);
    await api.get(`/api/regions/${empty.id}`).expect(404);

    const region = await createRegion(api);
    await createMunicipality(api, region.id);
    await createMunicipality(api, region.id);
    const res = await api.delete(`/api/regions/${region.id}`).expect(409);
    expect(res.body.code).toBe('REGION_IN_USE');
    expect(res.body.detail).toBe(
      `Regio ${region.name} heeft nog 2 gemeenten; verwijder die eerst.`,
    );
  });

  it('is described in the OpenAPI document with request and response schemas', async () => {
    const doc = await api.get('/api/docs-json').expect(200);
    const paths = doc.body.paths;
    expect(paths['/api/regions'].post.requestBody).toBeDefined();
    expect(paths['/api/regions'].get.responses['200']).toBeDefined();
    expect(paths['/api/regions/{regionId}'].patch.responses['200']).toBeDefined();
    for (const path of [
      '/api/regions/{regionId}/municipalities',
      '/api/municipalities/{id}',
      '/api/regions/{regionId}/organisations',
      '/api/regions/{regionId}/organisations/{id}',
      '/api/regions/{regionId}/people',
      '/api/regions/{regionId}/people/{id}',
      '/api/regions/{regionId}/themes',
      '/api/regions/{regionId}/themes/{id}',
      '/api/external-programmes',
      '/api/external-programmes/{id}',
    ]) {
      expect(paths).toHaveProperty([path]);
    }
    expect(doc.body.components.schemas.MunicipalityResponseDto.properties).toHaveProperty(
      'populationKnown',
    );
  });
});
