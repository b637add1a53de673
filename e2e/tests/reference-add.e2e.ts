import { Browser } from 'playwright-core';
import { launchBrowser, lookAt, newPage, signIn } from '../support/browser';

describe('adding a partner to the region', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the bureau adds a partner from the region page and finds it in the list', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'bureau@koers.demo');
    await page.getByRole('link', { name: 'Metropoolregio Eindhoven (MRE)' }).click();
    await page.getByRole('link', { name: 'Partner toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner toevoegen' }).waitFor();
    await lookAt(page, 'admin-create');
    const name = `Testpartner ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Naam' }).fill(name);
    await page.getByRole('combobox', { name: 'Soort organisatie' }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByRole('region', { name: 'Partners' }).getByText(name).waitFor();
    await context.close();
  }, 240_000);
});
