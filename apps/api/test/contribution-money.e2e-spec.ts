import type {
  AssignmentResponse,
  ContributionsResponse,
  ProgrammeResponse,
} from '@koers/contracts';
import { Client } from 'pg';
import { MRE_MUNICIPALITIES } from '../src/seed/data/municipalities';
import { createMreRegion, MreFixture } from './factories/council-cycle-d';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 12 items 1–3: a programme's money is of its year, extras over their payers, exact shares. */
describe('contributions: years, extra-contribution payers, exact composite keys', () => {
  let t: TestApp;
  let api: Agent;
  let mre: MreFixture;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    mre = await createMreRegion(api);
  });
  afterAll(() => t.close());

  const id = (name: string) => mre.byName(name).id;
  const programme = async (year: number): Promise<string> =>
    (
      await api
        .post(`/api/regions/${mre.region.id}/programmes`)
        .send({ year, title: `Programma ${year}`, populationReferenceDate: '2024-01-01' })
        .expect(201)
    ).body.id as string;
  const assignment = async (programmeId: string, body: object): Promise<AssignmentResponse> =>
    (
      await api
        .post(`/api/programmes/${programmeId}/assignments`)
        .send({ themeId: mre.themeId, code: 'X-1', title: 'Opdracht', ...body })
        .expect(201)
    ).body as AssignmentResponse;
  const contributions = async (programmeId: string): Promise<ContributionsResponse> =>
    (await api.get(`/api/programmes/${programmeId}/contributions`).expect(200))
      .body as ContributionsResponse;
  const totals = (c: ContributionsResponse) =>
    new Map(c.municipalities.map((m) => [m.municipalityId, m.totalCents]));
  const member = (year: number, amountCents: number) => ({
    fundingSource: 'member_contribution',
    sourceName: 'inwonerbijdrage',
    year,
    amountCents,
  });

  it('charges each programme of a two-year assignment only its own year', async () => {
    const first = await programme(2026);
    await assignment(first, {
      budgetLines: [member(2026, 100_000_00), member(2027, 50_000_00)],
    });
    const in2026 = await contributions(first);
    expect(in2026.totalCents).toBe(100_000_00);
    expect(in2026.municipalities.reduce((sum, m) => sum + m.totalCents, 0)).toBe(100_000_00);
    // What 2027 will ask is shown, labelled as later, never in this year's total.
    expect(in2026.laterYears).toEqual([
      { year: 2027, totalCents: 50_000_00, unsplitAssignmentIds: [] },
    ]);
    expect(in2026.assignments[0]).toMatchObject({
      amountCents: 100_000_00,
      laterYears: [{ year: 2027, amountCents: 50_000_00 }],
    });
    const eindhoven = in2026.municipalities.find((m) => m.name === 'Eindhoven')!;
    expect(eindhoven.laterYears).toEqual([
      expect.objectContaining({ year: 2027, totalCents: expect.any(Number) }),
    ]);

    const second = await programme(2027);
    await api.post(`/api/programmes/${second}/assignments/copy`).send({ fromProgrammeId: first });
    const in2027 = await contributions(second);
    expect(in2027.totalCents).toBe(50_000_00);
    expect(in2027.laterYears).toEqual([]);
    expect(in2027.previousYear).toMatchObject({ year: 2026, totalCents: 100_000_00 });
    expect(totals(in2027).get(eindhoven.municipalityId)).toBe(eindhoven.laterYears[0].totalCents);
  });

  it('lets an extra contribution of three named members leave the other eighteen untouched', async () => {
    const programmeId = await programme(2030);
    const created = await assignment(programmeId, { budgetLines: [member(2030, 140_000_00)] });
    const before = totals(await contributions(programmeId));
    const three = ['Helmond', 'Deurne', 'Laarbeek'].map(id);
    const extra = {
      fundingSource: 'extra_member_contribution',
      sourceName: 'Helmond, Deurne en Laarbeek',
      year: 2030,
      amountCents: 70_000_00,
      payerSplit: 'per_inhabitant',
      payers: three.map((municipalityId) => ({ municipalityId })),
    };
    const patched = await api
      .patch(`/api/assignments/${created.id}`)
      .send({ version: created.version, budgetLines: [member(2030, 140_000_00), extra] })
      .expect(200);
    expect(patched.body.budgetLines[1]).toMatchObject({
      payerSplit: 'per_inhabitant',
      payers: three.map((municipalityId) => ({ municipalityId, amountCents: null })),
      needsPayers: false,
    });
    const after = await contributions(programmeId);
    const now = totals(after);
    const others = mre.municipalities.filter((m) => !three.includes(m.id));
    expect(others).toHaveLength(18);
    for (const m of others) expect(now.get(m.id)).toBe(before.get(m.id));
    const added = three.map((m) => now.get(m)! - before.get(m)!);
    expect(added.reduce((a, b) => a + b, 0)).toBe(70_000_00);
    expect(added.every((cents) => cents > 0)).toBe(true);
    expect(after.totalCents).toBe(210_000_00);
    expect(after.assignments[0].extraContributions).toEqual([
      expect.objectContaining({
        budgetLineIndex: 1,
        amountCents: 70_000_00,
        namedPayerIds: three,
        declinedByIds: [],
        needsPayers: false,
      }),
    ]);
    // A payer cannot be deleted while it pays.
    const gone = await api.delete(`/api/municipalities/${id('Laarbeek')}`).expect(409);
    expect(gone.body.detail).toBe(
      'Gemeente Laarbeek wordt nog gebruikt door 1 betaling van een extra bijdrage; haal die verwijzingen eerst weg.',
    );
  });

  it('refuses an extra contribution without payers, or with fixed amounts that miss the line, naming the field', async () => {
    const programmeId = await programme(2031);
    const line = (more: object) => ({
      themeId: mre.themeId,
      code: `E-${Math.random().toString(36).slice(2, 6)}`,
      title: 'Extra',
      budgetLines: [
        {
          fundingSource: 'extra_member_contribution',
          year: 2031,
          amountCents: 100_00,
          ...more,
        },
      ],
    });
    const post = (body: object) =>
      api.post(`/api/programmes/${programmeId}/assignments`).send(body);
    const fields = (res: { body: { errors: { field: string }[] } }) =>
      res.body.errors.map((e) => e.field);
    expect(fields(await post(line({})).expect(400))).toEqual([
      'budgetLines.0.payers',
      'budgetLines.0.payerSplit',
    ]);
    const fixed = await post(
      line({
        payerSplit: 'fixed_amounts',
        payers: [
          { municipalityId: id('Helmond'), amountCents: 60_00 },
          { municipalityId: id('Deurne'), amountCents: 30_00 },
        ],
      }),
    ).expect(400);
    expect(fixed.body.errors).toEqual([
      {
        field: 'budgetLines.0.payers',
        message: 'de vaste bedragen tellen op tot € 90,00, de regel is € 100,00',
      },
    ]);
    const stranger = await post(
      line({
        payerSplit: 'equal',
        payers: [{ municipalityId: '00000000-0000-4000-8000-000000000000' }],
      }),
    ).expect(400);
    expect(fields(stranger)).toEqual(['budgetLines.0.payers.0.municipalityId']);
    await post(
      line({
        payerSplit: 'fixed_amounts',
        payers: [
          { municipalityId: id('Helmond'), amountCents: 70_00 },
          { municipalityId: id('Deurne'), amountCents: 30_00 },
        ],
      }),
    ).expect(201);
  });

  it('flags an extra contribution stored before payers existed, and wants payers on its next edit', async () => {
    const programmeId = await programme(2032);
    const created = await assignment(programmeId, { budgetLines: [member(2032, 1_000_00)] });
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    await client.query(
      `INSERT INTO assignment_budget_lines
         (assignment_id, region_id, funding_source, source_name, year, amount_cents, position)
       VALUES ($1, $2, 'extra_member_contribution', 'oud', 2032, 2100, 1)`,
      [created.id, mre.region.id],
    );
    await client.end();
    const read = (await api.get(`/api/assignments/${created.id}`).expect(200)).body;
    expect(read.budgetLines[1]).toMatchObject({
      payers: null,
      payerSplit: null,
      needsPayers: true,
    });
    const overview: ProgrammeResponse = (await api.get(`/api/programmes/${programmeId}`)).body;
    const needsPayers = (w: { code: string }) => w.code === 'EXTRA_CONTRIBUTION_NEEDS_PAYERS';
    expect(overview.moneyWarnings.filter(needsPayers)).toEqual([
      expect.objectContaining({
        code: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS',
        assignmentId: created.id,
        budgetLineIndex: 1,
        amountCents: 2100,
      }),
    ]);
    // Until edited it is split as before: over every payer by the key (€ 1,00 per municipality).
    const c = await contributions(programmeId);
    expect(c.totalCents).toBe(1_021_00);
    expect(c.warnings.filter(needsPayers)).toHaveLength(1);
    const edit = await api
      .patch(`/api/assignments/${created.id}`)
      .send({ version: read.version, budgetLines: read.budgetLines.map(strip) })
      .expect(400);
    expect(edit.body.errors.map((e: { field: string }) => e.field)).toContain(
      'budgetLines.1.payers',
    );
  });

  it("splits fixed plus per inhabitant of an odd amount over MRE's 21 populations within a cent of exact", async () => {
    const programmeId = await programme(2033);
    // € 100.000,01, half equally, half by population: the old two-pass split was 1,2 cents off.
    const amount = 100_000_01;
    const created = await assignment(programmeId, {
      contributionKey: { type: 'fixed_plus_per_inhabitant', fixedShareBasisPoints: 5_000 },
      budgetLines: [member(2033, amount)],
    });
    const c = await contributions(programmeId);
    const populations = new Map(MRE_MUNICIPALITIES.map((m) => [m.name, BigInt(m.population!)]));
    const total = [...populations.values()].reduce((a, b) => a + b, 0n);
    const n = 21n;
    // Exact share = amount · (½ · 1/n + ½ · pop/P) = amount · (P + n · pop) / (2 · n · P).
    const denominator = 2n * n * total;
    expect(c.municipalities).toHaveLength(21);
    let sum = 0;
    for (const m of c.municipalities) {
      const share = m.byAssignment.find((a) => a.assignmentId === created.id)!.amountCents;
      sum += share;
      const numerator = BigInt(amount) * (total + n * populations.get(m.name)!);
      const off = BigInt(share) * denominator - numerator;
      expect({ name: m.name, withinACent: (off < 0n ? -off : off) < denominator }).toEqual({
        name: m.name,
        withinACent: true,
      });
    }
    expect(sum).toBe(amount);
  });

  // Found by the fuzzer: `null` for these optional, non-nullable fields was taken as "left out".
  it('refuses null for the optional parts of a cost-sharing key, naming the field, and keeps the assignment', async () => {
    const programmeId = await programme(2038);
    const created = await assignment(programmeId, { budgetLines: [member(2038, 10_000_00)] });
    for (const field of ['basisPointsByMunicipality', 'fixedShareBasisPoints']) {
      const refused = await api
        .patch(`/api/assignments/${created.id}`)
        .send({
          version: created.version,
          contributionKey: { type: 'per_inhabitant', [field]: null },
        })
        .expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
        `contributionKey.${field}`,
      ]);
    }
    const now = await api.get(`/api/assignments/${created.id}`).expect(200);
    expect(now.body.version).toBe(created.version);
  });
});

/** A budget line as the document sends it (what the response adds left out). */
function strip({ needsPayers: _flag, ...line }: { needsPayers: boolean }) {
  return line;
}
