import { Browser, Page } from 'playwright-core';
import { launchBrowser, lookAt, newPage, signIn } from '../support/browser';

/**
 * Issue 18 item 2 in the browser. The MRE bureau adds an external programme its region maintains,
 * edits it and finds it in the list (the name carries the time, so reruns do not clash). Then the
 * administration screens are looked at, each axe-clean and without sideways scrolling at 390 px:
 * the bureau's (home, population upload preview, partner/person/theme/programme add) and the
 * administrator's (accounts, region settings). Screenshots go to KOERS_E2E_SHOTS when set.
 */
const SLOW = { timeout: 30_000 };

async function openAdmin(page: Page) {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Beheer' })
    .click();
  await page
    .getByRole('heading', { level: 1, name: /Beheer van Metropoolregio Eindhoven/ })
    .waitFor(SLOW);
}

describe('external programmes and the administration screens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the bureau adds an external programme, edits it, and sees it in the list', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau@koers.demo');
    await openAdmin(page);
    await page.getByRole('link', { name: 'Externe programma’s' }).click();
    await page.getByRole('heading', { level: 1, name: 'Externe programma’s' }).waitFor(SLOW);
    // The seeded national programmes are shared: listed, but not the bureau's to edit.
    const list = page.getByRole('region', { name: 'Externe programma’s' });
    const delta = list.getByRole('listitem').filter({ hasText: /^Deltaprogramma/ });
    expect(await delta.textContent()).toBe('Deltaprogramma — landelijk, gedeeld');
    await lookAt(page, 'admin-external-programmes');

    await page.getByRole('link', { name: 'Extern programma toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Extern programma toevoegen' }).waitFor(SLOW);
    await lookAt(page, 'admin-external-programme-add');
    const name = `Programma Ruimte voor de Dommel ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Naam' }).fill(name);
    await page.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'provinciaal' });
    await page.getByRole('textbox', { name: 'Beschrijving' }).fill('Provincie Noord-Brabant');
    await page.getByRole('button', { name: 'Programma toevoegen' }).click();
    const added = list.getByRole('listitem').filter({ hasText: name });
    await added.waitFor(SLOW);
    expect(await added.textContent()).toBe(`${name} — provinciaal, van deze regio bewerken`);

    await added.getByRole('link', { name: `${name} bewerken` }).click();
    await page.getByRole('heading', { level: 1, name: 'Extern programma bewerken' }).waitFor(SLOW);
    expect(await page.getByRole('textbox', { name: 'Beschrijving' }).inputValue()).toBe(
      'Provincie Noord-Brabant',
    );
    await lookAt(page, 'admin-external-programme-edit');
    await page.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'landelijk' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Externe programma’s' }).waitFor(SLOW);
    await list
      .getByRole('listitem')
      .filter({ hasText: `${name} — landelijk, van deze regio` })
      .waitFor(SLOW);
    await context.close();
  }, 240_000);

  it('the bureau’s administration screens read well at 1280 and 390 px', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau@koers.demo');
    await openAdmin(page);
    await lookAt(page, 'admin-home');

    await page.getByRole('link', { name: 'Inwonertallen uit CBS StatLine' }).click();
    await page.getByLabel('CSV-bestand uit StatLine').setInputFiles({
      name: 'bevolking-2018.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"\r\n"Asten";"2018";"16.700"\r\n',
        'utf8',
      ),
    });
    await page.getByRole('textbox', { name: 'Bron' }).fill('CBS StatLine, 1 januari 2018');
    await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
    // Only the preview: nothing is stored, so no population of another test changes.
    await page.getByRole('table', { name: '1 inwonertal uit het bestand' }).waitFor(SLOW);
    await lookAt(page, 'admin-population-preview');

    for (const [link, screen] of [
      ['Partner toevoegen', 'organisation-add'],
      ['Persoon toevoegen', 'person-add'],
      ['Opgave toevoegen', 'theme-add'],
    ]) {
      await openAdmin(page);
      await page.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: link }).waitFor(SLOW);
      await page.getByRole('textbox').first().waitFor(SLOW);
      await lookAt(page, `admin-${screen}`);
    }
    await context.close();
  }, 240_000);

  it('the administrator’s screens read well at 1280 and 390 px', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@koers.demo');
    await openAdmin(page);
    await page.getByRole('link', { name: 'Accounts en rollen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts en rollen' }).waitFor(SLOW);
    await page.getByRole('listitem', { name: 'Demo beheerder MRE' }).waitFor(SLOW);
    await lookAt(page, 'admin-accounts');

    await openAdmin(page);
    await page.getByRole('link', { name: 'Instellingen van de regio' }).click();
    await page.getByRole('combobox', { name: 'Samenwerkingsvorm' }).waitFor(SLOW);
    await lookAt(page, 'admin-region-settings');
    await context.close();
  }, 240_000);
});
