import { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newPage, signIn } from '../support/browser';

/** Opens the edit screen of the region's first person, from the region page. */
async function openFirstPerson(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Metropoolregio Eindhoven (MRE)' }).click();
  const people = page.getByRole('region', { name: 'Personen' });
  const edit = people.getByRole('link', { name: / bewerken$/ }).first();
  const label = (await edit.getAttribute('aria-label')) ?? '';
  await edit.click();
  await page.getByRole('heading', { level: 1, name: 'Persoon bewerken' }).waitFor();
  return label.replace(/ bewerken$/, '');
}

describe('editing a person of the region', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('tells the second of two editors that someone else saved first, and keeps what they typed', async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    await signIn(first.page, 'bureau@koers.demo');
    await signIn(second.page, 'bureau@koers.demo');
    const name = await openFirstPerson(first.page);
    expect(await openFirstPerson(second.page)).toBe(name);

    const fn = (page: Page) => page.getByRole('textbox', { name: 'Functie' });
    await fn(first.page).fill('wethouder Mobiliteit (eerste)');
    await first.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await first.page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    await expectNoSeriousViolations(first.page);

    await fn(second.page).fill('wethouder Wonen (tweede)');
    await second.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await second.page
      .getByRole('heading', { name: 'Iemand anders heeft deze persoon intussen gewijzigd' })
      .waitFor();
    expect(await fn(second.page).inputValue()).toBe('wethouder Wonen (tweede)');
    await expectNoSeriousViolations(second.page);

    // Nothing was lost: the first change stands until the second editor chooses to save theirs.
    await second.page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    expect(await fn(second.page).inputValue()).toBe('wethouder Mobiliteit (eerste)');
    await first.context.close();
    await second.context.close();
  });
});
