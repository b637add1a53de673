import type { ContributionDelta, ProgrammeSnapshot } from '@koers/contracts';
import { Client } from 'pg';
import { transition } from './factories/council-cycle';
import { createMreRegion, MreFixture } from './factories/council-cycle-d';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Frozen programme versions keep their split: with payers, and as before for older snapshots. */
describe('contributions of programme versions', () => {
  let t: TestApp;
  let api: Agent;
  let mre: MreFixture;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    mre = await createMreRegion(api);
  });
  afterAll(() => t.close());

  it('splits a version by the payers it froze, and an older snapshot without payers by the key', async () => {
    const helmond = mre.byName('Helmond').id;
    const asten = mre.byName('Asten').id;
    const programmeId = (
      await api
        .post(`/api/regions/${mre.region.id}/programmes`)
        .send({ year: 2026, title: 'P', populationReferenceDate: '2024-01-01' })
        .expect(201)
    ).body.id as string;
    await api
      .post(`/api/programmes/${programmeId}/assignments`)
      .send({
        themeId: mre.themeId,
        code: 'V1',
        title: 'V1',
        budgetLines: [
          { fundingSource: 'member_contribution', year: 2026, amountCents: 2_100_00 },
          {
            fundingSource: 'extra_member_contribution',
            year: 2026,
            amountCents: 2_100_00,
            payerSplit: 'equal',
            payers: [{ municipalityId: helmond }],
          },
        ],
      })
      .expect(201);
    await transition(api, programmeId, 'proposed').expect(200);
    await transition(api, programmeId, 'draft', 'Nog een ronde').expect(200);
    await transition(api, programmeId, 'proposed').expect(200);
    const v2 = (await api.get(`/api/programmes/${programmeId}/versions/2`).expect(200)).body as {
      snapshot: ProgrammeSnapshot;
    };
    expect(v2.snapshot.assignments[0].budgetLines[1]).toMatchObject({
      payerSplit: 'equal',
      payers: [{ municipalityId: helmond, amountCents: null }],
    });

    // Version 1 as a snapshot frozen before payers existed: its lines carry none.
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    const { rows } = await client.query<{ snapshot: ProgrammeSnapshot }>(
      'SELECT snapshot FROM programme_versions WHERE programme_id = $1 AND number = 1',
      [programmeId],
    );
    const old = rows[0].snapshot;
    old.assignments[0].budgetLines = old.assignments[0].budgetLines.map(
      ({ fundingSource, sourceName, year, amountCents }) => ({
        fundingSource,
        sourceName,
        year,
        amountCents,
      }),
    );
    await client.query(
      'UPDATE programme_versions SET snapshot = $2 WHERE programme_id = $1 AND number = 1',
      [programmeId, JSON.stringify(old)],
    );
    await client.end();

    const diff = await api.get(`/api/programmes/${programmeId}/versions/1/diff/2`).expect(200);
    const deltas = diff.body.contributions as ContributionDelta[];
    const of = (id: string) => deltas.find((d) => d.municipalityId === id)!;
    expect(deltas.reduce((s, d) => s + d.oldCents, 0)).toBe(4_200_00);
    expect(deltas.reduce((s, d) => s + d.newCents, 0)).toBe(4_200_00);
    // Old snapshot: the extra went over all 21 by the key; version 2: Helmond carries it alone.
    expect(of(asten).oldCents).toBeGreaterThan(of(asten).newCents);
    expect(of(helmond).newCents - of(helmond).oldCents).toBeGreaterThan(2_100_00 / 2);
  });
});
