import { Browser, Page } from 'playwright-core';
// The app's own addresses, so a page that moves is still visited (paths.ts is plain data).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { paths } from '../../apps/web/src/config/paths';
import {
  apiOk,
  launchBrowser,
  newPage,
  seriousAccessibilityViolations,
  signIn,
} from '../support/browser';
import { adoptedMre2041, draftZwolle2041 } from '../support/programmes-2041';

/**
 * Issue 18 §4: every page, as each demo role that uses it (and a visitor), fits a 390 px phone
 * without scrolling sideways and has no serious or critical axe finding at 1280 and 390 px; no
 * page asks the API for a path with an empty id (`/api/regions//municipalities`).
 * The pages come from apps/web/src/config/paths.ts, with real ids from the API.
 */
const SLOW = { timeout: 30_000 };
const NARROW = 390;

type Items<T> = { items: T[] };
interface Ids {
  region: string;
  zwolle: string;
  person: string;
  theme: string;
  organisation: string;
  eindhoven: string;
  programme: string;
  assignment: string;
  draft: string;
  draftAssignment: string;
}

/** What is wrong with the page now on screen, in words; empty when nothing is. */
async function findings(page: Page, url: string, emptyIds: string[]): Promise<string[]> {
  const found: string[] = [];
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await page.locator('main h1').first().waitFor(SLOW);
  await page
    .locator('.koers-spinner')
    .first()
    .waitFor({ state: 'hidden', ...SLOW });
  for (const v of await seriousAccessibilityViolations(page)) found.push(`${url} @1280: ${v}`);
  await page.setViewportSize({ width: NARROW, height: 900 });
  await page.waitForTimeout(100);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > NARROW) found.push(`${url} @390: the page is ${width} px wide`);
  for (const v of await seriousAccessibilityViolations(page)) found.push(`${url} @390: ${v}`);
  for (const request of emptyIds.splice(0)) found.push(`${url}: asked ${request}`);
  return found;
}

describe('every page at 1280 and 390 px', () => {
  let browser: Browser;
  let ids: Ids;

  /** Visits `urls` as `email` (or a visitor) in one page; answers every finding. */
  async function visit(email: string | null, urls: (ids: Ids) => string[]): Promise<string[]> {
    const { context, page } = await newPage(browser);
    const emptyIds: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/') && pathname.includes('//')) emptyIds.push(pathname);
    });
    if (email) await signIn(page, email);
    const found: string[] = [];
    for (const url of urls(ids)) found.push(...(await findings(page, url, emptyIds)));
    await context.close();
    return found;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@koers.demo');
    const { programmeId } = await adoptedMre2041(page);
    const regions = await apiOk<Items<{ id: string; shortName: string }>>(page, 'GET', '/regions');
    const region = regions.items.find((r) => r.shortName === 'MRE')?.id ?? '';
    const first = async (path: string, pick?: (item: { name?: string }) => boolean) => {
      const list = await apiOk<Items<{ id: string; name?: string }>>(page, 'GET', path);
      return (pick ? list.items.find(pick) : list.items[0])?.id ?? '';
    };
    const assignment = await first(`/programmes/${programmeId}/assignments`);
    const partial = {
      region,
      person: await first(`/regions/${region}/people`),
      theme: await first(`/regions/${region}/themes`),
      organisation: await first(`/regions/${region}/organisations`),
      eindhoven: await first(
        `/regions/${region}/municipalities?limit=100`,
        (m) => m.name === 'Eindhoven',
      ),
      programme: programmeId,
      assignment,
    };
    await context.close();

    const zwolle = await newPage(browser);
    await signIn(zwolle.page, 'bureau.zwolle@koers.demo');
    const draft = await draftZwolle2041(zwolle.page);
    const zwolleRegion = (await apiOk<Items<{ id: string }>>(zwolle.page, 'GET', '/regions'))
      .items[0].id;
    await zwolle.context.close();
    ids = {
      ...partial,
      zwolle: zwolleRegion,
      draft: draft.programmeId,
      draftAssignment: draft.assignmentId,
    };
  }, 120_000);

  afterAll(() => browser.close());

  it('fits every page a visitor may open', async () => {
    const found = await visit(null, (i) => [
      paths.home.url(),
      paths.signIn.url(),
      paths.publicProgramme.url(i.programme),
      paths.publicAssignment.url(i.assignment),
    ]);
    expect(found).toEqual([]);
  }, 300_000);

  it('fits every page of the regional bureau', async () => {
    const found = await visit('bureau@koers.demo', (i) => [
      paths.home.url(),
      paths.region.url(i.region),
      paths.municipalityPopulation.url(i.region, i.eindhoven),
      paths.programmeNew.url(i.region),
      paths.programme.url(i.programme),
      paths.programmeLifecycle.url(i.programme),
      paths.ratification.url(i.programme),
      paths.ratificationCouncil.url(i.programme, i.eindhoven),
      paths.councilView.url(i.programme, i.eindhoven),
      paths.councilPack.url(i.programme, i.eindhoven),
      paths.responseMemo.url(i.programme),
      paths.programmeHistory.url(i.programme),
      paths.programmeLog.url(i.programme),
      paths.assignment.url(i.assignment),
      paths.assignmentHistory.url(i.assignment),
    ]);
    expect(found).toEqual([]);
  }, 300_000);

  it('fits every page of a bureau drafting a programme (Regio Zwolle)', async () => {
    const found = await visit('bureau.zwolle@koers.demo', (i) => [
      paths.region.url(i.zwolle),
      paths.programme.url(i.draft),
      paths.programmeEdit.url(i.draft),
      paths.programmeImport.url(i.draft),
      paths.assignmentNew.url(i.draft),
      paths.assignmentEdit.url(i.draftAssignment),
    ]);
    expect(found).toEqual([]);
  }, 300_000);

  it('fits every page of the administrator', async () => {
    const found = await visit('admin@koers.demo', (i) => [
      paths.home.url(),
      paths.regionEdit.url(i.region),
      paths.personEdit.url(i.region, i.person),
      paths.themeEdit.url(i.region, i.theme),
      paths.organisationEdit.url(i.region, i.organisation),
      paths.municipalityEdit.url(i.region, i.eindhoven),
    ]);
    expect(found).toEqual([]);
  }, 300_000);

  it('fits every page of the board, the portfolio holder and the observer', async () => {
    const found = [
      ...(await visit('board@koers.demo', (i) => [
        paths.home.url(),
        paths.programmeLifecycle.url(i.programme),
        paths.ratification.url(i.programme),
      ])),
      ...(await visit('portfolio@koers.demo', () => [paths.home.url(), paths.myAssignments.url()])),
      ...(await visit('observer@koers.demo', (i) => [
        paths.home.url(),
        paths.region.url(i.region),
        paths.programme.url(i.programme),
      ])),
    ];
    expect(found).toEqual([]);
  }, 300_000);

  it('fits every page of a council clerk', async () => {
    const found = await visit('council.eindhoven@koers.demo', (i) => [
      paths.home.url(),
      paths.councilView.url(i.programme, i.eindhoven),
      paths.councilPack.url(i.programme, i.eindhoven),
      paths.ratificationCouncil.url(i.programme, i.eindhoven),
      paths.responseMemo.url(i.programme),
    ]);
    expect(found).toEqual([]);
  }, 300_000);
});
