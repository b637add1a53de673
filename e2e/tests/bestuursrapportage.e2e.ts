import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import {
  apiOk,
  expectNoSeriousViolations,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

/**
 * The bureau opens the bestuursrapportage of the demo 2025 programme's spring period from the
 * programme page and sees the API's roll-up: the counts by status, the budget-weighted share on
 * course and the total spend; the PDF downloads.
 * Read only: the demo report is never marked final here (other tests share this Koers).
 */
const SLOW = { timeout: 30_000 };
/** Where a run may keep the PDF and screenshots to look at (KOERS_E2E_ARTIFACTS); nothing when unset. */
const ARTIFACTS = process.env.KOERS_E2E_ARTIFACTS;
const SPRING = 'Voorjaarsrapportage 2025';

interface Rollup {
  counts: Record<'on_course' | 'attention' | 'off_course' | 'no_report' | 'total', number>;
  onCourseShare: { share: number | null; numeratorCents: number; denominatorCents: number };
  total: { budgetCents: number; spentCents: number; committedCents: number };
}

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const formatEuros = (cents: number) => euros.format(cents / 100);
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

async function findSpring(page: Page): Promise<{ programmeId: string; periodId: string }> {
  const regions = await apiOk<{ items: { id: string; shortName: string }[] }>(
    page,
    'GET',
    '/regions',
  );
  const mre = regions.items.find((r) => r.shortName === 'MRE')!.id;
  const programmes = await apiOk<{ items: { id: string; year: number }[] }>(
    page,
    'GET',
    `/regions/${mre}/programmes`,
  );
  const programmeId = programmes.items.find((p) => p.year === 2025)!.id;
  const list = await apiOk<{ periodId: string; title: string }[]>(
    page,
    'GET',
    `/programmes/${programmeId}/bestuursrapportages`,
  );
  const periodId = list.find((p) => p.title === SPRING)!.periodId;
  return { programmeId, periodId };
}

describe('the bestuursrapportage in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the API roll-up of the demo spring period and downloads it as a PDF', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau@koers.demo');
    const { programmeId, periodId } = await findSpring(page);
    const rollup = await apiOk<Rollup>(
      page,
      'GET',
      `/programmes/${programmeId}/reporting-periods/${periodId}/rollup`,
    );
    // The demo spring period: five accepted reports, so none counts as "no report".
    expect(rollup.counts.total).toBe(5);
    expect(rollup.counts.no_report).toBe(0);

    await page.goto(`/programma/${programmeId}`);
    await page.getByRole('link', { name: `Bestuursrapportage ${SPRING}` }).click();
    await page
      .getByRole('heading', { level: 1, name: `Bestuursrapportage ${SPRING}` })
      .waitFor(SLOW);

    const byStatus = page.getByRole('table', { name: 'Opdrachten per status' });
    const rowCount = async (name: string) =>
      (await byStatus.getByRole('row', { name: new RegExp(`^${name}`) }).textContent())?.replace(
        name,
        '',
      );
    expect(await rowCount('Op koers')).toBe(String(rollup.counts.on_course));
    expect(await rowCount('Aandacht nodig')).toBe(String(rollup.counts.attention));
    expect(await rowCount('Niet op koers')).toBe(String(rollup.counts.off_course));
    expect(await rowCount('Geen rapportage')).toBe(String(rollup.counts.no_report));
    expect(await rowCount('Totaal')).toBe(String(rollup.counts.total));

    const { share, numeratorCents, denominatorCents } = rollup.onCourseShare;
    expect(share).not.toBeNull();
    await page
      .getByText(
        `Aandeel op koers naar begroting: ${percent.format(share!)} (${formatEuros(numeratorCents)} van ${formatEuros(denominatorCents)}).`,
      )
      .waitFor();
    await page
      .getByText(
        `Begroting: ${formatEuros(rollup.total.budgetCents)}; verplicht: ${formatEuros(rollup.total.committedCents)}; besteed: ${formatEuros(rollup.total.spentCents)};`,
        { exact: false },
      )
      .waitFor();
    await expectNoSeriousViolations(page);
    // A phone: the tables scroll inside their own frame and the charts shrink; the page does not.
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    if (ARTIFACTS) await page.screenshot({ path: `${ARTIFACTS}/bestuursrapportage-390.png` });
    if (ARTIFACTS) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: `${ARTIFACTS}/bestuursrapportage-1280.png` });
    }

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Bestuursrapportage downloaden (PDF)' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5_000);
    if (ARTIFACTS) await download.saveAs(`${ARTIFACTS}/bestuursrapportage-demo.pdf`);
    const served = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type') };
    }, `/api/programmes/${programmeId}/reporting-periods/${periodId}/bestuursrapportage/pdf`);
    expect(served.status).toBe(200);
    expect(served.type).toMatch(/^application\/pdf/);
    await context.close();
  }, 180_000);
});
