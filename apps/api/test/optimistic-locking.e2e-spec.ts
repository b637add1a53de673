import { createRegionWithReferenceData, fieldsOf, unique } from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Each editable reference resource: where it lives and a change a PATCH can make to it. */
interface Editable {
  name: string;
  code: string;
  path: (ids: Ids) => string;
  change: (n: number) => Record<string, unknown>;
  field: string;
}
type Ids = Awaited<ReturnType<typeof createRegionWithReferenceData>>;

const EDITABLES: Editable[] = [
  {
    name: 'person',
    code: 'PERSON_VERSION_CONFLICT',
    path: ({ region, person }) => `/api/regions/${region.id}/people/${person.id}`,
    change: (n) => ({ function: `functie ${n}` }),
    field: 'function',
  },
  {
    name: 'theme',
    code: 'THEME_VERSION_CONFLICT',
    path: ({ region, theme }) => `/api/regions/${region.id}/themes/${theme.id}`,
    change: (n) => ({ description: `beschrijving ${n}` }),
    field: 'description',
  },
  {
    name: 'organisation',
    code: 'ORGANISATION_VERSION_CONFLICT',
    path: ({ region, organisation }) =>
      `/api/regions/${region.id}/organisations/${organisation.id}`,
    change: (n) => ({ name: `Organisatie ${unique()} ${n}` }),
    field: 'name',
  },
  {
    name: 'municipality',
    code: 'MUNICIPALITY_VERSION_CONFLICT',
    path: ({ municipality }) => `/api/municipalities/${municipality.id}`,
    change: (n) => ({ province: `Provincie ${n}` }),
    field: 'province',
  },
  {
    name: 'region',
    code: 'REGION_VERSION_CONFLICT',
    path: ({ region }) => `/api/regions/${region.id}`,
    change: (n) => ({ name: `Regio ${unique()} ${n}` }),
    field: 'name',
  },
];

describe('optimistic locking of the reference data (issue 13 item 4)', () => {
  let t: TestApp;
  let api: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
  });
  afterAll(() => t.close());

  describe.each(EDITABLES)('$name', (editable) => {
    let path: string;
    beforeEach(async () => {
      path = editable.path(await createRegionWithReferenceData(api));
    });

    it('answers with its version, and a saved PATCH moves it on', async () => {
      const read = await api.get(path).expect(200);
      expect(read.body.version).toBe(1);
      const saved = await api
        .patch(path)
        .send({ ...editable.change(1), version: 1 })
        .expect(200);
      expect(saved.body.version).toBe(2);
      expect((await api.get(path).expect(200)).body).toEqual(saved.body);
    });

    it('refuses a PATCH with a stale version with 409 and the current version, changing nothing', async () => {
      const first = editable.change(1);
      await api
        .patch(path)
        .send({ ...first, version: 1 })
        .expect(200);
      const stale = await api
        .patch(path)
        .send({ ...editable.change(2), version: 1 })
        .expect(409);
      expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(stale.body).toMatchObject({ code: editable.code, status: 409, currentVersion: 2 });
      const now = (await api.get(path).expect(200)).body;
      expect(now.version).toBe(2);
      expect(now[editable.field]).toBe(first[editable.field]);
    });

    it('refuses a PATCH without a version with 400 naming version', async () => {
      const res = await api.patch(path).send(editable.change(1)).expect(400);
      expect(fieldsOf(res.body)).toEqual(['version']);
      expect((await api.get(path).expect(200)).body.version).toBe(1);
    });

    it('takes the version from If-Match as well', async () => {
      await api.patch(path).set('If-Match', '"1"').send(editable.change(1)).expect(200);
      const stale = await api.patch(path).set('If-Match', '"1"').send(editable.change(2));
      expect(stale.status).toBe(409);
      expect(stale.body.currentVersion).toBe(2);
    });
  });

  it('of two concurrent PATCHes of one person exactly one wins and the other gets 409, 30 times over', async () => {
    const ids = await createRegionWithReferenceData(api);
    const path = EDITABLES[0].path(ids);
    for (let trial = 0; trial < 30; trial++) {
      const { version } = (await api.get(path).expect(200)).body as { version: number };
      const bodies = [`A ${trial}`, `B ${trial}`].map((fn) => ({ function: fn, version }));
      const answers = await Promise.all(bodies.map((body) => api.patch(path).send(body)));
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 409]);
      const winner = answers.find((answer) => answer.status === 200)!;
      const loser = answers.find((answer) => answer.status === 409)!;
      expect(loser.body.currentVersion).toBe(version + 1);
      const stored = (await api.get(path).expect(200)).body;
      // No lost change: what is stored is exactly what the winner was told it saved.
      expect(stored).toEqual(winner.body);
      expect(stored.version).toBe(version + 1);
    }
  });
});
