import {
  createOrganisation,
  createPerson,
  createRegion,
  fieldsOf,
  UNKNOWN_ID,
} from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('organisations', () => {
  let t: TestApp;
  let api: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
  });
  afterAll(() => t.close());

  it('creates, reads, lists (by name, q, kind), patches and deletes an organisation', async () => {
    const region = await createRegion(api);
    const base = `/api/regions/${region.id}/organisations`;
    const created = await api
      .post(base)
      .send({ name: 'Waterschap De Dommel', kind: 'water_board' })
      .expect(201);
    expect(created.body).toMatchObject({
      regionId: region.id,
      name: 'Waterschap De Dommel',
      kind: 'water_board',
    });
    await createOrganisation(api, region.id, {
      name: 'Provincie Noord-Brabant',
      kind: 'province',
    });
    await createOrganisation(api, region.id, {
      name: 'Brainport Development',
      kind: 'business',
    });

    const list = await api.get(base).expect(200);
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual([
      'Brainport Development',
      'Provincie Noord-Brabant',
      'Waterschap De Dommel',
    ]);
    const q = await api.get(`${base}?q=dommel`).expect(200);
    expect(q.body.total).toBe(1);
    const kind = await api.get(`${base}?kind=province`).expect(200);
    expect(kind.body.items.map((o: { kind: string }) => o.kind)).toEqual(['province']);

    const id = created.body.id;
    expect((await api.get(`${base}/${id}`).expect(200)).body).toEqual(created.body);
    const patched = await api
      .patch(`${base}/${id}`)
      .send({ kind: 'other', version: 1 })
      .expect(200);
    expect(patched.body).toMatchObject({ name: 'Waterschap De Dommel', kind: 'other' });
    await api.delete(`${base}/${id}`).expect(204);
    await api.get(`${base}/${id}`).expect(404);
  });

  it.each([
    [{ kind: 'province' }, 'name'],
    [{ name: 'X' }, 'kind'],
    [{ name: 'X', kind: 'church' }, 'kind'],
    [{ name: 'X'.repeat(201), kind: 'other' }, 'name'],
    [{ name: 'X', kind: 'other', regionId: UNKNOWN_ID }, 'regionId'],
  ])('refuses %j naming %s', async (body, field) => {
    const region = await createRegion(api);
    const res = await api.post(`/api/regions/${region.id}/organisations`).send(body).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it('refuses an invalid patch', async () => {
    const region = await createRegion(api);
    const org = await createOrganisation(api, region.id);
    const res = await api
      .patch(`/api/regions/${region.id}/organisations/${org.id}`)
      .send({ name: null, kind: 'x' })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['name', 'kind']);
  });

  it('answers 404 for another region, an unknown or malformed id', async () => {
    const region = await createRegion(api);
    const other = await createRegion(api);
    const org = await createOrganisation(api, region.id);
    const wrong = `/api/regions/${other.id}/organisations/${org.id}`;
    const res = await api.get(wrong).expect(404);
    expect(res.body.code).toBe('ORGANISATION_NOT_FOUND');
    await api.patch(wrong).send({ name: 'x', version: 1 }).expect(404);
    await api.delete(wrong).expect(404);
    await api.get(`/api/regions/${region.id}/organisations/${UNKNOWN_ID}`).expect(404);
    await api.get(`/api/regions/${region.id}/organisations/abc`).expect(404);
    await api.get(`/api/regions/${UNKNOWN_ID}/organisations`).expect(404);
    // Still there, untouched.
    await api.get(`/api/regions/${region.id}/organisations/${org.id}`).expect(200);
  });

  it('refuses to delete an organisation people still work for', async () => {
    const region = await createRegion(api);
    const org = await createOrganisation(api, region.id, { name: 'TU/e' });
    await createPerson(api, region.id, { organisationId: org.id });
    const res = await api.delete(`/api/regions/${region.id}/organisations/${org.id}`).expect(409);
    expect(res.body.code).toBe('ORGANISATION_IN_USE');
    expect(res.body.detail).toBe(
      'Organisatie TU/e wordt nog gebruikt door 1 persoon; haal die verwijzingen eerst weg.',
    );
  });
});
