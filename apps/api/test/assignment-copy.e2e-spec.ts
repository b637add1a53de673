import { Client } from 'pg';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import { type Agent, signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

interface Copied {
  id: string;
  code: string;
  goal: string;
  status: string;
  linkedAssignmentIds: string[];
  budgetLines: { year: number; amountCents: number }[];
  capacityLines: { year: number }[];
}

describe('taking assignments over from last year’s programme', () => {
  let t: TestApp;
  let api: Agent;
  let region: RegionFixture;
  let db: Client;
  let lastYear: string;
  let nextYear: string;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    region = await createRegionFixture(t.db.url);
    lastYear = await programme(2026);
    nextYear = await programme(2027);
    const assignment = async (code: string, status: string, more: object = {}) =>
      (
        await api
          .post(`/api/programmes/${lastYear}/assignments`)
          .send({ themeId: region.themeIds[0], code, title: `Opdracht ${code}`, status, ...more })
          .expect(201)
      ).body.id as string;
    const cycling = await assignment('MOB-01', 'active', {
      goal: 'Meer woon-werkverkeer per fiets',
      results: ['Tracéstudie'],
      risks: [{ description: 'Grondverwerving', mitigation: 'Vroeg overleg' }],
      portfolioHolderId: region.personIds[0],
      participation: 'opt_in',
      participantIds: [region.municipalityIds[0]],
      mandate: { scope: 'Kiest de variant', budgetCeilingCents: 5_000_000 },
      budgetLines: [
        { fundingSource: 'member_contribution', year: 2026, amountCents: 3_000_000 },
        { fundingSource: 'member_contribution', year: 2027, amountCents: 2_000_000 },
        { fundingSource: 'province', year: 2028, amountCents: 1_000_000 },
      ],
      capacityLines: [
        { supplierName: 'Regiobureau', year: 2026, fte: 0.5 },
        { supplierName: 'Regiobureau', year: 2027, fte: 0.3 },
      ],
      kpis: [{ name: 'Kilometers snelfietsroute', target: '12 km' }],
    });
    await api
      .put(`/api/assignments/${cycling}/steering-group`)
      .send({
        members: [{ personId: region.personIds[1], role: 'chair' }],
        commitments: [
          {
            organisationId: region.organisationIds[0],
            description: 'Cofinanciering',
            amountCents: 1_000_000,
          },
        ],
        version: 1,
      })
      .expect(200);
    await assignment('MOB-02', 'concept', { linkedAssignmentIds: [cycling] });
    await assignment('MOB-03', 'done');
    await assignment('MOB-04', 'dropped');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  /** A new draft programme for `year`, in the test region unless another is given. */
  const programme = async (year: number, regionId = region.regionId) =>
    (
      await api
        .post(`/api/regions/${regionId}/programmes`)
        .send({ year, title: `Werkprogramma ${year}` })
        .expect(201)
    ).body.id as string;
  const copy = (into: string, fromProgrammeId: unknown) =>
    api.post(`/api/programmes/${into}/assignments/copy`).send({ fromProgrammeId });
  const assignmentsOf = async (programmeId: string) => {
    const list = await api.get(`/api/programmes/${programmeId}/assignments`).expect(200);
    return Promise.all(
      (list.body.items as { id: string }[]).map(
        async ({ id }) => (await api.get(`/api/assignments/${id}`).expect(200)).body as Copied,
      ),
    );
  };

  it('copies what continues, with the money and capacity from the new year on, the steering group, and links kept among the copies', async () => {
    const res = await copy(nextYear, lastYear).expect(200);
    expect(res.body).toEqual({ copiedCodes: ['MOB-01', 'MOB-02'], skippedCodes: [] });

    const copies = await assignmentsOf(nextYear);
    const byCode = new Map(copies.map((a) => [a.code, a]));
    expect([...byCode.keys()].sort()).toEqual(['MOB-01', 'MOB-02']);
    const cycling = byCode.get('MOB-01') as Copied;
    expect(cycling).toMatchObject({
      goal: 'Meer woon-werkverkeer per fiets',
      results: ['Tracéstudie'],
      risks: [{ description: 'Grondverwerving', mitigation: 'Vroeg overleg' }],
      portfolioHolderId: region.personIds[0],
      participation: 'opt_in',
      participantIds: [region.municipalityIds[0]],
      status: 'active',
      mandate: { scope: 'Kiest de variant', budgetCeilingCents: 5_000_000 },
      kpis: [{ name: 'Kilometers snelfietsroute', target: '12 km' }],
      budgetLines: [
        { fundingSource: 'member_contribution', year: 2027, amountCents: 2_000_000 },
        { fundingSource: 'province', year: 2028, amountCents: 1_000_000 },
      ],
      capacityLines: [{ supplierName: 'Regiobureau', year: 2027, fte: 0.3 }],
      budgetTotalCents: 3_000_000,
    });
    expect(byCode.get('MOB-02')?.linkedAssignmentIds).toEqual([cycling.id]);

    const totals = (await api.get(`/api/programmes/${nextYear}`).expect(200)).body;
    expect(totals).toMatchObject({ assignmentCount: 2, totals: { budgetTotalCents: 3_000_000 } });

    // Last year's programme is as it was.
    const originals = await assignmentsOf(lastYear);
    expect(originals.map((a) => a.code).sort()).toEqual(['MOB-01', 'MOB-02', 'MOB-03', 'MOB-04']);
    expect(originals.find((a) => a.code === 'MOB-01')?.budgetLines).toHaveLength(3);

    const group = await api.get(`/api/assignments/${cycling.id}/steering-group`).expect(200);
    expect(group.body).toEqual({
      assignmentId: cycling.id,
      // The copy's steering group is a new one: at its first version.
      version: 1,
      members: [{ personId: region.personIds[1], organisationId: null, role: 'chair' }],
      commitments: [
        expect.objectContaining({
          organisationId: region.organisationIds[0],
          description: 'Cofinanciering',
          amountCents: 1_000_000,
        }),
      ],
    });
    const noGroup = await api
      .get(`/api/assignments/${byCode.get('MOB-02')?.id}/steering-group`)
      .expect(200);
    expect(noGroup.body).toMatchObject({ members: [], commitments: [] });

    const trail = await api.get(`/api/audit?entityId=${cycling.id}`).expect(200);
    expect(trail.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entity: 'assignment',
          action: 'create',
          reason: 'Overgenomen uit Werkprogramma 2026',
        }),
        expect.objectContaining({
          entity: 'steering_group',
          reason: 'Overgenomen uit Werkprogramma 2026',
        }),
      ]),
    );
    expect(trail.body.items).toHaveLength(2);
  });

  it('leaves codes the programme already has alone, so a second copy changes nothing', async () => {
    const before = await assignmentsOf(nextYear);
    const res = await copy(nextYear, lastYear).expect(200);
    expect(res.body).toEqual({ copiedCodes: [], skippedCodes: ['MOB-01', 'MOB-02'] });
    expect(await assignmentsOf(nextYear)).toEqual(before);
  });

  it('names the field when the source is not an earlier programme of the region', async () => {
    const other = await createRegionFixture(t.db.url, 'Andere regio');
    const elsewhere = await programme(2025, other.regionId);
    const refused = async (from: unknown, message: string) => {
      const res = await copy(lastYear, from).expect(400);
      // One error, naming the field; a format error also names the rule it broke (constraint).
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'fromProgrammeId', message }),
      ]);
    };
    await refused(nextYear, 'moet een programma van vóór 2026 zijn');
    await refused(elsewhere, 'is geen programma van deze regio');
    await refused('00000000-0000-4000-8000-000000000000', 'is geen programma van deze regio');
    await refused('2025', 'moet een geldige id (uuid) zijn');
    expect(await assignmentsOf(lastYear)).toHaveLength(4);
  });

  it('copies only into a draft, and only for the bureau', async () => {
    const later = await programme(2028);
    await db.query(`UPDATE programmes SET status = 'proposed' WHERE id = $1`, [later]);
    const res = await copy(later, lastYear).expect(409);
    expect(res.body.code).toBe('PROGRAMME_NOT_DRAFT');
    await db.query(`UPDATE programmes SET status = 'draft' WHERE id = $1`, [later]);

    const board = await signInAs(t, { roles: [{ regionId: region.regionId, role: 'board' }] });
    await board
      .post(`/api/programmes/${later}/assignments/copy`)
      .send({ fromProgrammeId: lastYear })
      .expect(403);
    expect(await assignmentsOf(later)).toEqual([]);
  });
});
