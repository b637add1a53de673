import { Browser, Page } from 'playwright-core';
import {
  createEmptyMreProgramme,
  expectNoSeriousViolations,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

/**
 * The MRE bureau makes a surcharge (Eindhoven and Helmond pay 20% on top) the default key of a
 * draft programme of its own (2032), sees it named whole and previewed over the region's 21
 * municipalities, saves it, and finds a new assignment offering it under that name.
 */
const YEAR = '2032';
const PROGRAMME = `Werkprogramma ${YEAR} Metropoolregio Eindhoven`;
const KEY = 'Verdeelsleutel voor de bijdrage van de gemeenten';
const SURCHARGE = 'Toeslag van 20% voor Eindhoven en Helmond; de rest per inwoner';
const SLOW = { timeout: 30_000 };

describe('the default key in the programme’s settings', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await signIn(page, 'bureau@koers.demo');
  });
  afterAll(() => browser.close());

  it('lets the bureau set a surcharge as the programme’s default, named and previewed', async () => {
    await createEmptyMreProgramme(page, YEAR);

    await page.getByRole('link', { name: 'Programma bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programma bewerken' }).waitFor(SLOW);
    const preview = page.getByRole('region', { name: 'Bijdrage per gemeente (voorbeeld)' });
    await preview.getByText('Bijdrage van 21 gemeenten').waitFor();

    await page.getByLabel(KEY).selectOption('surcharge');
    await page.getByLabel('Toeslag (procent van de bijdrage)').pressSequentially('20');
    const payers = page.getByRole('group', { name: 'Wie betaalt de toeslag' });
    await payers.getByLabel('Eindhoven').check();
    await payers.getByLabel('Helmond').check();
    await preview.getByText(SURCHARGE).waitFor();
    expect(await preview.textContent()).not.toContain('“Per inwoner”');
    expect(await preview.getByRole('row', { name: /^Totaal/ }).textContent()).toMatch(
      /€\s100\.000,00/,
    );
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor(SLOW);

    // A new assignment offers the programme's key under its own name, never "Per inwoner".
    await page.getByRole('link', { name: 'Nieuwe opdracht' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe opdracht' }).waitFor(SLOW);
    const inherited = page.getByLabel(KEY).locator('option[value="inherit"]');
    expect(await inherited.textContent()).toBe(`De sleutel van het programma: ${SURCHARGE}`);
  });
});
