import { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, signIn } from '../support/browser';

/**
 * A refusal (409: a population at a date the municipality already has) and a validation error
 * (400: a source longer than the API takes) read in the language the reader chose: English in
 * the English interface, Dutch in the Dutch one. Nothing is stored: both are refused.
 */
describe('problems in the chosen language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function openBestPopulation(page: Page): Promise<string> {
    await signIn(page, 'bureau@koers.demo');
    await page.getByRole('link', { name: 'Metropoolregio Eindhoven (MRE)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Metropoolregio Eindhoven' }).waitFor();
    const regionId = new URL(page.url()).pathname.split('/')[2];
    const best = await page.evaluate(async (id) => {
      const answer = await fetch(`/api/regions/${id}/municipalities?limit=200`);
      const list = (await answer.json()) as {
        items: { id: string; name: string; populationReferenceDate: string | null }[];
      };
      return list.items.find((m) => m.name === 'Best');
    }, regionId);
    if (!best?.populationReferenceDate) throw new Error('Best has no demo population');
    await page.goto(`/regio/${regionId}/gemeenten/${best.id}/inwoners`);
    return best.populationReferenceDate.slice(0, 10);
  }

  async function record(page: Page, labels: string[], date: string, source: string) {
    const [dateLabel, populationLabel, sourceLabel, button] = labels;
    await page.getByRole('textbox', { name: dateLabel, exact: true }).fill(date);
    await page.getByRole('textbox', { name: populationLabel, exact: true }).fill('30000');
    await page.getByRole('textbox', { name: sourceLabel, exact: true }).fill(source);
    await page.getByRole('button', { name: button }).click();
  }

  it('says a refusal and a field error in English in the English interface', async () => {
    const { context, page } = await newPage(browser);
    const taken = await openBestPopulation(page);
    await page.getByRole('button', { name: 'English' }).click();
    const labels = ['Reference date', 'Population', 'Source', 'Record population'];
    await page.getByRole('heading', { level: 1, name: /Best/ }).waitFor();
    await record(page, labels, taken, 'CBS');
    await page.getByText(`Best already has a population on ${taken}`).first().waitFor();
    await record(page, labels, '2031-01-01', 'x'.repeat(2001));
    await page.getByText('is too long').first().waitFor();
    expect(await page.getByText(/heeft al een inwonertal|is te lang/).count()).toBe(0);
    await context.close();
  });

  it('and in Dutch in the Dutch one', async () => {
    const { context, page } = await newPage(browser);
    const taken = await openBestPopulation(page);
    const labels = ['Peildatum', 'Inwonertal', 'Bron', 'Inwonertal vastleggen'];
    await page.getByRole('heading', { level: 1, name: /Best/ }).waitFor();
    await record(page, labels, taken, 'CBS');
    await page.getByText(`Best heeft al een inwonertal op ${taken}`).first().waitFor();
    await record(page, labels, '2031-01-01', 'x'.repeat(2001));
    await page.getByText('is te lang').first().waitFor();
    await context.close();
  });
});
