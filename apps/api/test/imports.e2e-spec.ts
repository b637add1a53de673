import { Client } from 'pg';
import request from 'supertest';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import {
  ASSIGNMENT_HEADER,
  BUDGET_HEADER,
  CAPACITY_HEADER,
  workbook,
} from './imports/import-workbook';
import { type Agent, signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const TABLES = [
  'assignments',
  'assignment_budget_lines',
  'assignment_budget_line_payers',
  'assignment_capacity_lines',
  'assignment_participants',
  'audit_records',
];

describe('importing assignments with a dry run', () => {
  let t: TestApp;
  let admin: Agent;
  let bureau: Agent;
  let region: RegionFixture;
  let db: Client;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.asAdmin();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    region = await createRegionFixture(t.db.url);
    bureau = await signInAs(t, { roles: [{ regionId: region.regionId, role: 'bureau' }] });
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  let year = 2030;
  const draft = async () =>
    (
      await admin
        .post(`/api/regions/${region.regionId}/programmes`)
        .send({ year: year++, title: 'Werkprogramma' })
        .expect(201)
    ).body.id as string;
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      out[table] = Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    return out;
  };
  const upload = (programmeId: string, file: Buffer, name: string, dryRun = true) =>
    bureau
      .post(`/api/programmes/${programmeId}/imports?dryRun=${dryRun}`)
      .attach('file', file, name);

  const goodWorkbook = () =>
    workbook({
      Opdrachten: [
        ASSIGNMENT_HEADER,
        [
          'MOB-01',
          'Mobiliteit',
          'Snelfietsroute',
          'Meer fietsers',
          'Tracé; Ontwerp',
          'Wethouder Jansen',
          'Actief',
          'Opt-in',
          'Asten; Deurne',
          '€ 50.000,00',
          '01-01-2030',
          new Date(Date.UTC(2030, 11, 31)),
        ],
        [
          'WON-01',
          'wonen',
          'Woningbouwversnelling',
          '',
          '',
          '',
          'concept',
          'all',
          '',
          1234.5,
          '',
          '',
        ],
      ],
      Begroting: [
        BUDGET_HEADER,
        ['MOB-01', 'Bijdrage van de gemeenten', '', 2030, '€ 1.234,56', ''],
        ['MOB-01', 'Provincie', 'Provincie Noord-Brabant', '2030', 1234.56, ''],
        ['MOB-01', 'extra_member_contribution', 'Extra', 2030, '10.000', 'Asten; Best'],
        ['WON-01', 'Rijk', 'Regio Deal', 2031, '99999,99', ''],
      ],
      Capaciteit: [
        CAPACITY_HEADER,
        ['MOB-01', 'Regiobureau', 2030, '0,8', ''],
        ['WON-01', 'Provincie Noord-Brabant', 2030, '', 120],
      ],
    });

  it('answers a preview of what it would create, and stores nothing', async () => {
    const programmeId = await draft();
    const before = await counts();
    const res = await upload(programmeId, await goodWorkbook(), 'programma.xlsx').expect(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      stored: false,
      format: 'xlsx',
      updates: [],
      problems: [],
    });
    expect(res.body.creates).toEqual([
      expect.objectContaining({
        row: 2,
        code: 'MOB-01',
        themeTitle: 'Mobiliteit',
        budgetLineCount: 3,
        budgetTotalCents: 123_456 + 123_456 + 1_000_000,
        capacityLineCount: 1,
      }),
      expect.objectContaining({
        row: 3,
        code: 'WON-01',
        themeTitle: 'Wonen',
        budgetLineCount: 1,
        budgetTotalCents: 9_999_999,
      }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('stores it all on confirm, with Dutch and plain amounts to the cent, and updates by code the next time', async () => {
    const programmeId = await draft();
    const file = await goodWorkbook();
    const res = await upload(programmeId, file, 'programma.xlsx', false).expect(200);
    expect(res.body).toMatchObject({ dryRun: false, stored: true, problems: [] });
    expect(res.body.creates.map((r: { code: string }) => r.code)).toEqual(['MOB-01', 'WON-01']);

    const list = await bureau.get(`/api/programmes/${programmeId}/assignments`).expect(200);
    const id = (list.body.items as { id: string; code: string }[]).find(
      (a) => a.code === 'MOB-01',
    )!.id;
    const mob = (await bureau.get(`/api/assignments/${id}`).expect(200)).body;
    expect(mob).toMatchObject({
      title: 'Snelfietsroute',
      goal: 'Meer fietsers',
      results: ['Tracé', 'Ontwerp'],
      portfolioHolderId: region.personIds[0],
      status: 'active',
      participation: 'opt_in',
      mandate: expect.objectContaining({
        budgetCeilingCents: 5_000_000,
        validFrom: '2030-01-01',
        validUntil: '2030-12-31',
      }),
      capacityLines: [
        expect.objectContaining({ supplierName: 'Regiobureau', year: 2030, fte: 0.8, hours: null }),
      ],
    });
    expect([...mob.participantIds].sort()).toEqual(
      [region.municipalityIds[0], region.municipalityIds[1]].sort(),
    );
    expect(mob.budgetLines.map((l: { amountCents: number }) => l.amountCents)).toEqual([
      123_456, 123_456, 1_000_000,
    ]);
    expect(mob.budgetLines[2]).toMatchObject({
      fundingSource: 'extra_member_contribution',
      payerSplit: 'equal',
    });
    expect(
      mob.budgetLines[2].payers.map((p: { municipalityId: string }) => p.municipalityId).sort(),
    ).toEqual([region.municipalityIds[0], region.municipalityIds[2]].sort());

    // The same file again: both codes exist now, so both are updates and nothing is added.
    const before = await counts();
    const again = await upload(programmeId, file, 'programma.xlsx').expect(200);
    expect(again.body.creates).toEqual([]);
    expect(again.body.updates.map((r: { code: string }) => r.code)).toEqual(['MOB-01', 'WON-01']);
    await upload(programmeId, file, 'programma.xlsx', false).expect(200);
    const after = await counts();
    expect(after.assignments).toBe(before.assignments);
    expect(after.assignment_budget_lines).toBe(before.assignment_budget_lines);
    expect(after.audit_records).toBe(before.audit_records + 2);
    const updated = (await bureau.get(`/api/assignments/${id}`).expect(200)).body;
    expect(updated.version).toBe(mob.version + 1);
  });

  it('names five kinds of errors by row and column, and a confirm of that file stores nothing', async () => {
    const programmeId = await draft();
    const file = await workbook({
      Opdrachten: [
        ASSIGNMENT_HEADER,
        ['A-1', 'Mobiliteit', 'Een', '', '', '', '', '', '', '', '', ''],
        ['A-1', 'Mobiliteit', 'Dubbel', '', '', '', '', '', '', '', '', ''],
        [
          'A-2',
          'Ruimte',
          'Onbekend thema',
          '',
          '',
          'Niemand',
          '',
          '',
          'Atlantis',
          '',
          '31-02-2030',
          '',
        ],
      ],
      // "Bedrag" is missing from the header of this sheet.
      Capaciteit: [
        ['Code', 'Leverancier', 'FTE'],
        ['A-1', 'Regiobureau', 'veel'],
      ],
      Begroting: [BUDGET_HEADER, ['A-1', 'Provincie', '', 2030, 'twaalf euro', '']],
    });
    const before = await counts();
    const res = await upload(programmeId, file, 'fouten.xlsx').expect(200);
    const found = (
      res.body.problems as {
        sheet: string;
        row: number;
        column: string;
        code: string;
        message: string;
      }[]
    ).map((p) => `${p.sheet}|${p.row}|${p.column}|${p.code}`);
    expect(found).toEqual([
      'Begroting|2|Bedrag|not_an_amount',
      'Capaciteit|1|Jaar|missing_header',
      'Capaciteit|2|FTE|not_a_number',
      'Opdrachten|3|Code|duplicate_code',
      'Opdrachten|4|Thema|unknown_theme',
      'Opdrachten|4|Portefeuillehouder|unknown_person',
      'Opdrachten|4|Deelnemende gemeenten|unknown_municipality',
      'Opdrachten|4|Mandaat vanaf|not_a_date',
    ]);
    const amount = res.body.problems.find((p: { code: string }) => p.code === 'not_an_amount');
    expect(amount).toMatchObject({ params: { value: 'twaalf euro' } });
    expect(amount.message).toContain('‘twaalf euro’ is geen bedrag');
    expect(
      res.body.problems.find((p: { code: string }) => p.code === 'unknown_theme').message,
    ).toBe('Het thema ‘Ruimte’ bestaat niet in deze regio.');

    const refused = await upload(programmeId, file, 'fouten.xlsx', false).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('IMPORT_INVALID');
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'Begroting.2.Bedrag' })]),
    );
    expect(await counts()).toEqual(before);
  });

  it('stores none of the good rows when one row breaks a rule of the assignment form', async () => {
    const programmeId = await draft();
    const before = await counts();
    const file = await workbook({
      Opdrachten: [
        ASSIGNMENT_HEADER.slice(0, 3),
        ['OK-1', 'Mobiliteit', 'Goed'],
        ['OK-2', 'Mobiliteit', 'x'.repeat(301)],
      ],
    });
    const res = await upload(programmeId, file, 'lang.xlsx', false).expect(400);
    expect(res.body.problems).toEqual([
      expect.objectContaining({
        sheet: 'Opdrachten',
        row: 3,
        column: 'Titel',
        code: 'invalid_value',
      }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reads the CSV template shape, with semicolons, a BOM and Dutch amounts', async () => {
    const programmeId = await draft();
    const csvTemplate = await bureau
      .get(`/api/programmes/${programmeId}/imports/template?format=csv`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const header = (csvTemplate.body as Buffer).toString('utf8');
    expect(header.startsWith('\uFEFFSoort;Code;Opgave;Titel')).toBe(true);
    const columns = header.replace('\uFEFF', '').trim().split(';');
    const row = (values: Record<string, string>) => columns.map((c) => values[c] ?? '').join(';');
    const csv = [
      columns.join(';'),
      row({ Soort: 'Opdracht', Code: 'CSV-1', Opgave: 'Mobiliteit', Titel: 'Uit CSV' }),
      row({
        Soort: 'Begroting',
        Code: 'CSV-1',
        Bron: 'Provincie',
        Jaar: '2031',
        Bedrag: '"€ 2.500,75"',
      }),
      row({
        Soort: 'Capaciteit',
        Code: 'CSV-1',
        Leverancier: 'Regiobureau',
        Jaar: '2031',
        Uren: '40',
      }),
    ].join('\r\n');
    const res = await upload(
      programmeId,
      Buffer.from(`\uFEFF${csv}`, 'utf8'),
      'import.csv',
      false,
    ).expect(200);
    expect(res.body.format).toBe('csv');
    expect(res.body.problems).toEqual([]);
    expect(res.body.creates).toEqual([
      expect.objectContaining({ code: 'CSV-1', budgetTotalCents: 250_075, capacityLineCount: 1 }),
    ]);
  });

  it('refuses a file that is not XLSX or CSV and one over 10 MB, naming the field', async () => {
    const programmeId = await draft();
    const pdf = Buffer.from('%PDF-1.7\n\x00\x01binary', 'latin1');
    const notSupported = await upload(programmeId, pdf, 'programma.xlsx').expect(400);
    expect(notSupported.body).toMatchObject({
      code: 'IMPORT_FILE_NOT_SUPPORTED',
      errors: [expect.objectContaining({ field: 'file' })],
    });
    const fakeZip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100, 1)]);
    await upload(programmeId, fakeZip, 'x.xlsx').expect(400);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const tooLarge = await upload(programmeId, big, 'groot.csv').expect(413);
    expect(tooLarge.body).toMatchObject({
      code: 'IMPORT_FILE_TOO_LARGE',
      errors: [expect.objectContaining({ field: 'file' })],
    });
    const missing = await bureau
      .post(`/api/programmes/${programmeId}/imports`)
      .send({})
      .expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const badFlag = await upload(programmeId, await goodWorkbook(), 'a.xlsx')
      .query({})
      .expect(200);
    expect(badFlag.body.dryRun).toBe(true);
    const wrongFlag = await bureau
      .post(`/api/programmes/${programmeId}/imports?dryRun=misschien`)
      .attach('file', await goodWorkbook(), 'a.xlsx')
      .expect(400);
    expect(wrongFlag.body.errors).toEqual([expect.objectContaining({ field: 'dryRun' })]);
  });

  it('never evaluates a formula: a formula cell in a column that is read is a problem, its cached value unused', async () => {
    const programmeId = await draft();
    const file = await workbook({
      Opdrachten: [ASSIGNMENT_HEADER.slice(0, 3), ['F-1', 'Mobiliteit', 'Formule']],
      Begroting: [
        BUDGET_HEADER,
        [
          'F-1',
          'Provincie',
          '',
          2030,
          { formula: 'WEBSERVICE("http://example.com")', result: 100 },
          '',
        ],
      ],
    });
    const res = await upload(programmeId, file, 'formule.xlsx').expect(200);
    expect(res.body.problems).toEqual([
      expect.objectContaining({ sheet: 'Begroting', row: 2, column: 'Bedrag', code: 'formula' }),
    ]);
    expect(res.body.creates[0]).toMatchObject({ budgetLineCount: 0 });
  });

  it('lets only the bureau import, only into a draft; others get 403, strangers 404', async () => {
    const programmeId = await draft();
    const file = await goodWorkbook();
    const observer = await signInAs(t, {
      roles: [{ regionId: region.regionId, role: 'observer' }],
    });
    const other = await createRegionFixture(t.db.url, 'Andere regio');
    const stranger = await signInAs(t, { roles: [{ regionId: other.regionId, role: 'bureau' }] });
    await observer
      .post(`/api/programmes/${programmeId}/imports`)
      .attach('file', file, 'a.xlsx')
      .expect(403);
    await stranger
      .post(`/api/programmes/${programmeId}/imports`)
      .attach('file', file, 'a.xlsx')
      .expect(404);
    await request(t.http)
      .post(`/api/programmes/${programmeId}/imports`)
      .attach('file', file, 'a.xlsx')
      .expect(401);
    await db.query(`UPDATE programmes SET status = 'adopted' WHERE id = $1`, [programmeId]);
    const closed = await upload(programmeId, file, 'a.xlsx').expect(409);
    expect(closed.body.code).toBe('PROGRAMME_NOT_DRAFT');
  });

  it('previews and then stores a file of 1,000 assignments', async () => {
    const programmeId = await draft();
    const assignments = [ASSIGNMENT_HEADER];
    const budget = [BUDGET_HEADER];
    const capacity = [CAPACITY_HEADER];
    for (let i = 0; i < 1000; i++) {
      const code = `P-${String(i).padStart(4, '0')}`;
      assignments.push([
        code,
        'Mobiliteit',
        `Opdracht ${i}`,
        'Doel',
        'Resultaat',
        'Wethouder Jansen',
        'Actief',
        'Alle gemeenten',
        '',
        `€ ${(i + 1) * 10},00`,
        '01-01-2030',
        '2030-12-31',
      ]);
      budget.push([code, 'Bijdrage van de gemeenten', '', '2030', `${i * 100 + 1},25`, '']);
      capacity.push([code, 'Regiobureau', '2030', '0,5', '']);
    }
    const file = await workbook({
      Opdrachten: assignments,
      Begroting: budget,
      Capaciteit: capacity,
    });
    // How long it takes is a benchmark's question, not this test's (a busy CI machine is no
    // measure): here, that all 1,000 rows are previewed without a problem and then stored.
    const res = await upload(programmeId, file, 'groot.xlsx').expect(200);
    expect(res.body.problems).toEqual([]);
    expect(res.body.creates).toHaveLength(1000);
    await upload(programmeId, file, 'groot.xlsx', false).expect(200);
    const stored = await db.query('SELECT count(*) AS n FROM assignments WHERE programme_id = $1', [
      programmeId,
    ]);
    expect(Number(stored.rows[0].n)).toBe(1000);
  });
});
