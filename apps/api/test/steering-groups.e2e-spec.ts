import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('steering groups', () => {
  let t: TestApp;
  let api: Agent;
  let region: RegionFixture;
  let other: RegionFixture;
  let assignmentId: string;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    region = await createRegionFixture(t.db.url);
    other = await createRegionFixture(t.db.url, 'Andere regio');
    const programme = await api
      .post(`/api/regions/${region.regionId}/programmes`)
      .send({ year: 2026, title: 'Werkprogramma 2026' })
      .expect(201);
    const assignment = await api
      .post(`/api/programmes/${programme.body.id}/assignments`)
      .send({ themeId: region.themeIds[0], code: 'SG-1', title: 'Met stuurgroep' })
      .expect(201);
    assignmentId = assignment.body.id;
  });
  afterAll(() => t.close());

  const put = (body: object, id = assignmentId) =>
    api.put(`/api/assignments/${id}/steering-group`).send(body);

  it('starts empty, then stores and replaces members and commitments in order', async () => {
    const empty = await api.get(`/api/assignments/${assignmentId}/steering-group`).expect(200);
    expect(empty.body).toEqual({ assignmentId, version: 1, members: [], commitments: [] });

    const [province, waterBoard] = region.organisationIds;
    const group = {
      members: [
        { personId: region.personIds[2], organisationId: province, role: 'chair' },
        { personId: region.personIds[1], role: 'secretary' },
      ],
      commitments: [
        { organisationId: province, description: 'Cofinanciering', amountCents: 21_000_000 },
        { organisationId: waterBoard, description: 'Kennis', fte: 0.25 },
      ],
    };
    const stored = await put({ ...group, version: 1 }).expect(200);
    expect(stored.body).toEqual({
      assignmentId,
      version: 2,
      members: [
        { personId: region.personIds[2], organisationId: province, role: 'chair' },
        { personId: region.personIds[1], organisationId: null, role: 'secretary' },
      ],
      commitments: [
        {
          organisationId: province,
          description: 'Cofinanciering',
          amountCents: 21_000_000,
          fte: null,
        },
        { organisationId: waterBoard, description: 'Kennis', amountCents: null, fte: 0.25 },
      ],
    });
    const read = await api.get(`/api/assignments/${assignmentId}/steering-group`).expect(200);
    expect(read.body).toEqual(stored.body);

    const replaced = await put({
      members: [{ personId: region.personIds[0], role: 'member' }],
      commitments: [],
      version: 2,
    }).expect(200);
    expect(replaced.body.version).toBe(3);
    expect(replaced.body.members).toEqual([
      { personId: region.personIds[0], organisationId: null, role: 'member' },
    ]);
    expect(replaced.body.commitments).toEqual([]);
  });

  it.each([
    [{ members: [{ personId: 'x', role: 'chair' }], commitments: [] }, 'members.0.personId'],
    [
      {
        members: [{ personId: '00000000-0000-4000-8000-000000000001', role: 'boss' }],
        commitments: [],
      },
      'members.0.role',
    ],
    [
      {
        members: [],
        commitments: [{ organisationId: '00000000-0000-4000-8000-000000000001', amountCents: -1 }],
      },
      'commitments.0.amountCents',
    ],
    [
      {
        members: [],
        commitments: [{ organisationId: '00000000-0000-4000-8000-000000000001', amountCents: 0.5 }],
      },
      'commitments.0.amountCents',
    ],
    [{ members: [] }, 'commitments'],
    [{ members: [], commitments: [], chair: 'x' }, 'chair'],
  ])('refuses %j naming %s', async (body, field) => {
    const res = await put(body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses people and organisations of another region, and the same person twice', async () => {
    const res = await put({
      members: [
        { personId: other.personIds[0], role: 'chair' },
        { personId: region.personIds[0], organisationId: other.organisationIds[0], role: 'member' },
      ],
      commitments: [{ organisationId: other.organisationIds[1], description: 'x' }],
      version: 3,
    }).expect(400);
    expect(res.body.errors).toEqual([
      { field: 'members.0.personId', message: 'is geen persoon van deze regio' },
      { field: 'members.1.organisationId', message: 'is geen organisatie van deze regio' },
      { field: 'commitments.0.organisationId', message: 'is geen organisatie van deze regio' },
    ]);
    const twice = await put({
      members: [
        { personId: region.personIds[0], role: 'chair' },
        { personId: region.personIds[0], role: 'member' },
      ],
      commitments: [],
      version: 3,
    }).expect(400);
    expect(twice.body.errors[0].field).toBe('members.1.personId');
  });

  it('answers 404 for an unknown or malformed assignment id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await api.get(`/api/assignments/${missing}/steering-group`).expect(404);
    expect(res.body.code).toBe('ASSIGNMENT_NOT_FOUND');
    await put({ members: [], commitments: [], version: 1 }, 'abc').expect(404);
    await put({ members: [], commitments: [], version: 1 }, missing).expect(404);
  });

  describe('optimistic locking (issue 13 item 4)', () => {
    let id: string;
    beforeEach(async () => {
      const programme = await api
        .get(`/api/assignments/${assignmentId}`)
        .expect(200)
        .then((res) => res.body.programmeId as string);
      const created = await api
        .post(`/api/programmes/${programme}/assignments`)
        .send({ themeId: region.themeIds[0], code: `SG-${Date.now()}`, title: 'Vergrendeld' })
        .expect(201);
      id = created.body.id;
    });
    const member = (i: number) => ({ personId: region.personIds[i], role: 'member' });

    it('refuses a PUT with a stale version with 409 and the current version, changing nothing', async () => {
      await put({ members: [member(0)], commitments: [], version: 1 }, id).expect(200);
      const stale = await put({ members: [member(1)], commitments: [], version: 1 }, id).expect(
        409,
      );
      expect(stale.body).toMatchObject({
        code: 'STEERING_GROUP_VERSION_CONFLICT',
        status: 409,
        currentVersion: 2,
      });
      const now = await api.get(`/api/assignments/${id}/steering-group`).expect(200);
      expect(now.body.members).toEqual([{ ...member(0), organisationId: null }]);
    });

    it('refuses a PUT without a version with 400 naming version, and takes If-Match', async () => {
      const res = await put({ members: [member(0)], commitments: [] }, id).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['version']);
      await api
        .put(`/api/assignments/${id}/steering-group`)
        .set('If-Match', '"1"')
        .send({ members: [member(0)], commitments: [] })
        .expect(200);
    });

    it('of two concurrent PUTs exactly one wins and the other gets 409, 20 times over', async () => {
      for (let trial = 0; trial < 20; trial++) {
        const { version } = (await api.get(`/api/assignments/${id}/steering-group`).expect(200))
          .body as { version: number };
        const answers = await Promise.all(
          [0, 1].map((i) => put({ members: [member(i)], commitments: [], version }, id)),
        );
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
        const winner = answers.find((a) => a.status === 200)!;
        const stored = await api.get(`/api/assignments/${id}/steering-group`).expect(200);
        expect(stored.body).toEqual(winner.body);
        expect(stored.body.version).toBe(version + 1);
      }
    });
  });

  it('documents every programme, assignment and steering-group endpoint in OpenAPI', async () => {
    const { body: doc } = await api.get('/api/docs-json').expect(200);
    const operations = {
      '/api/regions/{regionId}/programmes': ['get', 'post'],
      '/api/programmes/{programmeId}': ['get', 'patch', 'delete'],
      '/api/programmes/{programmeId}/assignments': ['get', 'post'],
      '/api/assignments/{assignmentId}': ['get', 'patch', 'delete'],
      '/api/assignments/{assignmentId}/steering-group': ['get', 'put'],
    };
    for (const [path, methods] of Object.entries(operations)) {
      for (const method of methods) expect(doc.paths[path]).toHaveProperty(method);
    }
    expect(doc.paths['/api/programmes/{programmeId}/assignments'].post.requestBody).toBeDefined();
    expect(doc.components.schemas.CreateAssignmentDto.properties).toHaveProperty('budgetLines');
    expect(doc.components.schemas.AssignmentResponseDto.properties).toHaveProperty('mandate');
    expect(doc.components.schemas.SteeringGroupDto.required).toEqual(['members', 'commitments']);
  });
});
