import { Browser, BrowserContext, Page } from 'playwright-core';
import { apiOk, launchBrowser, lookAt, newPage, signIn } from '../support/browser';

/**
 * Issue 16: the demo portfolio holder writes the missing autumn report of an assignment of the
 * demo 2025 programme (in execution) with spend, a KPI value and a milestone, and submits it; the
 * bureau finds it in the programme's progress overview and accepts it; the autumn
 * bestuursrapportage then counts the assignment with its status and shows its spend, its KPI
 * value and its milestone. Screenshots at 1280 and 390 px go to KOERS_E2E_SHOTS when set.
 */
const TODAY = process.env.KOERS_E2E_TODAY ?? '2026-10-01';
const SLOW = { timeout: 30_000 };
const AUTUMN = 'Najaarsrapportage 2025';
/** What the holder types as spent on the member contribution line, in cents. */
const SPENT_CENTS = 8_125_050;

type Status = 'on_course' | 'attention' | 'off_course' | 'no_report';
interface Rollup {
  counts: Record<Status | 'total', number>;
  total: { spentCents: number; committedCents: number };
  assignments: { code: string; status: Status; budgetCents: number; spentCents: number }[];
}

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const formatEuros = (cents: number) => euros.format(cents / 100);

describe('a portfolio holder reports progress and the bureau accepts it', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** What later steps (the bestuursrapportage) build on. */
  const found = { programmeId: '', assignmentId: '', autumnPeriodId: '' };
  /** The autumn roll-up before the report: what the bestuursrapportage must differ from. */
  let before: Rollup;

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

    const bureau = await as('bureau@koers.demo');
    const periods = await apiOk<{ periodId: string; title: string }[]>(
      bureau,
      'GET',
      `/programmes/${found.programmeId}/bestuursrapportages`,
    );
    found.autumnPeriodId = periods.find((p) => p.title === AUTUMN)?.periodId ?? '';
    before = await apiOk<Rollup>(
      bureau,
      'GET',
      `/programmes/${found.programmeId}/reporting-periods/${found.autumnPeriodId}/rollup`,
    );
    // The demo leaves this report out: the assignment counts as "no report", nothing spent.
    expect(before.assignments.find((a) => a.code === 'MRE-2025-02')).toMatchObject({
      status: 'no_report',
      spentCents: 0,
    });

    await holder.goto(`/opdracht/${found.assignmentId}`);
    await holder.getByRole('link', { name: 'Voortgangsrapportages van deze opdracht' }).click(SLOW);
    const autumn = holder.getByRole('region', { name: 'Najaarsrapportage 2025' });
    await autumn.getByText('Ontbreekt').waitFor(SLOW);
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
    await lookAt(holder, 'progress-form');
    await form.getByRole('button', { name: 'Opslaan als concept' }).click();

    await autumn.getByText('Concept', { exact: true }).waitFor(SLOW);
    await autumn.getByText('€ 81.250,50').waitFor();
    await autumn.getByText('19/21', { exact: false }).waitFor();
    await autumn.getByText('Te laat', { exact: true }).first().waitFor();
    await autumn.getByRole('button', { name: 'Indienen bij het regiobureau' }).click();
    await autumn.getByText('Ingediend', { exact: true }).waitFor(SLOW);
  }, 120_000);

  it('lets the bureau find it in the programme overview and accept it', async () => {
    const bureau = await as('bureau@koers.demo');
    await bureau.goto(`/programma/${found.programmeId}/voortgang`);
    const autumn = bureau.getByRole('region', { name: 'Najaarsrapportage 2025' });
    const row = autumn.getByRole('row', { name: /MRE-2025-02/ });
    await row.getByText('Ingediend').waitFor(SLOW);
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
  }, 120_000);

  it('shows the accepted report in the bestuursrapportage of the autumn period', async () => {
    const bureau = await as('bureau@koers.demo');
    await bureau.goto(`/programma/${found.programmeId}`);
    await bureau.getByRole('link', { name: `Bestuursrapportage ${AUTUMN}` }).click(SLOW);
    await bureau
      .getByRole('heading', { level: 1, name: `Bestuursrapportage ${AUTUMN}` })
      .waitFor(SLOW);

    // Counted with its status: one more "needs attention", one fewer "no report".
    const byStatus = bureau.getByRole('table', { name: 'Opdrachten per status' });
    const count = async (name: string) =>
      (await byStatus.getByRole('row', { name: new RegExp(`^${name}`) }).textContent())?.replace(
        name,
        '',
      );
    expect(await count('Aandacht nodig')).toBe(String(before.counts.attention + 1));
    expect(await count('Geen rapportage')).toBe(String(before.counts.no_report - 1));
    expect(await count('Totaal')).toBe(String(before.counts.total));

    // Its own row: the status and what was spent, against its budget.
    const own = before.assignments.find((a) => a.code === 'MRE-2025-02')!;
    const row = bureau
      .getByRole('table', { name: 'Status en besteding per opdracht' })
      .getByRole('row', { name: /^MRE-2025-02 / });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Schaalsprong wonen en ruimte',
      'Aandacht nodig',
      formatEuros(own.budgetCents),
      formatEuros(SPENT_CENTS),
    ]);

    // The spend is in the programme's totals.
    await bureau
      .getByText(
        `verplicht: ${formatEuros(before.total.committedCents + 9_500_000)}; besteed: ${formatEuros(before.total.spentCents + SPENT_CENTS)};`,
        { exact: false },
      )
      .waitFor();

    // The KPI value (19 of "19/21") against baseline 14 and target 21: not reached yet.
    const kpi = bureau
      .getByRole('table', { name: 'Laatste meting per indicator' })
      .getByRole('row', { name: /^MRE-2025-02 Gemeenten die kwartaaldata aanleveren/ });
    expect(await kpi.getByRole('cell').allTextContents()).toEqual(['14', '21', '19', 'Nog niet']);

    // The milestone planned on 1 July, not done by the end of August: late.
    const milestone = bureau
      .getByRole('table', { name: 'Mijlpalen in de periode' })
      .getByRole('row', { name: /^MRE-2025-02 Alle 21 gemeenten aangesloten/ });
    expect(await milestone.getByRole('cell').allTextContents()).toEqual([
      '1 juli 2025',
      'Nog niet',
      'Te laat',
    ]);

    // A council's part names the assignment with its new status.
    await bureau
      .getByRole('region', { name: 'Eindhoven', exact: true })
      .getByText('MRE-2025-02 Regionale monitor woningbouwprogrammering: Aandacht nodig')
      .waitFor();

    await lookAt(bureau, 'bestuursrapportage-autumn');
  }, 120_000);

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
    await lookAt(bureau, 'reporting-calendar');
  });
});
