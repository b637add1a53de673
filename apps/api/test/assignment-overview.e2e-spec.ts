import type { AssignmentOverviewResponse } from '@koers/contracts';
import request from 'supertest';
import { createProgrammeWithAssignments, moveTo } from './factories/council-cycle';
import { UNKNOWN_ID } from './factories/reference-data';
import type { Agent } from './support/accounts';
import { signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The read-only page of an assignment (issue 15 item 1): every role that may see it reads the
 * whole assignment with names, not ids; a council only once the programme is sent to it.
 */
describe('GET /api/assignments/{id}/overview', () => {
  let t: TestApp;
  let api: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
  });
  afterAll(() => t.close());

  it('names everything the assignment refers to, and which councils declined it', async () => {
    const { region, programme, assignments } = await createProgrammeWithAssignments(api, t.db.url);
    const [asten, deurne, best] = region.municipalityIds;
    const [jansen, deVries, smit] = region.personIds;
    const [provincie] = region.organisationIds;
    const [first, second] = assignments;
    await api
      .patch(`/api/assignments/${first.id}`)
      .send({
        version: first.version,
        portfolioHolderId: jansen,
        leadId: deVries,
        participation: 'opt_in',
        participantIds: [deurne, asten],
        linkedAssignmentIds: [second.id],
        externalProgrammeIds: region.externalProgrammeIds,
        kpis: [
          {
            name: 'Fietsers op de snelfietsroute',
            unit: 'per dag',
            baseline: '1.200',
            target: '2.000',
            targetDate: '2027-12-31',
            broadProsperityTheme: 'health',
          },
        ],
        mandate: { scope: 'Tracékeuze', budgetCeilingCents: 25_000_000, reportBackDates: [] },
        capacityLines: [
          { supplierOrganisationId: provincie, supplierName: 'Provincie', year: 2026, fte: 1 },
        ],
      })
      .expect(200);
    await api
      .put(`/api/assignments/${first.id}/steering-group`)
      .send({
        version: 1,
        members: [{ personId: smit, organisationId: provincie, role: 'chair' }],
        commitments: [
          { organisationId: provincie, description: 'Cofinanciering', amountCents: 5_000_000 },
        ],
      })
      .expect(200);
    const clerk = await signInAs(t, {
      roles: [{ regionId: region.regionId, role: 'council', municipalityId: asten }],
    });
    const observer = await signInAs(t, {
      roles: [{ regionId: region.regionId, role: 'observer' }],
    });
    const path = `/api/assignments/${first.id}/overview`;

    // A draft is not the council's yet: the same 404 as for an assignment that does not exist.
    const hidden = await clerk.get(path).expect(404);
    expect(hidden.body.code).toBe('ASSIGNMENT_NOT_FOUND');
    const draft = (await observer.get(path).expect(200)).body as AssignmentOverviewResponse;
    expect(draft.programme).toMatchObject({ id: programme.id, status: 'draft' });

    await moveTo(api, programme.id, 'consultation', { sentOn: '2026-06-01' });
    await api
      .put(`/api/programmes/${programme.id}/council-decisions/${asten}`)
      .send({
        status: 'partial',
        decisionDate: '2026-07-02',
        councilMeetingDate: '2026-07-01',
        declinedAssignmentIds: [first.id],
        version: 1,
      })
      .expect(200);

    const read = (await clerk.get(path).expect(200)).body as AssignmentOverviewResponse;
    expect(read.assignment).toMatchObject({ id: first.id, code: first.code, title: first.title });
    expect(read.theme.name).toBe('Mobiliteit');
    expect(read.portfolioHolder).toMatchObject({ id: jansen, name: 'Wethouder Jansen' });
    expect(read.lead).toMatchObject({ id: deVries, name: 'Programmamanager de Vries' });
    expect(read.participants.map((m) => m.name)).toEqual(['Asten', 'Deurne']);
    expect(read.declinedBy).toEqual([{ id: asten, name: 'Asten' }]);
    expect(read.municipalities.map((m) => m.name)).toEqual(['Asten', 'Best', 'Deurne']);
    expect(read.municipalities.map((m) => m.id)).toContain(best);
    expect(read.steeringGroup.members).toEqual([
      {
        person: { id: smit, name: 'Gedeputeerde Smit', function: null },
        organisation: { id: provincie, name: 'Provincie Noord-Brabant' },
        role: 'chair',
      },
    ]);
    expect(read.steeringGroup.commitments).toEqual([
      {
        organisation: { id: provincie, name: 'Provincie Noord-Brabant' },
        description: 'Cofinanciering',
        amountCents: 5_000_000,
        fte: null,
      },
    ]);
    expect(read.linkedAssignments).toEqual([
      { id: second.id, code: second.code, title: second.title },
    ]);
    expect(read.externalProgrammes).toEqual([
      expect.objectContaining({ id: region.externalProgrammeIds[0], level: 'national' }),
    ]);
    expect(read.assignment.kpis[0]).toMatchObject({ broadProsperityTheme: 'health' });
    expect(read.assignment.mandate.budgetCeilingCents).toBe(25_000_000);

    // Everyone of the region reads the same; the public not before adoption.
    expect((await observer.get(path).expect(200)).body).toEqual(read);
    await request(t.http).get(path).expect(404);
  });

  it('shows an assignment without parts as empty lists, not as errors', async () => {
    const { assignments } = await createProgrammeWithAssignments(api, t.db.url, {
      count: 1,
      assignment: (_, region) => ({ themeId: region.themeIds[1], code: 'LEEG', title: 'Leeg' }),
    });
    const read = (await api.get(`/api/assignments/${assignments[0].id}/overview`).expect(200))
      .body as AssignmentOverviewResponse;
    expect(read).toMatchObject({
      theme: { name: 'Wonen' },
      portfolioHolder: null,
      lead: null,
      declinedBy: [],
      steeringGroup: { members: [], commitments: [] },
      linkedAssignments: [],
      externalProgrammes: [],
    });
    // Participation `all`: every member municipality takes part.
    expect(read.participants.map((m) => m.name)).toEqual(['Asten', 'Best', 'Deurne']);
  });

  it('answers 404 for an assignment that does not exist, or is no uuid', async () => {
    expect((await api.get(`/api/assignments/${UNKNOWN_ID}/overview`).expect(404)).body.code).toBe(
      'ASSIGNMENT_NOT_FOUND',
    );
    await api.get('/api/assignments/nope/overview').expect(404);
  });
});
