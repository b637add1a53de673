import {
  createMunicipality,
  createOrganisation,
  createPerson,
  createRegion,
  createRegionWithReferenceData,
  fieldsOf,
  UNKNOWN_ID,
} from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('people', () => {
  let t: TestApp;
  let api: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
  });
  afterAll(() => t.close());

  it('creates a person linked to an organisation and municipality of the region, with e-mail', async () => {
    const { region, municipality, organisation } = await createRegionWithReferenceData(api);
    const base = `/api/regions/${region.id}/people`;
    const created = await api
      .post(base)
      .send({
        name: 'Anne Verbeek',
        email: 'anne.verbeek@koers.demo',
        function: 'wethouder',
        organisationId: organisation.id,
        municipalityId: municipality.id,
      })
      .expect(201);
    expect(created.body).toMatchObject({
      regionId: region.id,
      name: 'Anne Verbeek',
      email: 'anne.verbeek@koers.demo',
      function: 'wethouder',
      organisationId: organisation.id,
      municipalityId: municipality.id,
    });
    const got = await api.get(`${base}/${created.body.id}`).expect(200);
    expect(got.body).toEqual(created.body);

    const filtered = await api.get(`${base}?organisationId=${organisation.id}&q=anne`).expect(200);
    expect(filtered.body.items.map((p: { name: string }) => p.name)).toEqual(['Anne Verbeek']);
    const list = await api.get(base).expect(200);
    expect(list.body.total).toBe(2);
  });

  it('patches, clears links with null, and deletes a person', async () => {
    const { region, person } = await createRegionWithReferenceData(api);
    const path = `/api/regions/${region.id}/people/${person.id}`;
    const res = await api
      .patch(path)
      .send({ function: 'griffier', organisationId: null, email: null, version: person.version })
      .expect(200);
    expect(res.body).toMatchObject({
      name: person.name,
      function: 'griffier',
      organisationId: null,
      email: null,
      municipalityId: person.municipalityId,
    });
    await api.delete(path).expect(204);
    await api.get(path).expect(404);
  });

  it.each([
    [{}, 'name'],
    [{ name: 'X', email: 'geen-adres' }, 'email'],
    [{ name: 'X', organisationId: 'abc' }, 'organisationId'],
    [{ name: 'X', municipalityId: 12 }, 'municipalityId'],
    [{ name: 'X', function: 'F'.repeat(201) }, 'function'],
    [{ name: 'X', role: 'admin' }, 'role'],
  ])('refuses %j naming %s', async (body, field) => {
    const region = await createRegion(api);
    const res = await api.post(`/api/regions/${region.id}/people`).send(body).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it('refuses an organisation or municipality of another region, naming the field', async () => {
    const region = await createRegion(api);
    const other = await createRegion(api);
    const foreignOrg = await createOrganisation(api, other.id);
    const foreignMunicipality = await createMunicipality(api, other.id);
    const base = `/api/regions/${region.id}/people`;

    const org = await api.post(base).send({ name: 'X', organisationId: foreignOrg.id }).expect(400);
    expect(org.body.errors).toEqual([
      { field: 'organisationId', message: 'deze organisatie bestaat niet in deze regio' },
    ]);
    const mun = await api
      .post(base)
      .send({ name: 'X', municipalityId: foreignMunicipality.id })
      .expect(400);
    expect(fieldsOf(mun.body)).toEqual(['municipalityId']);
    const unknown = await api
      .post(base)
      .send({ name: 'X', municipalityId: UNKNOWN_ID })
      .expect(400);
    expect(fieldsOf(unknown.body)).toEqual(['municipalityId']);

    const person = await createPerson(api, region.id);
    const patch = await api
      .patch(`${base}/${person.id}`)
      .send({ organisationId: foreignOrg.id, version: person.version })
      .expect(400);
    expect(fieldsOf(patch.body)).toEqual(['organisationId']);
  });

  it('answers 404 for another region, an unknown or malformed id', async () => {
    const { region, person } = await createRegionWithReferenceData(api);
    const other = await createRegion(api);
    const res = await api.get(`/api/regions/${other.id}/people/${person.id}`).expect(404);
    expect(res.body.code).toBe('PERSON_NOT_FOUND');
    await api
      .patch(`/api/regions/${other.id}/people/${person.id}`)
      .send({ name: 'x', version: 1 })
      .expect(404);
    await api.delete(`/api/regions/${other.id}/people/${person.id}`).expect(404);
    await api.get(`/api/regions/${region.id}/people/${UNKNOWN_ID}`).expect(404);
    await api.get(`/api/regions/${region.id}/people/42`).expect(404);
  });

  it('maps a foreign-key violation on delete to 409 even where no pre-check knows the table', async () => {
    const { region, person } = await createRegionWithReferenceData(api);
    // A table that refers to people with a two-column key: invisible to the reference counter.
    const { DataSource } = await import('typeorm');
    const ds = await new DataSource({ type: 'postgres', url: t.db.ownerUrl }).initialize();
    try {
      await ds.query(
        `ALTER TABLE people ADD CONSTRAINT "UQ_people_region_id_test" UNIQUE (region_id, id)`,
      );
      await ds.query(`CREATE TABLE test_mentions (region_id uuid, person_id uuid,
        FOREIGN KEY (region_id, person_id) REFERENCES people (region_id, id))`);
      await ds.query(`INSERT INTO test_mentions VALUES ($1, $2)`, [region.id, person.id]);
    } finally {
      await ds.destroy();
    }
    const res = await api.delete(`/api/regions/${region.id}/people/${person.id}`).expect(409);
    expect(res.body.code).toBe('PERSON_IN_USE');
    expect(res.body.detail).toContain('test_mentions');
  });
});
