import type { Response } from 'supertest';
import { createProgrammeWithAssignments, moveTo, transition } from './factories/council-cycle';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('programme versions and editability', () => {
  let t: TestApp;
  let api: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
  });
  afterAll(() => t.close());

  const NOT_DRAFT = {
    code: 'PROGRAMME_NOT_DRAFT',
    detail: 'Het programma is niet meer in concept; wijzigingen gaan via een nieuwe conceptversie.',
  };

  it('freezes a version on leaving draft, locks the content, and diffs a second draft round', async () => {
    const { programme, region, assignments } = await createProgrammeWithAssignments(api, t.db.url, {
      count: 3,
    });
    const [a1, a2, a3] = assignments;
    await transition(api, programme.id, 'proposed').expect(200);

    // Outside draft nothing that defines the content can change.
    const created = await api
      .post(`/api/programmes/${programme.id}/assignments`)
      .send({ themeId: region.themeIds[0], code: 'NIEUW', title: 'Nieuw' })
      .expect(409);
    expect(created.body).toMatchObject(NOT_DRAFT);
    const patched = await api
      .patch(`/api/assignments/${a1.id}`)
      .send({ version: a1.version, title: 'Anders' })
      .expect(409);
    expect(patched.body).toMatchObject(NOT_DRAFT);
    expect((await api.delete(`/api/assignments/${a3.id}`).expect(409)).body).toMatchObject(
      NOT_DRAFT,
    );
    const steering = await api
      .put(`/api/assignments/${a1.id}/steering-group`)
      .send({
        members: [{ personId: region.personIds[0], role: 'chair' }],
        commitments: [],
        version: 1,
      })
      .expect(409);
    expect(steering.body).toMatchObject(NOT_DRAFT);
    const current = (await api.get(`/api/programmes/${programme.id}`)).body;
    const title = await api
      .patch(`/api/programmes/${programme.id}`)
      .send({ version: current.version, title: 'Ander programma' })
      .expect(409);
    expect(title.body).toMatchObject(NOT_DRAFT);
    // A setting that does not change the content may still be changed.
    await api
      .patch(`/api/programmes/${programme.id}`)
      .send({ version: current.version, viewWindowWeeks: 10 })
      .expect(200);
    // Nothing changed underneath.
    const still = await api.get(`/api/assignments/${a1.id}`).expect(200);
    expect(still.body.title).toBe(a1.title);

    // Back to draft with a reason: editable again.
    await transition(
      api,
      programme.id,
      'draft',
      'Opdracht 3 vervalt, opdracht 1 wordt groter',
    ).expect(200);
    await api
      .patch(`/api/assignments/${a1.id}`)
      .send({
        version: a1.version,
        title: 'Opdracht 1 (uitgebreid)',
        budgetLines: [
          { fundingSource: 'member_contribution', year: 2026, amountCents: 1_500_000 },
          { fundingSource: 'eu', year: 2026, amountCents: 250_000 },
        ],
        mandate: { scope: 'Kiest de variant' },
      })
      .expect(200);
    await api.delete(`/api/assignments/${a3.id}`).expect(204);
    const added = await api
      .post(`/api/programmes/${programme.id}/assignments`)
      .send({
        themeId: region.themeIds[1],
        code: 'OPD-9',
        title: 'Nieuwe opdracht',
        budgetLines: [{ fundingSource: 'province', year: 2026, amountCents: 300_000 }],
      })
      .expect(201);
    await api
      .put(`/api/assignments/${a2.id}/steering-group`)
      .send({
        members: [{ personId: region.personIds[0], role: 'chair' }],
        commitments: [],
        version: 1,
      })
      .expect(200);
    const proposed = await transition(api, programme.id, 'proposed').expect(200);
    expect(proposed.body.versionCount).toBe(2);

    const list = await api.get(`/api/programmes/${programme.id}/versions`).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        number: 1,
        fromStatus: 'draft',
        toStatus: 'proposed',
        reason: null,
        assignmentCount: 3,
        budgetTotalCents: 1_000_000 + 2_000_000 + 3_000_000 + 3 * 500_000,
      }),
      expect.objectContaining({
        number: 2,
        reason: 'Opdracht 3 vervalt, opdracht 1 wordt groter',
        assignmentCount: 3,
        budgetTotalCents: 1_750_000 + 2_500_000 + 300_000,
      }),
    ]);

    const v1 = await api.get(`/api/programmes/${programme.id}/versions/1`).expect(200);
    expect(v1.body.snapshot.assignments.map((a: { code: string }) => a.code)).toEqual([
      'OPD-1',
      'OPD-2',
      'OPD-3',
    ]);
    expect(v1.body.snapshot.assignments[0]).toMatchObject({
      id: a1.id,
      title: 'Opdracht 1',
      goal: 'Doel 1',
      participation: 'all',
      participantIds: [],
      contributionKey: null,
      budgetTotalCents: 1_500_000,
      capacityLines: [expect.objectContaining({ supplierName: 'Regiobureau', fte: 0.5 })],
    });

    const diff = await api.get(`/api/programmes/${programme.id}/versions/1/diff/2`).expect(200);
    expect(diff.body.from.number).toBe(1);
    expect(diff.body.to).toMatchObject({
      number: 2,
      reason: 'Opdracht 3 vervalt, opdracht 1 wordt groter',
    });
    expect(diff.body.added.map((a: { id: string }) => a.id)).toEqual([added.body.id]);
    expect(diff.body.removed.map((a: { id: string }) => a.id)).toEqual([a3.id]);
    expect(diff.body.changed).toHaveLength(1);
    const changed = diff.body.changed[0];
    expect(changed.id).toBe(a1.id);
    expect(changed.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', old: 'Opdracht 1', new: 'Opdracht 1 (uitgebreid)' },
        { field: 'budgetTotalCents', old: 1_500_000, new: 1_750_000 },
        { field: 'mandate.scope', old: '', new: 'Kiest de variant' },
      ]),
    );
    expect(changed.budget).toEqual({
      bySource: [
        {
          fundingSource: 'member_contribution',
          oldCents: 1_000_000,
          newCents: 1_500_000,
          deltaCents: 500_000,
        },
        { fundingSource: 'province', oldCents: 500_000, newCents: 0, deltaCents: -500_000 },
        { fundingSource: 'eu', oldCents: 0, newCents: 250_000, deltaCents: 250_000 },
      ],
      oldTotalCents: 1_500_000,
      newTotalCents: 1_750_000,
      deltaCents: 250_000,
    });
    expect(diff.body.budget).toMatchObject({
      oldTotalCents: 7_500_000,
      newTotalCents: 4_550_000,
      deltaCents: -2_950_000,
    });
    // The member contributions per municipality, as proposed in each version.
    expect(diff.body.contributions).toHaveLength(3);
    const contributions = diff.body.contributions as Record<string, number>[];
    const sum = (key: 'oldCents' | 'newCents') => contributions.reduce((s, c) => s + c[key], 0);
    expect(sum('oldCents')).toBe(1_000_000 + 2_000_000 + 3_000_000);
    expect(sum('newCents')).toBe(1_500_000 + 2_000_000);

    const reverse = await api.get(`/api/programmes/${programme.id}/versions/2/diff/1`).expect(200);
    expect(reverse.body.added.map((a: { id: string }) => a.id)).toEqual([a3.id]);
  });

  it('answers 404 for a version that does not exist or is not a number', async () => {
    const { programme } = await createProgrammeWithAssignments(api, t.db.url, { count: 1 });
    expect((await api.get(`/api/programmes/${programme.id}/versions`)).body.items).toEqual([]);
    const missing = await api.get(`/api/programmes/${programme.id}/versions/1`).expect(404);
    expect(missing.body.code).toBe('PROGRAMME_VERSION_NOT_FOUND');
    await api.get(`/api/programmes/${programme.id}/versions/abc`).expect(404);
    await api.get(`/api/programmes/${programme.id}/versions/0/diff/1`).expect(404);
    await api.get(`/api/programmes/not-a-uuid/versions`).expect(404);
  });

  it('validates the contribution key and the view window of programmes and assignments', async () => {
    const { programme, region, assignments } = await createProgrammeWithAssignments(api, t.db.url, {
      count: 1,
    });
    const other = await createProgrammeWithAssignments(api, t.db.url, { count: 0 });
    const patch = (body: object) =>
      api.patch(`/api/programmes/${programme.id}`).set('If-Match', '"1"').send(body);
    const fields = (res: Response) => (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields(await patch({ contributionKey: { type: 'per_head' } }).expect(400))).toEqual([
      'contributionKey.type',
    ]);
    expect(
      fields(
        await patch({
          contributionKey: { type: 'fixed_plus_per_inhabitant', fixedShareBasisPoints: 10_001 },
        }).expect(400),
      ),
    ).toEqual(['contributionKey.fixedShareBasisPoints']);
    const foreign = other.region.municipalityIds[0];
    expect(
      fields(
        await patch({
          contributionKey: {
            type: 'custom_percentages',
            basisPointsByMunicipality: { [region.municipalityIds[0]]: 5000, [foreign]: 5000 },
          },
        }).expect(400),
      ),
    ).toEqual([`contributionKey.basisPointsByMunicipality.${foreign}`]);
    expect(
      fields(
        await patch({
          contributionKey: {
            type: 'per_inhabitant',
            surcharge: { municipalityIds: [foreign], basisPoints: 1000 },
          },
        }).expect(400),
      ),
    ).toEqual(['contributionKey.surcharge.municipalityIds.0']);
    expect(fields(await patch({ viewWindowWeeks: 53 }).expect(400))).toEqual(['viewWindowWeeks']);

    const key = {
      type: 'fixed_plus_per_inhabitant',
      fixedShareBasisPoints: 5000,
      surcharge: { municipalityIds: [region.municipalityIds[2]], basisPoints: 1000 },
    };
    const ok = await patch({ contributionKey: key, viewWindowWeeks: 8 }).expect(200);
    expect(ok.body).toMatchObject({ contributionKey: key, viewWindowWeeks: 8 });

    const assignment = assignments[0];
    const bad = await api
      .patch(`/api/assignments/${assignment.id}`)
      .send({ version: assignment.version, contributionKey: { type: 'custom_percentages' } })
      .expect(400);
    expect(fields(bad)).toEqual(['contributionKey.basisPointsByMunicipality']);
    const override = {
      type: 'custom_percentages',
      basisPointsByMunicipality: {
        [region.municipalityIds[0]]: 7000,
        [region.municipalityIds[1]]: 3000,
      },
    };
    const good = await api
      .patch(`/api/assignments/${assignment.id}`)
      .send({ version: assignment.version, contributionKey: override })
      .expect(200);
    expect(good.body.contributionKey).toEqual(override);
  });

  it('lets an assignment’s progress be reported once the programme is adopted, but not its content', async () => {
    const { programme, assignments } = await createProgrammeWithAssignments(api, t.db.url);
    const [a1] = assignments;
    await moveTo(api, programme.id, 'consultation', {
      sentOn: '2020-01-06',
      viewWindowWeeks: 1,
    });
    // While the councils weigh the proposal, not even progress changes.
    const during = await api
      .patch(`/api/assignments/${a1.id}`)
      .send({ version: a1.version, status: 'active' })
      .expect(409);
    // While the councils weigh it, a change is only an amendment that answers their views.
    expect(during.body).toMatchObject({
      code: 'PROGRAMME_NOT_DRAFT',
      detail:
        'Het programma ligt bij de raden; een opdracht wijzigt nu alleen als amendement dat zienswijzepunten van deze ronde beantwoordt (answersViewPointIds).',
    });

    await transition(api, programme.id, 'adopted').expect(200);
    const started = await api
      .patch(`/api/assignments/${a1.id}`)
      .send({ version: a1.version, status: 'active' })
      .expect(200);
    expect(started.body.status).toBe('active');
    const content = await api
      .patch(`/api/assignments/${a1.id}`)
      .send({ version: started.body.version, status: 'paused', title: 'Stiekem anders' })
      .expect(409);
    expect(content.body).toMatchObject(NOT_DRAFT);
  });
});
