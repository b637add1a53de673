import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  ContributionsResponse,
  CouncilDecisionMatrixResponse,
  RecordCouncilDecisionRequest,
} from '@koers/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { dataSourceOptions } from '../src/database/data-source';
import { demoRegionId } from '../src/seed/demo-lookups';
import { DEMO_SEEDS } from '../src/seed/demo-seeds';
import { runSeeds } from '../src/seed/run-seeds';
import { sendToCouncils } from './factories/council-cycle-d';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const euro = (cents: number | null) =>
  cents === null
    ? '—'
    : `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The matrix and the contribution table of the demo programme, as the closing note shows them. */
describe('the demo programme through the council cycle', () => {
  let t: TestApp;
  let api: Agent;
  let ds: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    ds = await new DataSource(dataSourceOptions(t.db.url)).initialize();
    await runSeeds(ds, DEMO_SEEDS);
  });
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  it('gives a matrix and a contribution table that sums to the cent', async () => {
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-05-14');
    const regionId = await demoRegionId(ds.manager, 'MRE');
    const list = await api.get(`/api/regions/${regionId}/programmes`).expect(200);
    const programmeId = list.body.items[0].id as string;
    const { via } = await sendToCouncils(api, t.db.url, programmeId, '2026-03-02');
    const assignments = await api
      .get(`/api/programmes/${programmeId}/assignments?limit=50&sort=code`)
      .expect(200);
    const codeId = (code: string) =>
      (assignments.body.items as { id: string; code: string }[]).find((a) => a.code === code)!.id;
    const municipalities = await api
      .get(`/api/regions/${regionId}/municipalities?limit=50`)
      .expect(200);
    const mid = (name: string) =>
      (municipalities.body.items as { id: string; name: string }[]).find((m) => m.name === name)!
        .id;
    const decisions: Record<string, Partial<RecordCouncilDecisionRequest>> = {
      Best: { status: 'partial', declinedAssignmentIds: [codeId('MRE-2026-04')] },
      Waalre: { status: 'rejected' },
      Eindhoven: {
        status: 'agreed_with_view',
        viewPoints: [
          {
            text: 'Betrek de raden bij de keuze van de voorkeursvariant.',
            assignmentId: codeId('MRE-2026-01'),
          },
          { text: 'Houd de inwonerbijdrage beheersbaar.' },
        ],
      },
      Helmond: { status: 'view_submitted', viewPoints: [{ text: 'Meer aandacht voor De Peel.' }] },
      Veldhoven: { status: 'agreed' },
      Deurne: { status: 'no_view' },
    };
    for (const [name, body] of Object.entries(decisions)) {
      await api
        .put(`/api/programmes/${programmeId}/council-decisions/${mid(name)}`)
        .send({ decisionDate: '2026-05-12', version: 1, ...body })
        .expect(200);
    }
    const matrix = (await api.get(`/api/programmes/${programmeId}/council-decisions`).expect(200))
      .body as CouncilDecisionMatrixResponse;
    const contributions = (
      await api.get(`/api/programmes/${programmeId}/contributions`).expect(200)
    ).body as ContributionsResponse;
    for (const a of contributions.assignments) expect(a.splitTotalCents).toBe(a.amountCents);

    const lines = [
      `Matrix (${via}), sent ${matrix.sentToCouncilsOn}, deadline ${matrix.deadline}, today ${matrix.today}`,
      ...matrix.items.map(
        (i) =>
          `${i.municipality.name.padEnd(16)} ${i.status.padEnd(17)} ${String(i.decisionDate ?? '').padEnd(10)} ${String(i.deadlineState).padEnd(8)} views ${i.viewPointCount} open ${i.unansweredViewPointCount}${i.declinedAssignments.length ? ` declines ${i.declinedAssignments.map((d) => d.code).join(',')}` : ''}`,
      ),
      `counts: ${JSON.stringify(matrix.counts.byStatus)} ${JSON.stringify(matrix.counts.byDeadlineState)}`,
      '',
      `Contributions ${contributions.year} (population at ${contributions.populationReferenceDate}), total ${euro(contributions.totalCents)}`,
      ...contributions.municipalities.map(
        (m) =>
          `${m.name.padEnd(16)} ${String(m.population).padStart(7)} ${euro(m.totalCents).padStart(14)}  ${(m.perInhabitantCents === null ? '—' : (m.perInhabitantCents / 100).toFixed(4)).padStart(7)} €/inw  ${m.byAssignment.map((s) => `${s.code.slice(-2)}:${s.amountCents}`).join(' ')}`,
      ),
      ...contributions.assignments.map(
        (a) =>
          `${a.code} ${euro(a.amountCents)} split ${euro(a.splitTotalCents)} over ${a.payerIds.length} payers (${a.key.type}, ${a.key.source}) balanced=${a.balanced}`,
      ),
    ];
    writeFileSync(join(tmpdir(), 'koers-council-cycle-demo.txt'), lines.join('\n'));
    expect(matrix.items).toHaveLength(21);
  });
});
