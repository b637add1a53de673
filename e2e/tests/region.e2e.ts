import { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityViolations, signIn } from '../support/browser';

describe('the demo regions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lead from the first page to Metropoolregio Eindhoven with its programme, themes and 21 municipalities', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'observer@koers.demo');
    await page.getByRole('link', { name: 'Metropoolregio Eindhoven (MRE)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Metropoolregio Eindhoven' }).waitFor();

    const programmes = page.getByRole('region', { name: 'Jaarprogramma’s' });
    await programmes.getByRole('row', { name: /2026/ }).waitFor();
    await page.getByText('Mobiliteit (2023–2026)').waitFor();
    const members = page.getByRole('table', { name: '21 gemeenten' });
    await members
      .getByRole('row', { name: /Eindhoven/ })
      .first()
      .waitFor();
    expect(await members.getByRole('row', { name: /Totaal/ }).textContent()).toContain('807.025');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('say for Regio Zwolle which populations are unknown instead of inventing them', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau.zwolle@koers.demo');
    await page.getByRole('link', { name: /Regio Zwolle/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Regio Zwolle' }).waitFor();
    await page.getByText(/is het inwonertal niet bekend in de bron/).waitFor();
    const members = page.getByRole('table', { name: '22 gemeenten' });
    expect(await members.getByText('Onbekend').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
