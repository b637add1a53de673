import { Browser, Locator, Page } from 'playwright-core';
import {
  createEmptyMreProgramme,
  expectNoSeriousViolations,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

/**
 * The MRE bureau gives an assignment a surcharge key (Eindhoven and Helmond, the main
 * beneficiaries, pay 20% on top) and sees the split per municipality follow its typing before it
 * saves. It works in a programme of its own (2030), so the flow test's 2026 programme is untouched.
 */
const YEAR = '2030';
const KEY = 'Verdeelsleutel voor de bijdrage van de gemeenten';
const SLOW = { timeout: 30_000 };

/** "€ 1.234,56" → 123456. */
function cents(text: string | null): number {
  const match = /€\s?([\d.]+),(\d{2})/.exec(text ?? '');
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1].replace(/\./g, '')) * 100 + Number(match[2]);
}

/** The preview's row of one municipality: inhabitants and contribution. */
async function previewRow(preview: Locator, name: string) {
  const cells = preview.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
  return {
    population: Number(((await cells.nth(0).textContent()) ?? '').replace(/\D/g, '')),
    cents: cents(await cells.nth(1).textContent()),
  };
}

async function populations(preview: Locator): Promise<number[]> {
  const texts = await preview.locator('tbody tr td:first-of-type').allTextContents();
  return texts.map((text) => Number(text.replace(/\D/g, '')));
}

describe('the surcharge key in the assignment form', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await signIn(page, 'bureau@koers.demo');
  });
  afterAll(() => browser.close());

  it('lets the bureau set a surcharge, see the split per municipality, and save it', async () => {
    await createEmptyMreProgramme(page, YEAR);

    await page.getByRole('link', { name: 'Nieuwe opdracht' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe opdracht' }).waitFor();
    await page.getByLabel('Opgave').selectOption({ index: 1 });
    await page.getByLabel('Code').fill('MRE-2030-01');
    await page.getByLabel('Titel').fill('Brainport-bereikbaarheid');
    await page.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
    await page.getByLabel('Begrotingsregel 1: bedrag (euro)').pressSequentially('100.000');

    const preview = page.getByRole('region', { name: 'Bijdrage per gemeente (voorbeeld)' });
    const total = preview.getByRole('row', { name: /^Totaal/ });
    await total.waitFor();
    expect(cents(await total.textContent())).toBe(100_000_00);
    const before = await previewRow(preview, 'Eindhoven');

    await page.getByLabel(KEY).selectOption('surcharge');
    await page.getByLabel('Toeslag (procent van de bijdrage)').pressSequentially('20');
    const payers = page.getByRole('group', { name: 'Wie betaalt de toeslag' });
    await payers.getByLabel('Eindhoven').check();
    await payers.getByLabel('Helmond').check();
    await preview
      .getByText(/Toeslag van 20% voor Eindhoven en Helmond; de rest per inwoner/)
      .waitFor();

    // Eindhoven now pays its share of 80% by population plus its share of 20% with Helmond,
    // each share within a cent of exact, and the shares still add up to the amount.
    const all = await populations(preview);
    const eindhoven = await previewRow(preview, 'Eindhoven');
    const helmond = await previewRow(preview, 'Helmond');
    const exact =
      (80_000_00 * eindhoven.population) / all.reduce((sum, p) => sum + p, 0) +
      (20_000_00 * eindhoven.population) / (eindhoven.population + helmond.population);
    expect(Math.abs(eindhoven.cents - exact)).toBeLessThan(1);
    expect(eindhoven.cents).toBeGreaterThan(before.cents);
    expect(cents(await total.textContent())).toBe(100_000_00);
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Opdracht opslaan' }).click();
    await page
      .getByText('Opdracht MRE-2030-01 “Brainport-bereikbaarheid” is opgeslagen.')
      .waitFor(SLOW);

    // Opened again, the key is the surcharge key as saved, and so is the split.
    await page.getByRole('link', { name: /Brainport-bereikbaarheid/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Opdracht MRE-2030-01 bewerken' })
      .waitFor(SLOW);
    expect(await page.getByLabel(KEY).inputValue()).toBe('surcharge');
    expect(await page.getByLabel('Toeslag (procent van de bijdrage)').inputValue()).toBe('20');
    expect((await previewRow(preview, 'Eindhoven')).cents).toBe(eindhoven.cents);
  });
});
