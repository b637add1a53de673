import request from 'supertest';
import { createRegion, createTheme, fieldsOf, UNKNOWN_ID } from './factories/reference-data';
import { startTestApp, TestApp } from './support/test-app';

describe('themes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates, reads, lists by title, patches and deletes a theme', async () => {
    const region = await createRegion(t.http);
    const base = `/api/regions/${region.id}/themes`;
    const created = await request(t.http)
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
    await createTheme(t.http, region.id, { title: 'Energie' });
    const list = await request(t.http).get(base).expect(200);
    expect(list.body.items.map((x: { title: string }) => x.title)).toEqual([
      'Energie',
      'Mobiliteit',
    ]);
    expect((await request(t.http).get(`${base}?q=mobi`).expect(200)).body.total).toBe(1);

    const id = created.body.id;
    expect((await request(t.http).get(`${base}/${id}`).expect(200)).body).toEqual(created.body);
    const patched = await request(t.http)
      .patch(`${base}/${id}`)
      .send({ description: 'Fiets en OV', periodEndYear: 2027 })
      .expect(200);
    expect(patched.body).toMatchObject({
      title: 'Mobiliteit',
      description: 'Fiets en OV',
      periodEndYear: 2027,
    });
    await request(t.http).delete(`${base}/${id}`).expect(204);
    await request(t.http).get(`${base}/${id}`).expect(404);
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
    const region = await createRegion(t.http);
    const res = await request(t.http)
      .post(`/api/regions/${region.id}/themes`)
      .send(body)
      .expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it('refuses a patch that puts the end before the start', async () => {
    const region = await createRegion(t.http);
    const theme = await createTheme(t.http, region.id);
    const res = await request(t.http)
      .patch(`/api/regions/${region.id}/themes/${theme.id}`)
      .send({ periodEndYear: 2020 })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['periodEndYear']);
  });

  it('answers 404 for another region, an unknown or malformed id', async () => {
    const region = await createRegion(t.http);
    const other = await createRegion(t.http);
    const theme = await createTheme(t.http, region.id);
    const res = await request(t.http)
      .get(`/api/regions/${other.id}/themes/${theme.id}`)
      .expect(404);
    expect(res.body.code).toBe('THEME_NOT_FOUND');
    await request(t.http).delete(`/api/regions/${other.id}/themes/${theme.id}`).expect(404);
    await request(t.http).get(`/api/regions/${region.id}/themes/${UNKNOWN_ID}`).expect(404);
    await request(t.http).patch(`/api/regions/${region.id}/themes/x`).send({}).expect(404);
  });
});
