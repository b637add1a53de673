import { Browser, BrowserContext, Page } from 'playwright-core';
import { apiOk, launchBrowser, lookAt, newPage, signIn } from '../support/browser';

/**
 * Issue 15 items 4 and 5: going back to draft keeps the councils' round as history, the
 * ratification page shows earlier rounds, the bureau ties a change to a view point during the
 * consultation, the board adopts "met wijzigingen", and the version comparison says why. A
 * programme of its own (2035). Screenshots at 1280 and 390 px go to KOERS_E2E_SHOTS when set.
 */
const YEAR = 2035;
const TODAY = process.env.KOERS_E2E_TODAY ?? '2026-10-01';
const PROGRAMME = `Werkprogramma ${YEAR} Metropoolregio Eindhoven (rondes)`;
const SLOW = { timeout: 30_000 };

describe('consultation rounds and amendments', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let programmeId = '';
  let assignmentId = '';
  let helmondId = '';

  async function as(email: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00+02:00`));
    contexts.push(context);
    await signIn(page, email);
    return page;
  }

  /** Helmond's council sends a view of one point in the current round. */
  async function helmondView(admin: Page, text: string) {
    const path = `/programmes/${programmeId}/council-decisions/${helmondId}`;
    const current = await apiOk<{ version: number }>(admin, 'GET', path);
    await apiOk(admin, 'PUT', path, {
      status: 'view_submitted',
      decisionDate: '2026-07-01',
      viewPoints: [{ text }],
      version: current.version,
    });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
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
    const members = await apiOk<{ items: { id: string; name: string }[] }>(
      admin,
      'GET',
      `/regions/${regionId}/municipalities?limit=100`,
    );
    helmondId = members.items.find((m) => m.name === 'Helmond')?.id ?? '';
    programmeId = (
      await apiOk<{ id: string }>(admin, 'POST', `/regions/${regionId}/programmes`, {
        year: YEAR,
        title: PROGRAMME,
      })
    ).id;
    assignmentId = (
      await apiOk<{ id: string }>(admin, 'POST', `/programmes/${programmeId}/assignments`, {
        themeId: themes.items[0].id,
        code: `MRE-${YEAR}-01`,
        title: 'Snelfietsroutes',
        budgetLines: [
          {
            fundingSource: 'member_contribution',
            sourceName: 'Inwonerbijdrage',
            year: YEAR,
            amountCents: 100_000_00,
          },
        ],
      })
    ).id;
    await apiOk(admin, 'POST', `/programmes/${programmeId}/transitions`, { to: 'proposed' });
    await apiOk(admin, 'POST', `/programmes/${programmeId}/transitions`, {
      to: 'consultation',
      sentOn: '2026-06-01',
    });
    await helmondView(admin, 'Eerst de Peel.');
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('keeps round 1 when the board goes back to draft, and shows it as history', async () => {
    const board = await as('board@koers.demo');
    await board.goto(`/programma/${programmeId}/besluitvorming`);
    await board.getByRole('button', { name: 'Terug naar concept' }).click(SLOW);
    const confirmation = board.getByRole('region', { name: 'Bevestigen: Terug naar concept' });
    await confirmation.getByText(/blijven bewaard als geschiedenis/).waitFor();
    await lookAt(board, 'rounds-back-to-draft');
    await confirmation.getByLabel('Reden').fill('Helmond wil eerst de Peel');
    await confirmation.getByRole('button', { name: 'Ja, terug naar concept' }).click();
    await board.getByText(/Gelukt/).waitFor(SLOW);

    const admin = await as('admin@koers.demo');
    await apiOk(admin, 'POST', `/programmes/${programmeId}/transitions`, { to: 'proposed' });
    await apiOk(admin, 'POST', `/programmes/${programmeId}/transitions`, {
      to: 'consultation',
      sentOn: '2026-06-01',
    });
    await helmondView(admin, 'Meer geld voor snelfietsroutes.');

    await board.goto(`/programma/${programmeId}/raden`);
    const rounds = board.getByRole('navigation', { name: 'Consultatierondes' });
    await rounds.getByRole('link', { name: 'Ronde 2 (huidige)' }).waitFor(SLOW);
    await rounds.getByRole('link', { name: 'Ronde 1' }).click();
    await board.getByText(/Je bekijkt ronde 1, een eerdere ronde/).waitFor(SLOW);
    await board.getByRole('cell', { name: 'Eerst de Peel.' }).waitFor(SLOW);
    await lookAt(board, 'rounds-ratification-round-1');
  });

  it('ties a change to a view point and adopts with amendments; the comparison says why', async () => {
    const bureau = await as('bureau@koers.demo');
    await bureau.goto(`/opdracht/${assignmentId}/bewerken`);
    const points = bureau.getByRole('group', {
      name: 'Naar aanleiding van welke zienswijzepunten?',
    });
    await points.waitFor(SLOW);
    await bureau.getByLabel('Titel').fill('Snelfietsroutes en fietsparkeren');
    await points.getByLabel(/Zienswijze Helmond punt 1: Meer geld voor snelfietsroutes/).check();
    await lookAt(bureau, 'rounds-amendment-form');
    await bureau.getByRole('button', { name: 'Opdracht opslaan' }).click();
    await bureau.waitForURL(`**/programma/${programmeId}`, SLOW);

    const admin = await as('admin@koers.demo');
    const register = await apiOk<{ items: { id: string; version: number }[] }>(
      admin,
      'GET',
      `/programmes/${programmeId}/views`,
    );
    for (const point of register.items) {
      await apiOk(admin, 'PUT', `/programmes/${programmeId}/views/${point.id}/answer`, {
        answer: 'Het bestuur neemt dit over.',
        outcome: 'adopted',
        version: point.version,
      });
    }

    const board = await as('board@koers.demo');
    await board.goto(`/programma/${programmeId}/besluitvorming`);
    await board.getByRole('button', { name: 'Vaststellen met wijzigingen' }).click(SLOW);
    await board.getByText(/gewijzigd vast: met 1 wijziging/).waitFor();
    await board.getByRole('button', { name: 'Ja, vaststellen met wijzigingen' }).click();
    await board.getByText(/Gelukt/).waitFor(SLOW);

    await board.goto(`/programma/${programmeId}/geschiedenis`);
    await board
      .getByRole('cell', { name: 'naar aanleiding van zienswijze Helmond punt 1' })
      .first()
      .waitFor(SLOW);
    await lookAt(board, 'rounds-version-diff');
  });
});
