import { Browser, Page } from 'playwright-core';
import { apiOk, newPage, signIn } from './browser';

/**
 * The front-polish browser tests' own year (2041): Metropoolregio Eindhoven's programme taken to
 * adopted (Eindhoven's council agreed with a view, answered), and Regio Zwolle's left a draft.
 * Idempotent: a second test file finds them as the first one left them.
 */
export const YEAR_2041 = 2041;
export const MRE_2041 = `Werkprogramma ${YEAR_2041} Metropoolregio Eindhoven`;
export const ZWOLLE_2041 = `Werkprogramma ${YEAR_2041} Regio Zwolle`;

type Items<T> = { items: T[] };
interface Programme {
  id: string;
  year: number;
  status: string;
}

async function regionId(page: Page, shortName: string): Promise<string> {
  const regions = await apiOk<Items<{ id: string; shortName: string }>>(page, 'GET', '/regions');
  const region = regions.items.find((r) => r.shortName === shortName);
  if (!region) throw new Error(`no region ${shortName}`);
  return region.id;
}

/** The region's 2041 programme with one assignment, drafted when it is not there yet. */
async function draft2041(page: Page, region: string, title: string, code: string) {
  const programmes = await apiOk<Items<Programme>>(
    page,
    'GET',
    `/regions/${region}/programmes?limit=100`,
  );
  const found = programmes.items.find((p) => p.year === YEAR_2041);
  if (found) return found;
  const themes = await apiOk<Items<{ id: string }>>(page, 'GET', `/regions/${region}/themes`);
  const programme = await apiOk<Programme>(page, 'POST', `/regions/${region}/programmes`, {
    year: YEAR_2041,
    title,
  });
  await apiOk(page, 'POST', `/programmes/${programme.id}/assignments`, {
    themeId: themes.items[0].id,
    code,
    title: 'Snelfietsroutes en fietsparkeren',
    goal: 'Meer mensen fietsen naar hun werk.',
    budgetLines: [
      {
        fundingSource: 'member_contribution',
        sourceName: 'Inwonerbijdrage',
        year: YEAR_2041,
        amountCents: 250_000_00,
      },
    ],
  });
  return programme;
}

/** As the MRE administrator (`admin@koers.demo` signed in on `page`): the adopted 2041 programme. */
export async function adoptedMre2041(page: Page): Promise<{ programmeId: string }> {
  const region = await regionId(page, 'MRE');
  const programme = await draft2041(page, region, MRE_2041, `MRE-${YEAR_2041}-01`);
  const id = programme.id;
  const move = (to: string, extra: object = {}) =>
    apiOk(page, 'POST', `/programmes/${id}/transitions`, { to, ...extra });
  if (programme.status === 'draft') await move('proposed');
  if (['draft', 'proposed'].includes(programme.status)) {
    await move('consultation', { sentOn: '2026-06-01' });
    const members = await apiOk<Items<{ id: string; name: string }>>(
      page,
      'GET',
      `/regions/${region}/municipalities?limit=100`,
    );
    const eindhoven = members.items.find((m) => m.name === 'Eindhoven')?.id ?? '';
    const path = `/programmes/${id}/council-decisions/${eindhoven}`;
    const current = await apiOk<{ version: number }>(page, 'GET', path);
    await apiOk(page, 'PUT', path, {
      status: 'agreed_with_view',
      decisionDate: '2026-07-01',
      viewPoints: [{ text: 'Leg de fietsroutes ook langs de kanalen aan.' }],
      version: current.version,
    });
    const register = await apiOk<Items<{ id: string; version: number }>>(
      page,
      'GET',
      `/programmes/${id}/views`,
    );
    for (const point of register.items) {
      await apiOk(page, 'PUT', `/programmes/${id}/views/${point.id}/answer`, {
        answer: 'Het bestuur neemt dit mee in de uitwerking.',
        outcome: 'adopted',
        version: point.version,
      });
    }
  }
  if (['draft', 'proposed', 'consultation'].includes(programme.status)) await move('adopted');
  return { programmeId: id };
}

/** As the Zwolle bureau (`bureau.zwolle@koers.demo` signed in on `page`): its 2041 draft. */
export async function draftZwolle2041(
  page: Page,
): Promise<{ programmeId: string; assignmentId: string }> {
  const region = await regionId(page, 'Regio Zwolle');
  const programme = await draft2041(page, region, ZWOLLE_2041, `RZ-${YEAR_2041}-01`);
  const assignments = await apiOk<Items<{ id: string }>>(
    page,
    'GET',
    `/programmes/${programme.id}/assignments`,
  );
  return { programmeId: programme.id, assignmentId: assignments.items[0].id };
}

/** The adopted MRE 2041 programme's id, prepared as the region's administrator on a page of its own. */
export async function adoptedMre2041Id(browser: Browser): Promise<string> {
  const { context, page } = await newPage(browser);
  try {
    await signIn(page, 'admin@koers.demo');
    return (await adoptedMre2041(page)).programmeId;
  } finally {
    await context.close();
  }
}
