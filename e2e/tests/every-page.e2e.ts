import { Browser, Page } from 'playwright-core';
import {
  apiOk,
  launchBrowser,
  newPage,
  seriousAccessibilityViolations,
  signIn,
} from '../support/browser';

/**
 * Issue 18 §4: every page each demo role can open loads (its heading, no spinner, no error, no
 * refused API call), has no sideways scroll at a phone's 390 px, no serious or critical axe finding
 * at 390 or 1280 px, and no button standing in a bulleted list. All failures of a role are
 * collected and reported at once (route, width, what), so one run shows everything.
 * Read only: nothing is created or changed.
 */
const SLOW = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };

interface Ids {
  region: string;
  programme2026: string;
  programme2025: string;
  period2025: string;
  assignment2026: string;
  assignment2025: string;
  municipality: string;
  municipalitySlug: string;
  person: string;
  theme: string;
  organisation: string;
}

type Role =
  'anonymous' | 'admin' | 'bureau' | 'board' | 'portfolio' | 'observer' | 'council.eindhoven';

/** The pages every signed-in member of the region reads. */
const regionReader = (ids: Ids): string[] => [
  '/',
  `/regio/${ids.region}`,
  `/regio/${ids.region}/gemeenten/${ids.municipality}/inwoners`,
  `/programma/${ids.programme2026}`,
  `/programma/${ids.programme2025}`,
  `/programma/${ids.programme2026}/besluitvorming`,
  `/programma/${ids.programme2025}/besluitvorming`,
  `/programma/${ids.programme2025}/raden`,
  `/programma/${ids.programme2025}/raden/${ids.municipality}`,
  `/programma/${ids.programme2025}/gemeente/${ids.municipality}`,
  `/programma/${ids.programme2025}/gemeente/${ids.municipality}/raadsinformatie`,
  `/programma/${ids.programme2025}/nota-van-beantwoording`,
  `/programma/${ids.programme2026}/geschiedenis`,
  `/programma/${ids.programme2025}/bestuursrapportage/${ids.period2025}`,
  `/opdracht/${ids.assignment2026}`,
  `/opdracht/${ids.assignment2026}/geschiedenis`,
  `/opdracht/${ids.assignment2025}`,
];

const publicPages = (ids: Ids): string[] => [
  `/openbaar/programma/${ids.programme2025}`,
  `/openbaar/gemeente/${ids.municipalitySlug}`,
  `/openbaar/opdracht/${ids.assignment2025}`,
  '/bestaat-niet',
];

/** The region's staff: the log, the progress of the programme in execution, the calendar. */
const staff = (ids: Ids): string[] => [
  `/programma/${ids.programme2026}/logboek`,
  `/programma/${ids.programme2025}/voortgang`,
  `/regio/${ids.region}/rapportagekalender`,
  `/opdracht/${ids.assignment2025}/voortgang`,
];

/** The region's master data and settings (administrator and bureau). */
const administration = (ids: Ids): string[] => [
  `/regio/${ids.region}/beheer`,
  `/regio/${ids.region}/beheer/inwonertallen`,
  `/regio/${ids.region}/personen/nieuw`,
  `/regio/${ids.region}/opgaven/nieuw`,
  `/regio/${ids.region}/partners/nieuw`,
  `/regio/${ids.region}/personen/${ids.person}/bewerken`,
  `/regio/${ids.region}/opgaven/${ids.theme}/bewerken`,
  `/regio/${ids.region}/partners/${ids.organisation}/bewerken`,
  `/regio/${ids.region}/gemeenten/${ids.municipality}/bewerken`,
];

const ROUTES: Record<Role, (ids: Ids) => string[]> = {
  anonymous: (ids) => ['/', '/aanmelden', ...publicPages(ids)],
  admin: (ids) => [
    ...regionReader(ids),
    ...staff(ids),
    ...administration(ids),
    `/regio/${ids.region}/bewerken`,
    `/regio/${ids.region}/beheer/accounts`,
  ],
  bureau: (ids) => [
    ...regionReader(ids),
    ...staff(ids),
    ...administration(ids),
    `/regio/${ids.region}/programma/nieuw`,
    `/programma/${ids.programme2026}/bewerken`,
    `/programma/${ids.programme2026}/importeren`,
    `/programma/${ids.programme2026}/opdracht/nieuw`,
    `/opdracht/${ids.assignment2026}/bewerken`,
  ],
  board: (ids) => [...regionReader(ids), ...staff(ids)],
  portfolio: (ids) => [...regionReader(ids), '/mijn-opdrachten'],
  observer: (ids) => [...regionReader(ids), ...publicPages(ids)],
  'council.eindhoven': (ids) => [
    '/',
    '/onze-gemeente',
    `/programma/${ids.programme2025}/gemeente/${ids.municipality}`,
    `/programma/${ids.programme2025}/gemeente/${ids.municipality}/raadsinformatie`,
    `/programma/${ids.programme2025}/raden/${ids.municipality}`,
    `/opdracht/${ids.assignment2025}`,
  ],
};

async function resolveIds(page: Page): Promise<Ids> {
  type List = { items: { id: string; [key: string]: unknown }[] };
  const get = (path: string) => apiOk<List>(page, 'GET', path);
  const region = (await get('/regions')).items.find((r) => r.shortName === 'MRE')!.id;
  const programmes = (await get(`/regions/${region}/programmes`)).items;
  const programme2026 = programmes.find((p) => p.year === 2026)!.id;
  const programme2025 = programmes.find((p) => p.year === 2025)!.id;
  const periods = await apiOk<{ periodId: string }[]>(
    page,
    'GET',
    `/programmes/${programme2025}/bestuursrapportages`,
  );
  const municipality = (await get(`/regions/${region}/municipalities?q=Eindhoven`)).items.find(
    (m) => m.name === 'Eindhoven',
  )!.id;
  return {
    region,
    programme2026,
    programme2025,
    period2025: periods[0].periodId,
    assignment2026: (await get(`/programmes/${programme2026}/assignments`)).items[0].id,
    assignment2025: (await get(`/programmes/${programme2025}/assignments`)).items[0].id,
    municipality,
    municipalitySlug: 'eindhoven',
    person: (await get(`/regions/${region}/people`)).items[0].id,
    theme: (await get(`/regions/${region}/themes`)).items[0].id,
    organisation: (await get(`/regions/${region}/organisations`)).items[0].id,
  };
}

/** Waits until the page has its heading and no section still shows its spinner. */
async function waitUntilLoaded(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor(SLOW);
  await page.waitForFunction(() => !document.querySelector('.koers-spinner'), undefined, SLOW);
}

/** Visits one route at 390 px and 1280 px; returns what is wrong, one line per finding. */
async function checkPage(page: Page, route: string): Promise<string[]> {
  const failures: string[] = [];
  const failedCalls: string[] = [];
  const onResponse = (response: { url(): string; status(): number }) => {
    const url = new URL(response.url());
    // A visitor's "who am I" answers 401 by design; any other refusal means the page broke.
    if (url.pathname.startsWith('/api/') && response.status() >= 400) {
      if (!(url.pathname === '/api/auth/me' && response.status() === 401)) {
        failedCalls.push(`${response.status()} ${url.pathname}`);
      }
    }
  };
  page.on('response', onResponse);
  try {
    await page.setViewportSize(PHONE);
    await page.goto(route);
    await waitUntilLoaded(page);
    const errors = await page.locator('.utrecht-alert--error').allInnerTexts();
    for (const error of errors) failures.push(`${route}: shows an error: ${error.trim()}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) {
      failures.push(`${route} @390: ${width} px wide (${await widestElement(page)})`);
    }
    for (const v of await seriousAccessibilityViolations(page)) {
      failures.push(`${route} @390: ${v}`);
    }
    await page.setViewportSize(DESK);
    for (const v of await seriousAccessibilityViolations(page)) {
      failures.push(`${route} @1280: ${v}`);
    }
    for (const item of await bulletsBesideButtons(page)) {
      failures.push(`${route} @1280: a bullet beside the button "${item}"`);
    }
  } catch (error) {
    failures.push(`${route}: did not load (${(error as Error).message.split('\n')[0]})`);
  } finally {
    page.off('response', onResponse);
  }
  for (const call of failedCalls) failures.push(`${route}: API answered ${call}`);
  return failures;
}

/** Buttons that stand in a bulleted list item: a list used to lay out buttons shows a stray dot. */
function bulletsBesideButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main li'))
      .filter((li) => {
        const style = getComputedStyle(li);
        return style.display === 'list-item' && style.listStyleType !== 'none';
      })
      .flatMap((li) => Array.from(li.querySelectorAll(':scope > button, :scope > .utrecht-button')))
      .map((button) => button.textContent?.trim() ?? ''),
  );
}

/** The element that sticks out furthest to the right, to say where a sideways scroll comes from. */
function widestElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let worst: Element | null = null;
    let right = document.documentElement.clientWidth;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        worst = el;
      }
    }
    if (!worst) return 'no element found';
    const classes = worst.getAttribute('class');
    return `${worst.tagName.toLowerCase()}${classes ? `.${classes.split(/\s+/).join('.')}` : ''} ends at ${Math.round(right)} px`;
  });
}

describe('every page, for every demo role', () => {
  let browser: Browser;
  let ids: Ids;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@koers.demo');
    ids = await resolveIds(page);
    await context.close();
  }, 120_000);

  afterAll(() => browser.close());

  const roles = Object.keys(ROUTES) as Role[];
  it.each(roles)(
    'lets %s read every page without sideways scroll at 390 px or serious axe findings',
    async (role) => {
      const { context, page } = await newPage(browser);
      try {
        if (role !== 'anonymous') await signIn(page, `${role}@koers.demo`);
        const failures: string[] = [];
        for (const route of ROUTES[role](ids)) failures.push(...(await checkPage(page, route)));
        expect(failures).toEqual([]);
      } finally {
        await context.close();
      }
    },
    1_800_000,
  );
});
