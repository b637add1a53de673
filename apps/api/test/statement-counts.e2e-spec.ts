import { createProgrammeWithAssignments, moveTo } from './factories/council-cycle';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import { createUser, signInAs, type Agent } from './support/accounts';
import { countStatements } from './support/statement-count';
import { startTestApp, TestApp } from './support/test-app';

/**
 * How many statements a write sends to PostgreSQL (issue 14 §4): every statement of the request,
 * the session read, BEGIN and COMMIT included. The web reads before it writes, so the reads that
 * warm the per-process caches run first, as they do for a user.
 */
describe('statements per request', () => {
  let t: TestApp;
  let bureau: Agent;
  let region: RegionFixture;
  let assignmentId: string;
  beforeAll(async () => {
    t = await startTestApp();
    region = await createRegionFixture(t.db.url);
    bureau = await signInAs(t, { roles: [{ regionId: region.regionId, role: 'bureau' }] });
    const programme = await bureau
      .post(`/api/regions/${region.regionId}/programmes`)
      .send({ year: 2026, title: 'Werkprogramma 2026' })
      .expect(201);
    const assignment = await bureau
      .post(`/api/programmes/${programme.body.id}/assignments`)
      .send({
        themeId: region.themeIds[0],
        code: 'MOB-01',
        title: 'Snelfietsroute',
        portfolioHolderId: region.personIds[0],
        participation: 'opt_in',
        participantIds: region.municipalityIds.slice(0, 2),
        budgetLines: [
          { fundingSource: 'member_contribution', year: 2026, amountCents: 14_000_000 },
          {
            fundingSource: 'extra_member_contribution',
            year: 2026,
            amountCents: 7_000_000,
            payerSplit: 'equal',
            payers: [{ municipalityId: region.municipalityIds[0] }],
          },
        ],
        capacityLines: [{ supplierName: 'Regiobureau', year: 2026, fte: 0.8 }],
        kpis: [{ name: 'Tracébesluit', target: 'Q4 2026' }],
        externalProgrammeIds: region.externalProgrammeIds,
      })
      .expect(201);
    assignmentId = assignment.body.id;
  });
  afterAll(() => t.close());

  it('changes the title of an assignment in at most 8 statements, and answers what it wrote', async () => {
    const read = await bureau.get(`/api/assignments/${assignmentId}`).expect(200);
    const { result: res, statements } = await countStatements(() =>
      bureau
        .patch(`/api/assignments/${assignmentId}`)
        .send({ title: 'Snelfietsroute Helmond–Deurne', version: read.body.version }),
    );
    if (statements.length > 8) console.log(statements.join('\n---\n'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ...read.body,
      title: 'Snelfietsroute Helmond–Deurne',
      version: read.body.version + 1,
      updatedAt: expect.any(String),
    });
    expect(statements.length).toBeLessThanOrEqual(8);
    const again = await bureau.get(`/api/assignments/${assignmentId}`).expect(200);
    expect(again.body).toEqual(res.body);
    const history = await bureau
      .get('/api/audit')
      .query({ regionId: region.regionId, entity: 'assignment', entityId: assignmentId })
      .expect(200);
    expect(history.body.items[0]).toMatchObject({
      action: 'update',
      changes: [{ field: 'title', old: 'Snelfietsroute', new: 'Snelfietsroute Helmond–Deurne' }],
    });
  });

  it('lists the users of a region in the same number of statements for one user or many', async () => {
    const other = await createRegionFixture(t.db.url, 'Gebruikersregio');
    const admin = await signInAs(t, { roles: [{ regionId: other.regionId, role: 'admin' }] });
    const list = () => admin.get(`/api/regions/${other.regionId}/users`).query({ limit: 50 });
    await list().expect(200);
    const one = await countStatements(() => list());
    expect(one.result.body.items).toHaveLength(1);
    for (const [i, role] of (['bureau', 'board', 'observer', 'council'] as const).entries()) {
      await createUser(t.db.url, {
        name: `Gebruiker ${i}`,
        roles: [
          {
            regionId: other.regionId,
            role,
            municipalityId: role === 'council' ? other.municipalityIds[0] : undefined,
          },
        ],
      });
    }
    const many = await countStatements(() => list());
    expect(many.result.body.items).toHaveLength(5);
    expect(many.result.body.total).toBe(5);
    expect(
      many.result.body.items.find((u: { name: string }) => u.name === 'Gebruiker 3').roles,
    ).toEqual([expect.objectContaining({ role: 'council', municipalityName: 'Asten' })]);
    expect(many.statements.length).toBe(one.statements.length);
    expect(many.statements.length).toBeLessThanOrEqual(3);
  });

  it('records a council decision with its view in at most 8 statements, and answers it', async () => {
    const admin = await t.asAdmin();
    const {
      region: r,
      programme,
      assignments,
    } = await createProgrammeWithAssignments(admin, t.db.url, { count: 3 });
    await moveTo(admin, programme.id, 'consultation', { sentOn: '2026-03-02' });
    const municipalityId = r.municipalityIds[0];
    const clerk = await signInAs(t, {
      roles: [{ regionId: r.regionId, role: 'council', municipalityId }],
    });
    const path = `/api/programmes/${programme.id}/council-decisions/${municipalityId}`;
    const read = await clerk.get(path).expect(200);
    const body = {
      status: 'agreed_with_view',
      councilMeetingDate: '2026-04-20',
      decisionDate: '2026-04-21',
      decisionReference: 'RB-2026-14',
      viewPoints: [
        { number: 1, text: 'Betrek de raden bij de keuze', assignmentId: assignments[0].id },
        { number: 2, text: 'Rapporteer twee keer per jaar', assignmentId: null },
      ],
      version: read.body.version,
    };
    const { result: res, statements } = await countStatements(() => clerk.put(path).send(body));
    if (statements.length > 8) console.log(statements.join('\n---\n'));
    expect(res.status).toBe(200);
    const again = await clerk.get(path).expect(200);
    expect(res.body).toEqual(again.body);
    expect(res.body).toMatchObject({
      status: 'agreed_with_view',
      decisionDate: '2026-04-21',
      version: read.body.version + 1,
      viewPoints: [
        { number: 1, text: 'Betrek de raden bij de keuze', assignment: { id: assignments[0].id } },
        { number: 2, text: 'Rapporteer twee keer per jaar', assignment: null },
      ],
    });
    expect(statements.length).toBeLessThanOrEqual(8);

    // A second save that rewords point 1, drops point 2 and declines nothing: the same count.
    const reworded = {
      ...body,
      viewPoints: [{ number: 1, text: 'Betrek de raden eerder', assignmentId: null }],
      version: res.body.version,
    };
    const second = await countStatements(() => clerk.put(path).send(reworded));
    expect(second.result.status).toBe(200);
    expect(second.result.body.viewPoints).toEqual([
      expect.objectContaining({ number: 1, text: 'Betrek de raden eerder', assignment: null }),
    ]);
    expect((await clerk.get(path).expect(200)).body).toEqual(second.result.body);
    expect(second.statements.length).toBeLessThanOrEqual(8);
  });
});
