import { Browser, Page } from 'playwright-core';
import {
  createEmptyMreProgramme,
  launchBrowser,
  lookAt,
  newPage,
  signIn,
} from '../support/browser';

/**
 * The MRE bureau imports two assignments into an empty draft of its own (2037) from a CSV: a
 * first file with a wrong amount shows the problem by row and column and stores nothing; the
 * corrected file previews the creates, and the confirm stores them.
 */
const YEAR = '2037';
const SLOW = { timeout: 30_000 };
const HEADER = 'Soort;Code;Opgave;Titel;Bron;Jaar;Bedrag;Leverancier;Fte';
const csv = (amount: string) =>
  [
    HEADER,
    'Opdracht;IMP-01;Mobiliteit;Snelfietsroute uit een bestand;;;;;',
    'Opdracht;IMP-02;Toekomstige energiesystemen;Warmtenet uit een bestand;;;;;',
    `Begroting;IMP-01;;;Provincie;${YEAR};"${amount}";;`,
    `Capaciteit;IMP-01;;;;${YEAR};;Regiobureau;"0,5"`,
  ].join('\r\n');
const file = (name: string, amount: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${csv(amount)}`, 'utf8'),
});

describe('importing assignments with a dry run', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await signIn(page, 'bureau@koers.demo');
  });
  afterAll(() => browser.close());

  it('shows the problems and stores nothing, then previews and stores the corrected file', async () => {
    await createEmptyMreProgramme(page, YEAR);
    await page.getByRole('link', { name: 'Opdrachten importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opdrachten importeren' }).waitFor(SLOW);
    await page.getByRole('link', { name: 'Sjabloon als Excel-werkmap (XLSX)' }).waitFor();

    const input = page.getByLabel('Bestand (XLSX of CSV, hoogstens 10 MB)');
    await input.setInputFiles(file('fout.csv', 'twaalf euro'));
    await page.getByRole('button', { name: 'Controleren' }).click();
    const problems = page.getByRole('table', { name: 'Problemen' });
    await problems.waitFor(SLOW);
    expect(await problems.getByRole('row').nth(1).textContent()).toMatch(
      /Begrotingsregels\s*4\s*Bedrag\s*‘twaalf euro’ is geen bedrag/,
    );
    expect(await page.getByRole('button', { name: 'Importeren bevestigen' }).count()).toBe(0);
    await lookAt(page, 'import-problems');

    await input.setInputFiles(file('goed.csv', '€ 12.500,50'));
    await page.getByRole('button', { name: 'Controleren' }).click();
    const creates = page.getByRole('table', { name: 'Nieuwe opdrachten' });
    await creates.waitFor(SLOW);
    expect(await creates.getByRole('row').nth(1).textContent()).toMatch(
      /IMP-01.*Snelfietsroute uit een bestand.*€\s12\.500,50/,
    );
    expect(await page.getByText('Voorbeeld: er is nog niets opgeslagen').count()).toBe(1);
    await lookAt(page, 'import-preview');

    await page.getByRole('button', { name: 'Importeren bevestigen' }).click();
    await page.getByText('2 opdracht(en) opgeslagen.').waitFor(SLOW);
    await page.getByRole('link', { name: 'Terug naar het programma' }).last().click();
    await page.getByText('Snelfietsroute uit een bestand').first().waitFor(SLOW);
    expect(await page.getByText('Warmtenet uit een bestand').count()).toBeGreaterThan(0);
  });
});
