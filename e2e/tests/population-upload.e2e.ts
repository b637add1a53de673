import { Browser } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newPage, signIn } from '../support/browser';

/**
 * The MRE bureau uploads CBS StatLine's table of inhabitants on 1 January as StatLine exports
 * it, sees the preview (matched, unused lines, missing municipalities), stores it, and finds the
 * figures in the municipalities' population history. The year is 2019: older than every demo
 * figure of MRE (2024), so no current population and no split of another test changes.
 */
const SLOW = { timeout: 30_000 };
const STATLINE = [
  '"Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio";;;',
  '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)";',
  '"Asten";"2019";"16.754";',
  '"GM0753";"2019";"29.950";',
  '"Zwolle";"2019";"127.497";',
  '"Bergeijk";"2019";".";',
  '"Bron: CBS";;;',
].join('\r\n');

describe('the bureau uploads a population CSV', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('previews the CBS StatLine table, stores it, and the populations show up', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau@koers.demo');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Beheer' })
      .click();
    await page.getByRole('link', { name: 'Inwonertallen uit CBS StatLine' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Inwonertallen uit CBS StatLine' })
      .waitFor(SLOW);
    await expectNoSeriousViolations(page);

    await page.getByLabel('CSV-bestand uit StatLine').setInputFiles({
      name: 'bevolking-2019.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(STATLINE, 'utf8'),
    });
    await page.getByRole('textbox', { name: 'Bron' }).fill('CBS StatLine 03759ned, 1 januari 2019');
    await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
    const preview = page.getByRole('table', { name: '2 inwonertallen uit het bestand' });
    await preview.waitFor(SLOW);
    expect(await preview.getByRole('row', { name: /^Asten/ }).textContent()).toMatch(
      /1 januari 2019.*16\.754.*Wordt vastgelegd/,
    );
    expect(await preview.getByRole('row', { name: /^Best/ }).textContent()).toContain('29.950');
    await page.getByText(/Zwolle — geen gemeente van deze regio/).waitFor();
    await page.getByText(/Bergeijk — geen inwonertal/).waitFor();
    await page.getByText(/gemeenten van de regio staan niet in het bestand/).waitFor();
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Inwonertallen vastleggen' }).click();
    await page
      .getByText(
        '2 inwonertallen zijn vastgelegd met bron ‘CBS StatLine 03759ned, 1 januari 2019’.',
      )
      .waitFor(SLOW);

    await page.getByRole('link', { name: 'Naar de gemeenten van de regio' }).click();
    await page
      .getByRole('table', { name: /gemeenten/ })
      .getByRole('link', { name: /inwoners van Asten/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Inwonertal van Asten' }).waitFor(SLOW);
    const history = page.getByRole('table', { name: /vastgelegde inwonertallen/ });
    expect(await history.getByRole('row', { name: /1 januari 2019/ }).textContent()).toContain(
      'CBS StatLine 03759ned, 1 januari 2019',
    );
    // The current population stays the newer 2024 figure.
    await page
      .getByText(/17\.294/)
      .first()
      .waitFor();
    await context.close();
  });
});
