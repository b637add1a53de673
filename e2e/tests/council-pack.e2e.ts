import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import {
  apiOk,
  expectNoSeriousViolations,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

/**
 * During the consultation, the Eindhoven council clerk opens the council pack from the council's
 * page, sees what the municipality pays (the API's figures), downloads the PDF, and opens the
 * response memo. A programme of its own (2036), so no other browser test sees it change.
 */
const SLOW = { timeout: 30_000 };
const YEAR = 2036;
const TITLE = `Raadsinformatie ${YEAR}`;

const euros = (cents: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe('the council pack and the response memo in the browser', () => {
  let browser: Browser;
  let programmeId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const bureau = (await newPage(browser)).page;
    await signIn(bureau, 'bureau@koers.demo');
    const regions = await apiOk<{
      items: { id: string; shortName: string }[];
    }>(bureau, 'GET', '/regions');
    const mre = regions.items.find((r) => r.shortName === 'MRE')!.id;
    const themes = await apiOk<{
      items: { id: string }[];
    }>(bureau, 'GET', `/regions/${mre}/themes`);
    const programme = await apiOk(bureau, 'POST', `/regions/${mre}/programmes`, {
      year: YEAR,
      title: TITLE,
      introduction: 'De regio vraagt de raden om drie opdrachten samen te betalen.',
    });
    programmeId = String(programme.id);
    const assignments: [string, string, number][] = [
      ['RI-1', 'Snelfietsroutes', 180_000_00],
      ['RI-2', 'Woondeals', 120_000_00],
      ['RI-3', 'Energiehubs', 60_000_00],
    ];
    for (const [code, title, cents] of assignments) {
      await apiOk(bureau, 'POST', `/programmes/${programmeId}/assignments`, {
        code,
        title,
        themeId: themes.items[0].id,
        goal: `Doel van ${title}.`,
        budgetLines: [
          {
            fundingSource: 'member_contribution',
            sourceName: 'Gemeenten',
            year: YEAR,
            amountCents: cents,
          },
          {
            fundingSource: 'member_contribution',
            sourceName: 'Gemeenten',
            year: YEAR + 1,
            amountCents: cents / 2,
          },
        ],
      });
    }
    const board = (await newPage(browser)).page;
    await signIn(board, 'board@koers.demo');
    await apiOk(board, 'POST', `/programmes/${programmeId}/transitions`, {
      to: 'proposed',
      reason: 'Het bestuur legt het programma voor.',
    });
    await apiOk(bureau, 'POST', `/programmes/${programmeId}/transitions`, {
      to: 'consultation',
      sentOn: '2026-09-01',
    });
  }, 120_000);
  afterAll(() => browser.close());

  it('lets the council clerk open the pack from the council page and download its PDF', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'council.eindhoven@koers.demo');
    const me = await apiOk<{ roles: { municipalityId: string }[] }>(page, 'GET', '/auth/me');
    const eindhoven = me.roles[0].municipalityId;
    await page.goto(`/programma/${programmeId}/gemeente/${eindhoven}`);
    await page
      .getByRole('link', { name: 'Raadsinformatiepakket van Eindhoven (pagina en PDF)' })
      .click();
    // The heading may break inside the compound on a phone (<wbr>); it reads as one word.
    const heading = page.getByRole('heading', { level: 1 });
    await heading.getByText(/Raadsinformatiepakket/).waitFor(SLOW);
    expect(await heading.textContent()).toBe('Raadsinformatiepakket Eindhoven');

    const contributions = await apiOk<{
      municipalities: {
        municipalityId: string;
        totalCents: number;
        byAssignment: { amountCents: number }[];
      }[];
    }>(page, 'GET', `/programmes/${programmeId}/contributions`);
    const mine = contributions.municipalities.find((m) => m.municipalityId === eindhoven)!;
    const table = page.getByRole('table', { name: `Bijdrage van Eindhoven per opdracht, ${YEAR}` });
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    for (const share of mine.byAssignment) expect(text).toContain(euros(share.amountCents));
    expect(await table.getByRole('row', { name: /Totaal/ }).textContent()).toContain(
      euros(mine.totalCents),
    );
    await page
      .getByText('tot en met 24 november 2026 een zienswijze indienen', { exact: false })
      .waitFor();
    await expectNoSeriousViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Raadsinformatiepakket downloaden (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`raadsinformatiepakket-eindhoven-${YEAR}.pdf`);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes.length).toBeGreaterThan(5_000);
    await context.close();
  });

  it('opens the response memo from the ratification matrix', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'council.eindhoven@koers.demo');
    await page.goto(`/programma/${programmeId}/raden`);
    await page.getByRole('link', { name: 'Nota van beantwoording (pagina en PDF)' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Nota van beantwoording: ${TITLE}` })
      .waitFor(SLOW);
    await page
      .getByText('Geen enkele raad heeft in deze ronde een zienswijze ingediend.')
      .waitFor();
    await expectNoSeriousViolations(page);
    await context.close();
  });
});
