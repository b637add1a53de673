import ExcelJS from 'exceljs';
import { Client } from 'pg';
import request from 'supertest';
import { BenchScale } from '../src/bench/bench-scale';
import { BenchDataResult, generateBenchData } from '../src/bench/generate-data';
import { signIn, SignedInAgent } from './support/accounts';
import { binaryParser } from './support/binary';
import { startTestApp, TestApp } from './support/test-app';

/** One region, two years: last year's programme in execution, this year's (500 assignments) in consultation. */
const LARGE: BenchScale = {
  name: 'exports-500',
  seed: 20_260_701,
  regions: 1,
  years: 2,
  lastYear: 2027,
  assignmentsPerProgramme: 500,
  auditEditsPerAssignment: 0,
  busyEntityAuditRecords: 0,
};

describe('exporting a programme of 500 assignments (benchmark data)', () => {
  let t: TestApp;
  let db: Client;
  let data: BenchDataResult;
  let bureau: SignedInAgent;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    data = await generateBenchData(db, LARGE);
    bureau = await signIn(t.http, data.target.email, data.password);
  }, 180_000);

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('streams the workbook with every assignment and every payer in it', async () => {
    // How fast it comes is measured by `npm run bench` (downloads.workbook), not asserted here.
    const res = await bureau
      .get(`/api/programmes/${data.target.programmeId}/export/workbook`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const body = res.body as Buffer;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(body).buffer);
    expect(workbook.getWorksheet('Opdrachten')!.rowCount).toBe(501);
    const contributions = workbook.getWorksheet('Bijdragen')!;
    expect(contributions.getRow(1).cellCount).toBe(3 + 500 + 1);
  });

  it('gives the public the workbook of an adopted programme, and nothing of one in consultation', async () => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM programmes WHERE region_id = $1 AND status = 'in_execution'`,
      [data.target.regionId],
    );
    const res = await request(t.http)
      .get(`/api/programmes/${rows[0].id}/export/workbook`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    expect(workbook.getWorksheet('Opdrachten')!.rowCount).toBe(501);
    await request(t.http)
      .get(`/api/programmes/${data.target.programmeId}/export/workbook`)
      .expect(404);
    await request(t.http)
      .get(`/api/programmes/${data.target.programmeId}/export/tables/assignments`)
      .expect(404);
  });
});
