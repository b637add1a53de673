import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiOk,
  launchBrowser,
  newPage,
  seriousAccessibilityViolations,
  signIn,
} from '../support/browser';

/**
 * Issue 16: the demo portfolio holder writes the missing autumn report of an assignment of the
 * demo 2025 programme (in execution) with spend, a KPI value and a milestone, and submits it; the
 * bureau finds it in the programme's progress overview and accepts it. Uses the demo 2025
 * programme (its reports are read by the bestuursrapportage test of exec-rollup, which extends
 * this one). Screenshots at 1280 and 390 px go to KOERS_E2E_SHOTS when set.
 */
const TODAY = process.env.KOERS_E2E_TODAY ?? '2026-10-01';
const SLOW = { timeout: 30_000 };
const SHOTS = process.env.KOERS_E2E_SHOTS;

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** The page fits 390 px without sideways scrolling; both widths photographed when asked. */
async function lookAt(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    if (width === 390) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    }
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('a portfolio holder reports progress and the bureau accepts it', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** What later steps (the bestuursrapportage) build on. */
  const found = { programmeId: '', assignmentId: '' };

  async function as(email: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00+02:00`));
    contexts.push(context);
    await signIn(page, email);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('lets the portfolio holder write and submit the missing autumn report', async () => {
    const holder = await as('portfolio@koers.demo');
    const regions = await apiOk<{ items: { id: string; shortName: string }[] }>(
      holder,
      'GET',
      '/regions',
    );
    const regionId = regions.items.find((r) => r.shortName === 'MRE')?.id ?? '';
    const programmes = await apiOk<{ items: { id: string; year: number }[] }>(
      holder,
      'GET',
      `/regions/${regionId}/programmes`,
    );
    found.programmeId = programmes.items.find((p) => p.year === 2025)?.id ?? '';
    const assignments = await apiOk<{ items: { id: string; code: string }[] }>(
      holder,
      'GET',
      `/programmes/${found.programmeId}/assignments?q=MRE-2025-02`,
    );
    found.assignmentId = assignments.items[0].id;

    await holder.goto(`/opdracht/${found.assignmentId}`);
    await holder.getByRole('link', { name: 'Voortgangsrapportages van deze opdracht' }).click(SLOW);
    const autumn = holder.getByRole('region', { name: 'Najaarsrapportage 2025' });
    await autumn.getByText('Ontbreekt').waitFor(SLOW);
    await expectNoSeriousViolations(holder);
    await lookAt(holder, 'progress-assignment');

    await autumn.getByRole('button', { name: 'Rapportage schrijven' }).click();
    const form = holder.getByRole('form', { name: 'Rapportage over Najaarsrapportage 2025' });
    await form.getByLabel('Hoe staat de opdracht ervoor?').selectOption('aandacht_nodig');
    await form
      .getByLabel('Toelichting', { exact: true })
      .fill('Twee gemeenten leveren nog steeds geen kwartaaldata aan.');
    await form.getByLabel('Wat is er opgeleverd?').fill('Monitor voor 19 gemeenten gevuld.');
    await form.getByLabel(/^Verplicht \(€\) — inwonerbijdrage/).fill('95.000');
    await form.getByLabel(/^Uitgegeven \(€\) — inwonerbijdrage/).fill('81.250,50');
    await form.getByLabel(/^Gemeenten die kwartaaldata aanleveren: meting/).fill('19/21');
    await form.getByLabel(/^Datum van de meting — Gemeenten/).fill('2025-08-31');
    await form.getByLabel(/^Bron — Gemeenten/).fill('Regionale woningbouwmonitor');
    await form.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    await form.getByLabel('Mijlpaal 1', { exact: true }).fill('Alle 21 gemeenten aangesloten');
    await form.getByLabel('Geplande datum (1)').fill('2025-07-01');
    await expectNoSeriousViolations(holder);
    await lookAt(holder, 'progress-form');
    await form.getByRole('button', { name: 'Opslaan als concept' }).click();

    await autumn.getByText('Concept', { exact: true }).waitFor(SLOW);
    await autumn.getByText('€ 81.250,50').waitFor();
    await autumn.getByText('19/21', { exact: false }).waitFor();
    await autumn.getByText('Te laat', { exact: true }).first().waitFor();
    await autumn.getByRole('button', { name: 'Indienen bij het regiobureau' }).click();
    await autumn.getByText('Ingediend', { exact: true }).waitFor(SLOW);
  });

  it('lets the bureau find it in the programme overview and accept it', async () => {
    const bureau = await as('bureau@koers.demo');
    await bureau.goto(`/programma/${found.programmeId}/voortgang`);
    const autumn = bureau.getByRole('region', { name: 'Najaarsrapportage 2025' });
    const row = autumn.getByRole('row', { name: /MRE-2025-02/ });
    await row.getByText('Ingediend').waitFor(SLOW);
    await expectNoSeriousViolations(bureau);
    await lookAt(bureau, 'progress-overview');
    await row.getByRole('link', { name: /MRE-2025-02/ }).click();
    const section = bureau.getByRole('region', { name: 'Najaarsrapportage 2025' });
    await section.getByRole('button', { name: 'Accepteren' }).click(SLOW);
    await section.getByText(/Geaccepteerd door Demo regiobureau MRE/).waitFor(SLOW);
    await expect(
      section.getByRole('button', { name: 'Rapportage bewerken' }).count(),
    ).resolves.toBe(0);

    await bureau.goto(`/programma/${found.programmeId}/voortgang`);
    await bureau
      .getByRole('region', { name: 'Najaarsrapportage 2025' })
      .getByRole('row', { name: /MRE-2025-02/ })
      .getByText('Geaccepteerd')
      .waitFor(SLOW);
  });

  it('lets the bureau open the reporting calendar of the region', async () => {
    const bureau = await as('bureau@koers.demo');
    const regions = await apiOk<{ items: { id: string; shortName: string }[] }>(
      bureau,
      'GET',
      '/regions',
    );
    const regionId = regions.items.find((r) => r.shortName === 'MRE')?.id ?? '';
    await bureau.goto(`/regio/${regionId}/rapportagekalender`);
    await bureau.getByRole('textbox', { name: 'Naam (1)' }).waitFor(SLOW);
    expect(await bureau.getByRole('textbox', { name: 'Naam (1)' }).inputValue()).toBe(
      'Voorjaarsrapportage',
    );
    await expectNoSeriousViolations(bureau);
    await lookAt(bureau, 'reporting-calendar');
  });
});
