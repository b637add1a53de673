import { Browser } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newPage, signIn } from '../support/browser';

/**
 * The Regio Zwolle bureau records a population the demo source does not have (Dalfsen), with its
 * date and source, from the region's list of municipalities; the list then shows it.
 */
describe('recording a population', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lets the bureau record a population with its date and source', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau.zwolle@koers.demo');
    await page.getByRole('link', { name: 'Regio Zwolle (Regio Zwolle)', exact: true }).click();
    const members = page.getByRole('table', { name: '22 gemeenten' });
    await members.getByRole('link', { name: /inwoners van Dalfsen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Inwonertal van Dalfsen' }).waitFor();
    await page.getByText('Er is nog geen inwonertal vastgelegd.').waitFor();
    await expectNoSeriousViolations(page);

    await page.getByRole('textbox', { name: 'Peildatum', exact: true }).fill('2026-01-01');
    await page.getByRole('textbox', { name: 'Inwonertal', exact: true }).fill('27.430');
    await page
      .getByRole('textbox', { name: 'Bron', exact: true })
      .fill('CBS StatLine, bevolking op 1 januari 2026');
    await page.getByRole('button', { name: 'Inwonertal vastleggen' }).click();
    await page
      .getByText('Het inwonertal van Dalfsen is vastgelegd: 27.430 op 1 januari 2026.')
      .waitFor({ timeout: 30_000 });
    const history = page.getByRole('table', { name: '1 vastgelegd inwonertal' });
    expect(await history.getByRole('row', { name: /1 januari 2026/ }).textContent()).toContain(
      'CBS StatLine, bevolking op 1 januari 2026',
    );
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: 'Terug naar de regio' }).click();
    const dalfsen = page.getByRole('table', { name: '22 gemeenten' }).getByRole('row', {
      name: /^Dalfsen/,
    });
    // The list is read again after the recording: the figure replaces "Onbekend".
    await dalfsen.getByText('27.430').waitFor();
    expect(await dalfsen.textContent()).toContain('1 januari 2026');
    await context.close();
  });
});
