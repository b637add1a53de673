import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { MRE_ASSIGNMENTS_2026 } from '../src/seed/data/mre-programme-2026';
import { demoMunicipalityId, demoRegionId } from '../src/seed/demo-lookups';
import { DEMO_SEEDS } from '../src/seed/demo-seeds';
import { eurToCents } from '../src/seed/programme-2026.seed';
import { runSeeds } from '../src/seed/run-seeds';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('the programme-2026 demo seed', () => {
  let t: TestApp;
  let api: Agent;
  let ds: DataSource;
  let regionId: string;
  let programme: { id: string; totals: { budgetTotalCents: number } } & Record<string, unknown>;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    ds = await new DataSource(dataSourceOptions(t.db.url)).initialize();
    expect(await runSeeds(ds, DEMO_SEEDS)).toEqual(
      expect.arrayContaining(['reference-data', 'programme-2026', 'demo-accounts']),
    );
    expect(await runSeeds(ds, DEMO_SEEDS)).toEqual([]);
    regionId = await demoRegionId(ds.manager, 'MRE');
    const list = await api.get(`/api/regions/${regionId}/programmes`).expect(200);
    programme = (await api.get(`/api/programmes/${list.body.items[0].id}`).expect(200)).body;
  });
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  it('runs after the reference data', () => {
    const names = DEMO_SEEDS.map((s) => s.name);
    expect(names.indexOf('programme-2026')).toBeGreaterThan(names.indexOf('reference-data'));
  });

  it('creates the 2026 programme of MRE with the 7 assignments of the demo data, to the cent', () => {
    expect(programme).toMatchObject({ year: 2026, status: 'draft', assignmentCount: 7 });
    // 420k + 180k + 650k + 1.2m + 900k + 250k + 90k euro in the demo data.
    expect(programme.totals.budgetTotalCents).toBe(369_000_000);
    expect(programme.totals).toMatchObject({
      budgetByYear: [{ year: 2026, amountCents: 369_000_000 }],
      // 1.6 + 1.1 + 3.3 + 3.6 + 3.3 + 0.8 + 0.8 FTE.
      fteTotal: 14.5,
    });
  });

  it('fills in owner, lead, mandate, KPIs, links and the steering group', async () => {
    const list = await api
      .get(`/api/programmes/${programme.id}/assignments?q=snelfietsroute`)
      .expect(200);
    const { body: bike } = await api.get(`/api/assignments/${list.body.items[0].id}`).expect(200);
    expect(bike).toMatchObject({
      code: 'MRE-2026-01',
      budgetTotalCents: 42_000_000,
      participation: 'all',
      kpis: [{ name: 'Besluitrijpe voorkeursvariant', broadProsperityTheme: 'work_and_leisure' }],
      mandate: {
        scope: 'Kiest variant binnen budget',
        reportBackDates: ['2026-06-30', '2026-12-15'],
      },
    });
    expect(bike.portfolioHolderId).toEqual(expect.any(String));
    expect(bike.leadId).toEqual(expect.any(String));
    const group = await api.get(`/api/assignments/${bike.id}/steering-group`).expect(200);
    expect(group.body.members[0]).toMatchObject({
      role: 'chair',
      personId: bike.portfolioHolderId,
    });
    expect(group.body.commitments[0]).toMatchObject({ amountCents: 21_000_000 });

    const energy = await api
      .get(`/api/programmes/${programme.id}/assignments?q=MRE-2026-03`)
      .expect(200);
    const { body: grid } = await api.get(`/api/assignments/${energy.body.items[0].id}`).expect(200);
    expect(grid.mandate.budgetCeilingCents).toBe(30_000_000);
    expect(grid.linkedAssignmentIds).toHaveLength(1);
    expect(grid.externalProgrammeIds).toHaveLength(2);
  });

  it('takes the opt-in list from the data: only those municipalities join the rural-area process', async () => {
    const assignmentsOf = async (name: string) => {
      const id = await demoMunicipalityId(ds.manager, regionId, name);
      const res = await api
        .get(`/api/programmes/${programme.id}/assignments?municipalityId=${id}`)
        .expect(200);
      return (res.body as { items: { code: string }[] }).items.map((i) => i.code);
    };
    expect(await assignmentsOf('Asten')).toHaveLength(7);
    expect(await assignmentsOf('Eindhoven')).not.toContain('MRE-2026-05');
    expect(await assignmentsOf('Eindhoven')).toHaveLength(6);
  });

  it('converts euros to whole cents and refuses fractions of a cent', () => {
    expect(eurToCents(140000)).toBe(14_000_000);
    expect(eurToCents(0.1)).toBe(10);
    expect(() => eurToCents(0.001)).toThrow();
    expect(MRE_ASSIGNMENTS_2026).toHaveLength(7);
  });
});
