import type { AssignmentResponse, AuditPage, ProgrammeResponse } from '@koers/contracts';
import { assignmentBody } from './factories/council-cycle';
import { createMunicipality, createRegion, createTheme } from './factories/reference-data';
import { signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 12, item 9: the history names every municipality a change mentions, also one that only
 * appears as a key (a custom-percentage key's share per municipality), never "(verwijderd)".
 */
describe('the names of an audit page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('names a municipality that a custom-percentage key mentions only by its share', async () => {
    const platform = await signInAs(t, { name: 'Paula Platform', platformAdmin: true });
    const region = await createRegion(platform);
    const [asten, veldhoven] = [
      await createMunicipality(platform, region.id, { name: 'Asten' }),
      await createMunicipality(platform, region.id, { name: 'Veldhoven' }),
    ];
    const theme = await createTheme(platform, region.id, { title: 'Mobiliteit' });
    const bureau = await signInAs(t, {
      name: 'Bea',
      roles: [{ regionId: region.id, role: 'bureau' }],
    });
    const programme = (
      await bureau
        .post(`/api/regions/${region.id}/programmes`)
        .send({ year: 2026, title: 'Werkprogramma 2026' })
        .expect(201)
    ).body as ProgrammeResponse;
    const fixture = { themeIds: [theme.id] } as Parameters<typeof assignmentBody>[0];
    const assignment = (
      await bureau
        .post(`/api/programmes/${programme.id}/assignments`)
        .send(assignmentBody(fixture, 0))
        .expect(201)
    ).body as AssignmentResponse;
    await bureau
      .patch(`/api/assignments/${assignment.id}`)
      .send({
        version: assignment.version,
        contributionKey: {
          type: 'custom_percentages',
          basisPointsByMunicipality: { [asten.id]: 4000, [veldhoven.id]: 6000 },
        },
      })
      .expect(200);

    const page = (
      await bureau.get(`/api/audit?entity=assignment&entityId=${assignment.id}`).expect(200)
    ).body as AuditPage;
    expect(page.names[asten.id]).toBe('Asten');
    expect(page.names[veldhoven.id]).toBe('Veldhoven');
  });
});
