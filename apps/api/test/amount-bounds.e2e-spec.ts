import { MAX_AMOUNT_CENTS, MAX_PROGRAMME_BUDGET_CENTS } from '@koers/domain';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 13 item 3: no accepted amount can make a programme's sums unreadable. */
describe('amount bounds', () => {
  let t: TestApp;
  let api: Agent;
  let region: RegionFixture;
  let programmeId: string;
  let code = 0;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    region = await createRegionFixture(t.db.url);
    programmeId = (
      await api
        .post(`/api/regions/${region.regionId}/programmes`)
        .send({ year: 2026, title: 'Werkprogramma 2026' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const line = (amountCents: number) => ({ fundingSource: 'province', year: 2026, amountCents });
  const createWith = (amounts: number[]) =>
    api.post(`/api/programmes/${programmeId}/assignments`).send({
      themeId: region.themeIds[0],
      code: `B-${++code}`,
      title: 'Opdracht',
      budgetLines: amounts.map(line),
    });

  it('refuses a line above € 10 billion, so the programme stays readable', async () => {
    const huge = await createWith([Number.MAX_SAFE_INTEGER]);
    expect(huge.status).toBe(400);
    expect(huge.body.errors).toEqual([
      {
        field: 'budgetLines.0.amountCents',
        message: expect.stringContaining('10 miljard'),
        constraint: 'max',
      },
    ]);
    await createWith([100]).expect(201);
    const programme = await api.get(`/api/programmes/${programmeId}`).expect(200);
    expect(programme.body.totals.budgetTotalCents).toBe(100);
    await api
      .post(`/api/programmes/${programmeId}/transitions`)
      .send({ to: 'proposed' })
      .expect((res) => expect(res.status).toBeLessThan(500));
  });

  it('refuses a mandate ceiling and a commitment above € 10 billion', async () => {
    const res = await api.post(`/api/programmes/${programmeId}/assignments`).send({
      themeId: region.themeIds[0],
      code: `B-${++code}`,
      title: 'Opdracht',
      mandate: { budgetCeilingCents: MAX_AMOUNT_CENTS + 1 },
    });
    expect(res.body.errors?.map((e: { field: string }) => e.field)).toEqual([
      'mandate.budgetCeilingCents',
    ]);
  });

  it('refuses budget lines that would make the programme total exceed € 10 trillion', async () => {
    const { body: fresh } = await api
      .post(`/api/regions/${region.regionId}/programmes`)
      .send({ year: 2030, title: 'Groot' })
      .expect(201);
    const lines = Array.from({ length: 200 }, () => line(MAX_AMOUNT_CENTS));
    const post = (extra: object[] = []) =>
      api.post(`/api/programmes/${fresh.id}/assignments`).send({
        themeId: region.themeIds[0],
        code: `G-${++code}`,
        title: 'Groot',
        budgetLines: [...lines, ...extra],
      });
    for (let i = 0; i < 5; i++) await post().expect(201);
    const over = await post([]);
    expect(over.status).toBe(400);
    expect(over.body.errors).toEqual([
      { field: 'budgetLines', message: expect.stringContaining('10 biljoen') },
    ]);
    const programme = await api.get(`/api/programmes/${fresh.id}`).expect(200);
    expect(programme.body.totals.budgetTotalCents).toBe(MAX_PROGRAMME_BUDGET_CENTS);
  }, 60_000);
});
