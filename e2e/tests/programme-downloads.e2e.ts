import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newPage, signIn } from '../support/browser';

/**
 * The board downloads the demo programme as an Excel workbook from the programme page: the
 * button says it is busy while the file streams, the browser saves it, and the contributions
 * sheet holds what the API says each municipality pays, with SUM formulas for the totals.
 */
const PROGRAMME = 'Werkprogramma 2026 Metropoolregio Eindhoven';

/** What this test reads of `GET /api/programmes/{id}/contributions`. */
interface ContributionsResponse {
  totalCents: number;
  assignments: unknown[];
  municipalities: { name: string; totalCents: number }[];
}
const SLOW = { timeout: 30_000 };

describe('downloading a programme', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await signIn(page, 'board@koers.demo');
  });
  afterAll(() => browser.close());

  it('saves the workbook from the programme page, with the contributions as the API has them', async () => {
    await page.getByRole('link', { name: 'Metropoolregio Eindhoven (MRE)' }).click();
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor(SLOW);
    const programmeId = /\/programma\/([^/?#]+)/.exec(page.url())?.[1] ?? '';

    const downloads = page.getByRole('region', { name: 'Downloaden' });
    await downloads.scrollIntoViewIfNeeded();
    await expectNoSeriousViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', SLOW),
      downloads.getByRole('button', { name: 'Excel-werkmap (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'werkprogramma-2026-metropoolregio-eindhoven-2026.xlsx',
    );
    await downloads
      .getByRole('status')
      .getByText(/is gedownload\./)
      .waitFor(SLOW);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    const api = (await (
      await page.request.get(`/api/programmes/${programmeId}/contributions`)
    ).json()) as ContributionsResponse;
    const sheet = workbook.getWorksheet('Bijdragen');
    if (!sheet) throw new Error('no contributions sheet');
    const totalColumn = 3 + api.assignments.length + 1;
    for (const [i, m] of api.municipalities.entries()) {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(m.name);
      const total = row.getCell(totalColumn).value as ExcelJS.CellFormulaValue;
      expect(total.formula).toMatch(/^SUM\(/);
      expect(Math.round((total.result as number) * 100)).toBe(m.totalCents);
    }
    const grand = sheet.getRow(api.municipalities.length + 2).getCell(totalColumn)
      .value as ExcelJS.CellFormulaValue;
    expect(Math.round((grand.result as number) * 100)).toBe(api.totalCents);
  });
});
