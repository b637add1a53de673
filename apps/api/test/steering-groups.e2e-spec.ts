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
    expect(empty.body).toEqual({ assignmentId, members: [], commitments: [] });

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
    const stored = await put(group).expect(200);
    expect(stored.body).toEqual({
      assignmentId,
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
    }).expect(200);
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
    }).expect(400);
    expect(twice.body.errors[0].field).toBe('members.1.personId');
  });

  it('answers 404 for an unknown or malformed assignment id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await api.get(`/api/assignments/${missing}/steering-group`).expect(404);
    expect(res.body.code).toBe('ASSIGNMENT_NOT_FOUND');
    await put({ members: [], commitments: [] }, 'abc').expect(404);
    await put({ members: [], commitments: [] }, missing).expect(404);
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
