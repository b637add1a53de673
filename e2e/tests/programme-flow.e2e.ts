import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newPage, signIn } from '../support/browser';

/**
 * The 2026 programme of Metropoolregio Eindhoven from draft to adopted, as the people who do it
 * would, in order: each step builds on the one before (one browser, one signed-in window per
 * person). The API's today is pinned by e2e/run.mjs (KOERS_TODAY, 1 October 2026); the bureau
 * sends the programme on 1 June 2026, so the twelve-week deadline (24 August 2026) has passed.
 */
const TODAY = process.env.KOERS_E2E_TODAY ?? '2026-10-01';
const SENT_ON = '2026-06-01';
const DEADLINE_TEXT = '24 augustus 2026';
const PROGRAMME = 'Werkprogramma 2026 Metropoolregio Eindhoven';
const ASSIGNMENT = 'Raadsleden-informatievoorziening en zienswijzeproces';
const VIEW_POINT = 'Rapporteer twee keer per jaar aan de raden over de voortgang.';
/** Where the API does work (saving, freezing a version, a busy machine): wait generously. */
const SLOW = { timeout: 30_000 };

/** "€ 1.234.567,89" somewhere in a text → 123456789 cents. */
function centsIn(text: string | null, context: RegExp): number {
  const match = context.exec(text ?? '');
  if (!match) throw new Error(`no amount matching ${context} in "${text}"`);
  return Number(match[1].replace(/\./g, '')) * 100 + Number(match[2]);
}

/** Selects what is in a text field and types over it, key by key, as a person would. */
async function typeOver(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+A');
  await field.press('Delete');
  await field.pressSequentially(text);
}

describe('the 2026 programme from draft to adopted', () => {
  let browser: Browser;
  const windows = new Map<string, { context: BrowserContext; page: Page }>();
  let programmeId = '';
  let eindhovenId = '';
  let budgetTotalCents = 0;

  /** The signed-in window of one demo account; the browser's clock agrees with the API's today. */
  async function as(email: string): Promise<Page> {
    const open = windows.get(email);
    if (open) return open.page;
    const window = await newPage(browser);
    await window.context.clock.setFixedTime(new Date(`${TODAY}T10:00:00+02:00`));
    windows.set(email, window);
    await signIn(window.page, email);
    return window.page;
  }

  async function openLifecycle(page: Page) {
    await page.goto(`/programma/${programmeId}/besluitvorming`);
    await page
      .getByRole('heading', { level: 1, name: `Besluitvorming: ${PROGRAMME}` })
      .waitFor(SLOW);
    await page.getByRole('heading', { level: 2, name: 'Wat kan er nu gebeuren?' }).waitFor();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const { context } of windows.values()) await context.close();
    await browser.close();
  });

  it('lets the bureau raise an assignment’s budget and shows the new programme totals', async () => {
    const page = await as('bureau@koers.demo');
    await page.getByRole('link', { name: 'Metropoolregio Eindhoven (MRE)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Metropoolregio Eindhoven' }).waitFor(SLOW);
    await page.getByRole('link', { name: PROGRAMME }).waitFor(SLOW);
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor(SLOW);
    programmeId = /\/programma\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    expect(programmeId).not.toBe('');
    await page.getByText('Jaarprogramma 2026 · status: Concept').waitFor();
    const summary = page.getByText(/opdrachten, samen .* begroot/);
    await summary.waitFor(SLOW);
    const totalBefore = centsIn(await summary.textContent(), /samen €\s?([\d.]+),(\d{2})/);
    const members = page
      .getByRole('table', { name: 'Begroting per financieringsbron' })
      .getByRole('row', { name: /Bijdrage van de gemeenten/ });
    const membersBefore = centsIn(await members.textContent(), /€\s?([\d.]+),(\d{2})/);
    await page.getByRole('link', { name: ASSIGNMENT }).waitFor(SLOW);
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: ASSIGNMENT }).click();
    await page.getByRole('heading', { level: 1, name: 'Opdracht MRE-2026-07 bewerken' }).waitFor();
    const amount = page.getByLabel('Begrotingsregel 1: bedrag (euro)');
    await amount.waitFor(SLOW);
    expect(await amount.inputValue()).toMatch(/^90\.000(,00)?$/);
    await expectNoSeriousViolations(page);
    // Each choice stands right beside its radio button, not somewhere across the page.
    for (const radio of await page.getByRole('radio').all()) {
      const id = await radio.getAttribute('id');
      const [box, label] = await Promise.all([
        radio.boundingBox(),
        page.locator(`label[for="${id}"]`).boundingBox(),
      ]);
      expect((label?.x ?? Infinity) - ((box?.x ?? 0) + (box?.width ?? 0))).toBeLessThan(24);
    }
    await typeOver(amount, '100.000');
    await page.getByText('Totaal begroot: € 100.000,00.').waitFor();
    await page.getByRole('button', { name: 'Opdracht opslaan' }).click();

    await page.getByText(`Opdracht MRE-2026-07 “${ASSIGNMENT}” is opgeslagen.`).waitFor(SLOW);
    budgetTotalCents = totalBefore + 1_000_000;
    const expected = (cents: number) =>
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
    await page
      .getByText(new RegExp(`samen ${expected(budgetTotalCents).replace(/[.€]/g, '\\$&')} begroot`))
      .waitFor(SLOW);
    expect(centsIn(await members.textContent(), /€\s?([\d.]+),(\d{2})/)).toBe(
      membersBefore + 1_000_000,
    );
    expect(await page.getByRole('row', { name: new RegExp(ASSIGNMENT) }).textContent()).toContain(
      '100.000,00',
    );
  });

  it('lets the board propose the programme, freezing version 1', async () => {
    const page = await as('board@koers.demo');
    await openLifecycle(page);
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Voorleggen aan het bestuur' }).click();
    await page.getByRole('heading', { name: 'Bevestigen: Voorleggen aan het bestuur' }).waitFor();
    await page.getByText(/bevroren als versie 1/).waitFor();
    await page.getByRole('button', { name: 'Ja, voorleggen aan het bestuur' }).click();
    await page
      .getByText('Gelukt: het programma heeft nu de status “Voorstel aan het bestuur”.')
      .waitFor(SLOW);
  });

  it('lets the bureau send it to the 21 councils, saying until when they can react', async () => {
    const page = await as('bureau@koers.demo');
    await openLifecycle(page);
    await page.getByRole('button', { name: 'Naar de gemeenteraden sturen' }).click();
    await page.getByLabel('Dag van verzenden aan de raden').fill(SENT_ON);
    await page
      .getByText(
        `21 gemeenteraden ontvangen het programma; de termijn voor zienswijzen loopt tot ${DEADLINE_TEXT}.`,
      )
      .waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Ja, naar de gemeenteraden sturen' }).click();
    await page
      .getByText('Gelukt: het programma heeft nu de status “Bij de gemeenteraden”.')
      .waitFor(SLOW);

    await page.getByRole('link', { name: 'Raadsbesluiten en zienswijzen' }).click();
    await page
      .getByText(
        `Op 1 juni 2026 naar de raden gestuurd; de termijn voor zienswijzen loopt tot en met ${DEADLINE_TEXT}.`,
      )
      .waitFor(SLOW);
    await page.getByText('0 van de 21 raden hebben gereageerd.').waitFor();
  });

  it('lets the Eindhoven council clerk record that the council agreed with one view point', async () => {
    const page = await as('council.eindhoven@koers.demo');
    await page.goto(`/programma/${programmeId}/raden`);
    await page.getByRole('link', { name: 'Onze gemeente: Eindhoven' }).click();
    await page.getByRole('heading', { level: 1, name: `Eindhoven: ${PROGRAMME}` }).waitFor(SLOW);
    eindhovenId = /\/gemeente\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    await page
      .getByText('Wat betaalt onze gemeente, waarvoor, en wat hebben wij besloten?')
      .waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Besluit en zienswijze vastleggen' })
      .waitFor();
    await expectNoSeriousViolations(page);

    await page
      .getByLabel('Besluit van de raad *')
      .selectOption({ label: 'Ingestemd met zienswijze' });
    await page.getByLabel('Besluitdatum *').fill('2026-07-09');
    await typeOver(page.getByLabel('Kenmerk van het besluit'), 'RB-2026-071');
    await page.getByRole('button', { name: 'Punt toevoegen' }).click();
    await page.getByLabel('Tekst van punt 1').pressSequentially(VIEW_POINT);
    await page
      .getByLabel('Gaat punt 1 over een opdracht?')
      .selectOption({ label: `MRE-2026-07 ${ASSIGNMENT}` });
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByText('Het besluit van de raad is opgeslagen.').waitFor(SLOW);
    await page.getByRole('heading', { level: 3, name: 'Punt 1' }).waitFor();
    expect(await page.getByText('Nog niet beantwoord').count()).toBeGreaterThan(0);
  });

  it('shows the Best council clerk Eindhoven’s page without a form to record its decision', async () => {
    const page = await as('council.best@koers.demo');
    await page.goto(`/programma/${programmeId}/gemeente/${eindhovenId}`);
    await page.getByRole('heading', { level: 1, name: `Eindhoven: ${PROGRAMME}` }).waitFor(SLOW);
    await page
      .getByText(
        'Je kunt alleen het besluit van je eigen gemeente (Best) vastleggen. Dit is de pagina van Eindhoven; je ziet hem alleen ter informatie.',
      )
      .waitFor();
    expect(
      await page.getByRole('heading', { name: 'Besluit en zienswijze vastleggen' }).count(),
    ).toBe(0);
    expect(await page.getByRole('button', { name: 'Besluit opslaan' }).count()).toBe(0);
    expect(await page.getByLabel('Besluit van de raad *').count()).toBe(0);
    await expectNoSeriousViolations(page);

    // Its own page does have the form.
    await page.getByRole('link', { name: 'Onze gemeente: Best' }).click();
    await page.getByRole('heading', { level: 1, name: `Best: ${PROGRAMME}` }).waitFor(SLOW);
    await page.getByRole('button', { name: 'Besluit opslaan' }).waitFor();
  });

  it('does not let the board adopt while a view point is unanswered', async () => {
    const page = await as('board@koers.demo');
    await openLifecycle(page);
    const adopt = page.getByRole('button', { name: 'Vaststellen' });
    await adopt.waitFor(SLOW);
    expect(await adopt.isDisabled()).toBe(true);
    await page.getByText('Kan nu niet:').waitFor();
  });

  it('lets the bureau answer the view point in the council’s drill-down', async () => {
    const page = await as('bureau@koers.demo');
    await page.goto(`/programma/${programmeId}/raden`);
    await page.getByText('1 van de 21 raden hebben gereageerd.').waitFor(SLOW);
    const row = page.getByRole('row', { name: /Eindhoven/ }).first();
    await row.getByText('Ingestemd met zienswijze').waitFor();
    await page.getByText(/20 te laat/).waitFor();
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: 'Bekijk het besluit van Eindhoven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Raadsbesluit van Eindhoven' }).waitFor(SLOW);
    await page.getByText(VIEW_POINT).waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Punt 1 beantwoorden' }).click();
    await page
      .getByLabel('Antwoord, met redenen')
      .pressSequentially('Het bestuur rapporteert in april en oktober aan alle raden.');
    await page.getByLabel('Overgenomen', { exact: true }).check();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await page.getByText('Het antwoord op punt 1 is opgeslagen.').waitFor(SLOW);
    await page.getByText('Het bestuur rapporteert in april en oktober aan alle raden.').waitFor();
    await page.getByRole('button', { name: 'Antwoord op punt 1 wijzigen' }).waitFor();
  });

  it('lets the board adopt the programme once the view is answered and the deadline passed', async () => {
    const page = await as('board@koers.demo');
    await openLifecycle(page);
    const adopt = page.getByRole('button', { name: 'Vaststellen' });
    await adopt.waitFor(SLOW);
    expect(await adopt.isEnabled()).toBe(true);
    await adopt.click();
    await page.getByText(/Het bestuur stelt het programma vandaag .* vast/).waitFor();
    await page.getByRole('button', { name: 'Ja, vaststellen' }).click();
    await page.getByText('Gelukt: het programma heeft nu de status “Vastgesteld”.').waitFor(SLOW);
    await expectNoSeriousViolations(page);
  });

  it('shows the adopted programme on its public page to someone who is not signed in', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto(`/openbaar/programma/${programmeId}`);
      await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor(SLOW);
      await page.getByText('Openbaar jaarprogramma').waitFor();
      const facts = await page.locator('dl').first().textContent();
      expect(facts).toContain('Vastgesteld');
      expect(facts).toContain('1 oktober 2026');
      const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
      expect(facts).toContain(euros.format(budgetTotalCents / 100));
      await page.getByText(ASSIGNMENT).first().waitFor(SLOW);
      expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
      await expectNoSeriousViolations(page);
    } finally {
      await context.close();
    }
  });

  it('keeps the history: the version frozen when the programme left draft', async () => {
    const page = await as('bureau@koers.demo');
    await page.goto(`/programma/${programmeId}`);
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor(SLOW);
    await page.getByText('Jaarprogramma 2026 · status: Vastgesteld').waitFor(SLOW);
    await page
      .getByRole('navigation', { name: 'Onderdelen van dit programma' })
      .getByRole('link', { name: 'Geschiedenis' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: `Geschiedenis van ${PROGRAMME} (2026)` })
      .waitFor(SLOW);
    // Leaving draft froze version 1; adopting froze version 2 (with the consultation's register);
    // sending to the councils freezes nothing.
    const versions = page.getByRole('table', { name: '2 versies, oudste eerst' });
    await versions.waitFor(SLOW);
    expect(await versions.getByRole('row').nth(1).textContent()).toContain(
      'Concept → Voorstel aan het bestuur',
    );
    expect(await versions.getByRole('row').nth(2).textContent()).toContain('Vastgesteld');
    await expectNoSeriousViolations(page);
  });

  it('shows the portfolio holder their assignments and mandates', async () => {
    const page = await as('portfolio@koers.demo');
    // The menu's link: the start page (drawn with its data) links 'Al mijn opdrachten en mandaten'.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn opdrachten' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mijn opdrachten' }).waitFor(SLOW);
    await page
      .getByRole('heading', { name: 'Opdrachten in Metropoolregio Eindhoven' })
      .waitFor(SLOW);
    await page
      .getByText(/MRE-2026-\d\d/)
      .first()
      .waitFor(SLOW);
    await expectNoSeriousViolations(page);
  });
});
