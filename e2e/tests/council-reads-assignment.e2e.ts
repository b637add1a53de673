import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiOk,
  expectNoSeriousViolations,
  launchBrowser,
  lookAt,
  newPage,
  signIn,
} from '../support/browser';

/**
 * Issue 15 item 1: a council clerk opens an assignment while the programme is with the councils,
 * reads it whole with their municipality's share (equal to the API's), goes on to the council pack
 * and downloads it as a PDF; and the public reads the assignment once adopted. A programme of its
 * own (2034) so the other browser tests keep theirs.
 * Screenshots at 1280 and 390 px go to KOERS_E2E_SHOTS when set.
 */
const YEAR = 2034;
const TODAY = process.env.KOERS_E2E_TODAY ?? '2026-10-01';
const PROGRAMME = `Werkprogramma ${YEAR} Metropoolregio Eindhoven (raden lezen mee)`;
const TITLE = 'Slimme logistiek op de Brainport-corridor';
const SLOW = { timeout: 30_000 };

describe('a council clerk reads an assignment during consultation', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let programmeId = '';
  let assignmentId = '';

  async function as(email: string | null): Promise<Page> {
    const { context, page } = await newPage(browser);
    await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00+02:00`));
    contexts.push(context);
    if (email) await signIn(page, email);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    // The region admin sets the stage through the API: a programme with one assignment, sent.
    const admin = await as('admin@koers.demo');
    const regions = await apiOk<{ items: { id: string; shortName: string }[] }>(
      admin,
      'GET',
      '/regions',
    );
    const regionId = regions.items.find((r) => r.shortName === 'MRE')?.id ?? '';
    const themes = await apiOk<{ items: { id: string }[] }>(
      admin,
      'GET',
      `/regions/${regionId}/themes`,
    );
    const programme = await apiOk<{ id: string }>(
      admin,
      'POST',
      `/regions/${regionId}/programmes`,
      {
        year: YEAR,
        title: PROGRAMME,
      },
    );
    programmeId = programme.id;
    const assignment = await apiOk<{ id: string }>(
      admin,
      'POST',
      `/programmes/${programmeId}/assignments`,
      {
        themeId: themes.items[0].id,
        code: `MRE-${YEAR}-01`,
        title: TITLE,
        goal: 'Minder vrachtverkeer in de spits op de A2 en A67.',
        results: ['Een gedeelde planning voor twintig vervoerders', 'Twee overslagpunten'],
        kpis: [
          {
            name: 'Vrachtritten in de spits',
            unit: 'per dag',
            baseline: '4.000',
            target: '3.200',
            targetDate: `${YEAR}-12-31`,
            broadProsperityTheme: 'environment',
          },
        ],
        budgetLines: [
          {
            fundingSource: 'member_contribution',
            sourceName: 'Inwonerbijdrage',
            year: YEAR,
            amountCents: 120_000_00,
          },
          {
            fundingSource: 'province',
            sourceName: 'Provincie Noord-Brabant',
            year: YEAR,
            amountCents: 60_000_00,
          },
        ],
        capacityLines: [{ supplierName: 'Regiobureau', year: YEAR, fte: 0.8 }],
        mandate: { scope: 'Keuze van de overslagpunten', budgetCeilingCents: 180_000_00 },
      },
    );
    assignmentId = assignment.id;
    await apiOk(admin, 'POST', `/programmes/${programmeId}/transitions`, { to: 'proposed' });
    await apiOk(admin, 'POST', `/programmes/${programmeId}/transitions`, {
      to: 'consultation',
      sentOn: '2026-06-01',
    });
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('opens the assignment from the programme and reads it whole, with Eindhoven’s share', async () => {
    const page = await as('council.eindhoven@koers.demo');
    await page.getByRole('link', { name: 'Metropoolregio Eindhoven (MRE)' }).click();
    await page.getByRole('link', { name: PROGRAMME }).click(SLOW);
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor(SLOW);
    await page.getByRole('link', { name: TITLE }).click(SLOW);

    await page.getByRole('heading', { level: 1, name: `MRE-${YEAR}-01 ${TITLE}` }).waitFor(SLOW);
    expect(new URL(page.url()).pathname).toBe(`/opdracht/${assignmentId}`);
    await page.getByRole('table', { name: /KPI’s met nulmeting/ }).waitFor();
    await page.getByText('Keuze van de overslagpunten').waitFor();
    const share = page.getByRole('region', { name: 'Wat betaalt Eindhoven voor deze opdracht?' });
    await share.waitFor(SLOW);

    // The share is the API's own figure, to the cent.
    const me = await apiOk<{ roles: { municipalityId: string | null }[] }>(page, 'GET', '/auth/me');
    const eindhovenId = me.roles[0].municipalityId ?? '';
    const summary = await apiOk<{
      contribution: { byAssignment: { assignmentId: string; amountCents: number }[] };
    }>(page, 'GET', `/programmes/${programmeId}/municipalities/${eindhovenId}/summary`);
    const cents = summary.contribution.byAssignment.find(
      (a) => a.assignmentId === assignmentId,
    )?.amountCents;
    expect(cents).toBeGreaterThan(0);
    const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(
      (cents ?? 0) / 100,
    );
    expect(await share.locator('dd').first().textContent()).toBe(euros);
    expect(await page.getByRole('button', { name: 'Opdracht opslaan' }).count()).toBe(0);
    await lookAt(page, 'assignment-read-council');

    // From the assignment to the municipality's page, and its council pack as a PDF to take home.
    await share
      .getByRole('link', { name: 'Alles wat Eindhoven betaalt voor dit programma' })
      .click();
    await page.getByRole('heading', { level: 1, name: `Eindhoven: ${PROGRAMME}` }).waitFor(SLOW);
    await page
      .getByRole('link', { name: 'Raadsinformatiepakket van Eindhoven (pagina en PDF)' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Raadsinformatiepakket Eindhoven' })
      .waitFor(SLOW);
    await expectNoSeriousViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', SLOW),
      page.getByRole('link', { name: 'Raadsinformatiepakket downloaden (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The edit address says who edits, instead of a form that fails on save.
    await page.goto(`/opdracht/${assignmentId}/bewerken`);
    await page
      .getByRole('heading', { level: 1, name: 'Alleen het regiobureau bewerkt opdrachten' })
      .waitFor(SLOW);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectNoSeriousViolations(page);
  });

  it('lets the public read it from the public page once the board adopted the programme', async () => {
    const admin = await as('admin@koers.demo');
    await apiOk(admin, 'POST', `/programmes/${programmeId}/transitions`, { to: 'adopted' });

    const page = await as(null);
    await page.goto(`/openbaar/programma/${programmeId}`);
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor(SLOW);
    await page.getByRole('link', { name: new RegExp(TITLE) }).click(SLOW);
    await page.getByRole('heading', { level: 1, name: `MRE-${YEAR}-01 ${TITLE}` }).waitFor(SLOW);
    expect(new URL(page.url()).pathname).toBe(`/openbaar/opdracht/${assignmentId}`);
    await page.getByRole('table', { name: 'Begroting per financieringsbron en jaar' }).waitFor();
    expect(await page.getByRole('region', { name: /Wat betaalt/ }).count()).toBe(0);
    await lookAt(page, 'assignment-read-public');
  });
});
