import { Browser, Page } from 'playwright-core';
import {
  createEmptyMreProgramme,
  expectNoSeriousViolations,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

/**
 * The MRE bureau drafts a programme of its own (2031, so the other tests' programmes stay as
 * they are) and then reads its log: who did what, in which role, with the fields in Dutch,
 * names instead of ids, years as years and money as money.
 */
const YEAR = '2031';
const PROGRAMME = `Werkprogramma ${YEAR} Metropoolregio Eindhoven`;
const SLOW = { timeout: 30_000 };

describe("a programme's log", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await signIn(page, 'bureau@koers.demo');
  });
  afterAll(() => browser.close());

  it('shows who did what, in which role, with Dutch field names and names instead of ids', async () => {
    await createEmptyMreProgramme(page, YEAR);

    await page.getByRole('link', { name: 'Nieuwe opdracht' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe opdracht' }).waitFor();
    await page.getByLabel('Opgave').selectOption({ index: 1 });
    const theme = (await page.getByLabel('Opgave').locator('option:checked').textContent()) ?? '';
    await page.getByLabel('Code').fill('MRE-2031-01');
    await page.getByLabel('Titel').fill('Slimme logistiek');
    await page.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
    await page.getByLabel('Begrotingsregel 1: bedrag (euro)').pressSequentially('250.000');
    await page.getByRole('button', { name: 'Opdracht opslaan' }).click();
    await page.getByText('Opdracht MRE-2031-01 “Slimme logistiek” is opgeslagen.').waitFor(SLOW);

    await page
      .getByRole('navigation', { name: 'Onderdelen van dit programma' })
      .getByRole('link', { name: 'Logboek' })
      .click();
    await page.getByRole('heading', { level: 1, name: `Logboek van ${PROGRAMME}` }).waitFor(SLOW);
    await page.getByRole('heading', { name: 'Gebeurtenissen 1–2 van 2' }).waitFor(SLOW);

    const created = page.getByRole('article', { name: 'Programma aangemaakt' });
    expect(await created.textContent()).toContain('Demo regiobureau MRE (Regiobureau)');
    const year = created.getByRole('row', { name: /^Jaar/ });
    expect(await year.textContent()).toBe(`Jaar(leeg)${YEAR}`);
    await created
      .getByRole('row', { name: /^Status/ })
      .getByText('Concept')
      .waitFor();

    const assignment = page.getByRole('article', {
      name: 'Opdracht MRE-2031-01 Slimme logistiek aangemaakt',
    });
    expect(await assignment.textContent()).toContain('Demo regiobureau MRE (Regiobureau)');
    expect(
      await assignment
        .getByRole('row', { name: /^Opgave/ })
        .first()
        .textContent(),
    ).toContain(theme.trim());
    expect(await assignment.getByRole('row', { name: /^Totale begroting/ }).textContent()).toBe(
      'Totale begroting(leeg)€\u00a0250.000,00',
    );
    expect(await assignment.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await expectNoSeriousViolations(page);

    // Only what one person did, only one kind of event: the totals follow the filters.
    await page.getByLabel('Soort gebeurtenis').selectOption({ label: 'Overgangen van status' });
    await page.getByText('Niets gevonden met deze filters.').waitFor(SLOW);
    await page
      .getByLabel('Soort gebeurtenis')
      .selectOption({ label: 'Wijzigingen van opdrachten' });
    await page.getByRole('heading', { name: 'Gebeurtenissen 1–1 van 1' }).waitFor(SLOW);
    await page
      .getByLabel('Door wie')
      .selectOption({ label: 'Demo regiobureau MRE (Regiobureau) — 2 wijzigingen' });
    await page.getByRole('heading', { name: 'Gebeurtenissen 1–1 van 1' }).waitFor(SLOW);
    expect(page.url()).toMatch(/soort=assignment&persoon=[0-9a-f-]{36}$/);
    await expectNoSeriousViolations(page);
  });
});
