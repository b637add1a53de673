import ExcelJS from 'exceljs';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import { type Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** The cell values of the sheets an import reads, row by row (dates as ISO text). */
async function importedSheets(file: Buffer): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  for (const name of ['Opdrachten', 'Begrotingsregels', 'Capaciteit']) {
    const sheet = book.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => {
          if (v instanceof Date) return v.toISOString().slice(0, 10);
          if (v && typeof v === 'object' && 'result' in v) return v.result;
          return v ?? null;
        }),
      );
    });
    out[name] = rows;
  }
  return out;
}

describe('export → import into an empty draft → export', () => {
  let t: TestApp;
  let api: Agent;
  let region: RegionFixture;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    region = await createRegionFixture(t.db.url);
  });
  afterAll(() => t.close());

  const programme = async (year: number) =>
    (
      await api
        .post(`/api/regions/${region.regionId}/programmes`)
        .send({ year, title: `Werkprogramma ${year}` })
        .expect(201)
    ).body.id as string;
  const workbookOf = async (programmeId: string) =>
    (
      await api
        .get(`/api/programmes/${programmeId}/export/workbook`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200)
    ).body as Buffer;

  it('gives the same assignments, budget lines and capacity lines', async () => {
    const source = await programme(2026);
    const [asten, deurne, best] = region.municipalityIds;
    await api
      .post(`/api/programmes/${source}/assignments`)
      .send({
        themeId: region.themeIds[0],
        code: 'MOB-01',
        title: 'Snelfietsroute Eindhoven–Helmond',
        goal: '=Meer fietsers (tekst die met = begint)',
        results: ['Tracéstudie', 'Ontwerp'],
        portfolioHolderId: region.personIds[0],
        leadId: region.personIds[1],
        status: 'active',
        priority: 2,
        participation: 'opt_in',
        participantIds: [asten, deurne],
        mandate: {
          scope: 'Kiest de variant',
          budgetCeilingCents: 5_000_050,
          validFrom: '2026-01-01',
          validUntil: '2026-12-31',
        },
        budgetLines: [
          { fundingSource: 'member_contribution', year: 2026, amountCents: 123_456 },
          {
            fundingSource: 'province',
            sourceName: 'Provincie Noord-Brabant',
            year: 2027,
            amountCents: 99,
          },
          {
            fundingSource: 'extra_member_contribution',
            sourceName: 'Extra',
            year: 2026,
            amountCents: 1_000_001,
            payerSplit: 'per_inhabitant',
            payers: [{ municipalityId: asten }, { municipalityId: best }],
          },
        ],
        capacityLines: [
          { supplierName: 'Regiobureau', year: 2026, fte: 0.85 },
          { supplierName: 'Provincie Noord-Brabant', year: 2026, hours: 120 },
        ],
      })
      .expect(201);
    await api
      .post(`/api/programmes/${source}/assignments`)
      .send({ themeId: region.themeIds[1], code: 'WON-01', title: 'Woningbouw' })
      .expect(201);

    const exported = await workbookOf(source);
    const target = await programme(2027);
    const imported = await api
      .post(`/api/programmes/${target}/imports?dryRun=false`)
      .attach('file', exported, 'export.xlsx')
      .expect(200);
    expect(imported.body.problems).toEqual([]);
    expect(imported.body.creates.map((r: { code: string }) => r.code)).toEqual([
      'MOB-01',
      'WON-01',
    ]);

    const again = await workbookOf(target);
    const before = await importedSheets(exported);
    expect(before.Opdrachten).toHaveLength(3);
    expect(before.Begrotingsregels).toHaveLength(4);
    expect(await importedSheets(again)).toEqual(before);
  });
});
