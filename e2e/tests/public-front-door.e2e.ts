import { Browser } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newPage } from '../support/browser';
import { adoptedMre2041Id, MRE_2041 } from '../support/programmes-2041';

/**
 * Issue 18 §3: a visitor finds the adopted programmes on the home page, searches by municipality,
 * opens a programme and a municipality's public page; on a page that needs an account they are
 * sent to sign in and brought back. The MRE programme of 2041 is this helper's own.
 */
const SLOW = { timeout: 30_000 };

describe('the public front door', () => {
  let browser: Browser;
  let programmeId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    programmeId = await adoptedMre2041Id(browser);
  }, 120_000);

  afterAll(() => browser.close());

  it('takes a visitor from the home page by a municipality to a programme and that municipality’s page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Openbare jaarprogramma’s' }).waitFor(SLOW);
    await page.getByRole('link', { name: MRE_2041 }).waitFor(SLOW);

    await page.getByRole('searchbox', { name: 'Zoek op regio of gemeente' }).fill('Geldrop');
    await page.getByRole('link', { name: 'Wat Geldrop-Mierlo betaalt' }).waitFor(SLOW);
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: MRE_2041 }).click();
    await page.getByRole('heading', { level: 1, name: MRE_2041 }).waitFor(SLOW);
    expect(page.url()).toContain(`/openbaar/programma/${programmeId}`);

    await page.goBack();
    await page.getByRole('searchbox', { name: 'Zoek op regio of gemeente' }).fill('Geldrop');
    await page.getByRole('link', { name: 'Wat Geldrop-Mierlo betaalt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geldrop-Mierlo' }).waitFor(SLOW);
    expect(page.url()).toMatch(/\/openbaar\/gemeente\/geldrop-mierlo$/);
    const row = page.getByRole('row', { name: new RegExp(MRE_2041) });
    expect(await row.textContent()).toMatch(/€\s?[1-9]/);
    await expectNoSeriousViolations(page);

    // Reachable by its name alone, and a name that is no member says so.
    await page.goto('/openbaar/gemeente/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Gemeente niet gevonden' }).waitFor(SLOW);
    await context.close();
  });

  it('sends a visitor on a page that needs an account to sign in, and back to that page after', async () => {
    const { context, page } = await newPage(browser);
    const target = `/programma/${programmeId}/logboek`;
    await page.goto(target);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor(SLOW);
    expect(new URL(page.url()).searchParams.get('terug')).toBe(target);
    expect(await page.getByText(/kon niet worden geladen/).count()).toBe(0);

    await page.getByRole('button', { name: 'Vul bureau@koers.demo in' }).click();
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.waitForURL(`**${target}`, SLOW);
    await page.getByRole('button', { name: 'Afmelden' }).waitFor(SLOW);
    await page.getByRole('heading', { level: 1 }).waitFor(SLOW);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Aanmelden');
    await context.close();
  });
});
