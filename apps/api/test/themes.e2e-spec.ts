import { createRegion, createTheme, fieldsOf, UNKNOWN_ID } from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('themes', () => {
  let t: TestApp;
  let api: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
  });
  afterAll(() => t.close());

  it('creates, reads, lists by title, patches and deletes a theme', async () => {
    const region = await createRegion(api);
    const base = `/api/regions/${region.id}/themes`;
    const created = await api
      .post(base)
      .send({ title: 'Mobiliteit', periodStartYear: 2023, periodEndYear: 2026 })
      .expect(201);
    expect(created.body).toMatchObject({
      regionId: region.id,
      title: 'Mobiliteit',
      description: '',
      periodStartYear: 2023,
      periodEndYear: 2026,
    });
    await createTheme(api, region.id, { title: 'Energie' });
    const list = await api.get(base).expect(200);
    expect(list.body.items.map((x: { title: string }) => x.title)).toEqual([
      'Energie',
      'Mobiliteit',
    ]);
    expect((await api.get(`${base}?q=mobi`).expect(200)).body.total).toBe(1);

    const id = created.body.id;
    expect((await api.get(`${base}/${id}`).expect(200)).body).toEqual(created.body);
    const patched = await api
      .patch(`${base}/${id}`)
      .send({ description: 'Fiets en OV', periodEndYear: 2027, version: created.body.version })
      .expect(200);
    expect(patched.body).toMatchObject({
      title: 'Mobiliteit',
      description: 'Fiets en OV',
      periodEndYear: 2027,
    });
    await api.delete(`${base}/${id}`).expect(204);
    await api.get(`${base}/${id}`).expect(404);
  });

  it.each([
    [{ periodStartYear: 2023, periodEndYear: 2026 }, 'title'],
    [{ title: 'X', periodEndYear: 2026 }, 'periodStartYear'],
    [{ title: 'X', periodStartYear: 1999, periodEndYear: 2026 }, 'periodStartYear'],
    [{ title: 'X', periodStartYear: 2023, periodEndYear: 2101 }, 'periodEndYear'],
    [{ title: 'X', periodStartYear: 2023.5, periodEndYear: 2026 }, 'periodStartYear'],
    [{ title: 'X', periodStartYear: 2026, periodEndYear: 2023 }, 'periodEndYear'],
    [{ title: 'X', periodStartYear: 2023, periodEndYear: 2026, description: null }, 'description'],
    [{ title: 'X', periodStartYear: 2023, periodEndYear: 2026, colour: 'red' }, 'colour'],
  ])('refuses %j naming %s', async (body, field) => {
    const region = await createRegion(api);
    const res = await api.post(`/api/regions/${region.id}/themes`).send(body).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it('refuses a patch that puts the end before the start', async () => {
    const region = await createRegion(api);
    const theme = await createTheme(api, region.id);
    const res = await api
      .patch(`/api/regions/${region.id}/themes/${theme.id}`)
      .send({ periodEndYear: 2020, version: theme.version })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['periodEndYear']);
  });

  it('answers 404 for another region, an unknown or malformed id', async () => {
    const region = await createRegion(api);
    const other = await createRegion(api);
    const theme = await createTheme(api, region.id);
    const res = await api.get(`/api/regions/${other.id}/themes/${theme.id}`).expect(404);
    expect(res.body.code).toBe('THEME_NOT_FOUND');
    await api.delete(`/api/regions/${other.id}/themes/${theme.id}`).expect(404);
    await api.get(`/api/regions/${region.id}/themes/${UNKNOWN_ID}`).expect(404);
    await api.patch(`/api/regions/${region.id}/themes/x`).send({}).expect(404);
  });
});
