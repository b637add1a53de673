import type {
  AssignmentResponse,
  MunicipalityResponse,
  PersonResponse,
  ProgrammeResponse,
  RegionResponse,
  ThemeResponse,
  ViewPointResponse,
  ViewPointRegisterResponse,
} from '@koers/contracts';
import type { App } from 'supertest/types';
import { type SignedInAgent, signInAs } from '../support/accounts';
import { assignmentBody, transition } from './council-cycle';
import { createMunicipality, createPerson, createRegion, createTheme } from './reference-data';

/** A council cycle made by named people, each through the API in their own role. */
export interface SignedCycle {
  region: RegionResponse;
  municipalities: MunicipalityResponse[];
  theme: ThemeResponse;
  holder: PersonResponse;
  programme: ProgrammeResponse;
  assignments: AssignmentResponse[];
  point: ViewPointResponse;
  agents: {
    platform: SignedInAgent;
    bureau: SignedInAgent;
    board: SignedInAgent;
    clerk: SignedInAgent;
  };
}

/**
 * Paula Platform (platform admin) sets up a region; Bea van het Bureau (bureau) drafts the
 * programme (three assignments, one deleted again, an edit, a steering group), Bram Bestuur
 * (board) proposes, Bea sends it to the councils, Greet Griffier (council of Asten) records
 * Asten's decision with a view, Bea records the other two and answers the view, Bram adopts.
 */
export async function runSignedCycle(t: { http: App; db: { url: string } }): Promise<SignedCycle> {
  const platform = await signInAs(t, { name: 'Paula Platform', platformAdmin: true });
  const region = await createRegion(platform);
  const municipalities: MunicipalityResponse[] = [];
  for (const name of ['Asten', 'Deurne', 'Someren']) {
    municipalities.push(await createMunicipality(platform, region.id, { name }));
  }
  const theme = await createTheme(platform, region.id, { title: 'Mobiliteit' });
  const holder = await createPerson(platform, region.id, { name: 'Wethouder Jansen' });
  const as = (name: string, role: 'bureau' | 'board' | 'council', municipalityId?: string) =>
    signInAs(t, { name, roles: [{ regionId: region.id, role, municipalityId }] });
  const bureau = await as('Bea van het Bureau', 'bureau');
  const board = await as('Bram Bestuur', 'board');
  const clerk = await as('Greet Griffier', 'council', municipalities[0].id);

  const programme = (
    await bureau
      .post(`/api/regions/${region.id}/programmes`)
      .send({ year: 2026, title: 'Werkprogramma 2026' })
      .expect(201)
  ).body as ProgrammeResponse;
  const fixture = { themeIds: [theme.id] } as Parameters<typeof assignmentBody>[0];
  const assignments: AssignmentResponse[] = [];
  for (const index of [0, 1, 2]) {
    const body = { ...assignmentBody(fixture, index), portfolioHolderId: holder.id };
    assignments.push(
      (await bureau.post(`/api/programmes/${programme.id}/assignments`).send(body).expect(201))
        .body as AssignmentResponse,
    );
  }
  await bureau.delete(`/api/assignments/${assignments[2].id}`).expect(204);
  await bureau
    .patch(`/api/assignments/${assignments[0].id}`)
    .send({ title: 'Snelfietsroutes', version: assignments[0].version })
    .expect(200);
  await bureau
    .put(`/api/assignments/${assignments[0].id}/steering-group`)
    .send({ members: [{ personId: holder.id, role: 'chair' }], commitments: [], version: 1 })
    .expect(200);
  await bureau
    .patch(`/api/programmes/${programme.id}`)
    .send({ introduction: 'Wat de regio in 2026 doet.', version: programme.version })
    .expect(200);
  const step = async (agent: SignedInAgent, to: 'proposed' | 'consultation' | 'adopted') => {
    const extra = to === 'consultation' ? { sentOn: '2026-03-02' } : {};
    const res = await transition(agent, programme.id, to, undefined, extra);
    if (res.status !== 200) throw new Error(`${to}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await step(board, 'proposed');
  await step(bureau, 'consultation');
  const decide = (agent: SignedInAgent, municipalityId: string, body: object) =>
    agent
      .put(`/api/programmes/${programme.id}/council-decisions/${municipalityId}`)
      .send({ decisionDate: '2026-05-12', version: 1, ...body })
      .expect(200);
  await decide(clerk, municipalities[0].id, {
    status: 'agreed_with_view',
    viewPoints: [{ text: 'Betrek de raden bij de keuze.' }],
  });
  await decide(bureau, municipalities[1].id, { status: 'agreed' });
  await decide(bureau, municipalities[2].id, { status: 'no_view' });
  const views = (await bureau.get(`/api/programmes/${programme.id}/views`).expect(200))
    .body as ViewPointRegisterResponse;
  const point = views.items[0];
  await bureau
    .put(`/api/programmes/${programme.id}/views/${point.id}/answer`)
    .send({ answer: 'Overgenomen.', outcome: 'adopted', version: point.version })
    .expect(200);
  await step(board, 'adopted');
  return {
    region,
    municipalities,
    theme,
    holder,
    programme,
    assignments,
    point,
    agents: { platform, bureau, board, clerk },
  };
}
