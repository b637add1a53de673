import { Browser } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newPage, signIn } from '../support/browser';

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
    await expectNoSeriousViolations(page);
    await context.close();
  });

  it('say for Regio Zwolle which populations are unknown instead of inventing them', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau.zwolle@koers.demo');
    await page.getByRole('link', { name: 'Regio Zwolle (Regio Zwolle)', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Regio Zwolle' }).waitFor();
    await page.getByText(/is het inwonertal niet bekend in de bron/).waitFor();
    const members = page.getByRole('table', { name: '22 gemeenten' });
    expect(await members.getByText('Onbekend').count()).toBeGreaterThan(0);
    await expectNoSeriousViolations(page);
    await context.close();
  });

  it('let the bureau start next year’s programme and lead it straight to the new workspace', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau.zwolle@koers.demo');
    await page.getByRole('link', { name: 'Regio Zwolle (Regio Zwolle)', exact: true }).click();
    // The region's page first: the link is then the region's own, not one on the page before.
    await page.getByRole('heading', { level: 1, name: 'Regio Zwolle' }).waitFor();
    await page.getByRole('link', { name: 'Nieuw jaarprogramma' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw jaarprogramma' }).waitFor();
    const year = page.getByRole('textbox', { name: 'Jaar' });
    await year.fill('2027');
    expect(await page.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(
      'Werkprogramma 2027 Regio Zwolle',
    );
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Programma aanmaken' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Werkprogramma 2027 Regio Zwolle' })
      .waitFor();
    await page.getByText('Jaarprogramma 2027 is aangemaakt. Voeg nu de opdrachten toe.').waitFor();
    await page.getByRole('link', { name: 'Nieuwe opdracht' }).waitFor();

    // The introduction the councils read first is written afterwards, in its own form.
    await page.getByRole('link', { name: 'Programma bewerken' }).click();
    await page.getByRole('textbox', { name: 'Inleiding' }).fill('Samen werken aan de regio.');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De wijzigingen in het programma zijn opgeslagen.').waitFor();
    await page.getByRole('link', { name: 'Programma bewerken' }).click();
    expect(await page.getByRole('textbox', { name: 'Inleiding' }).inputValue()).toBe(
      'Samen werken aan de regio.',
    );

    // Back home: the region lists 2027 as a draft, and the next suggestion is 2028.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Start' })
      .click();
    await page.getByRole('link', { name: 'Regio Zwolle (Regio Zwolle)', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Regio Zwolle' }).waitFor();
    await page
      .getByRole('region', { name: 'Jaarprogramma’s' })
      .getByRole('row', { name: /2027.*Concept/ })
      .waitFor();
    await page.getByRole('link', { name: 'Nieuw jaarprogramma' }).click();
    expect(await page.getByRole('textbox', { name: 'Jaar' }).inputValue()).toBe('2028');
    // Offered to take 2027's assignments over: ticked, and a ticked box looks ticked.
    const takeOver = page.getByRole('checkbox', {
      name: 'Neem de lopende opdrachten over uit Werkprogramma 2027 Regio Zwolle',
    });
    expect(await takeOver.isChecked()).toBe(true);
    const fill = () => takeOver.evaluate((box) => getComputedStyle(box).backgroundColor);
    const ticked = await fill();
    await takeOver.uncheck();
    expect(await fill()).not.toBe(ticked);
    await context.close();
  });
});
