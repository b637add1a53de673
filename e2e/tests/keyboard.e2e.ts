import { Browser, Page } from 'playwright-core';
import { apiOk, launchBrowser, newPage, signIn } from '../support/browser';

/**
 * Issue 18 §4: the assignment form and the ratification matrix work by keyboard alone. Tab reaches
 * every control in the order it stands on the page, each shows where the focus is, and Enter and
 * Space operate them. Read only: the form is sent empty, so the API stores nothing.
 * Screenshots of both pages at 390 and 1280 px go to KOERS_E2E_SHOTS when set.
 */
const SLOW = { timeout: 30_000 };
const SHOTS = process.env.KOERS_E2E_SHOTS;

interface Stop {
  index: number | null;
  name: string;
  focusShown: boolean;
}

/**
 * Numbers every control in `main` that Tab should reach, in document order (of a radio group
 * only its checked or first button), and returns their names.
 */
function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'a[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      'summary',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const main = document.querySelector('main')!;
    const seenGroups = new Set<string>();
    const names: string[] = [];
    for (const element of Array.from(main.querySelectorAll<HTMLElement>(selector))) {
      if (element.getClientRects().length === 0 || element.closest('[inert]')) continue;
      if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
        const group = Array.from(
          main.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${element.name}"]`),
        );
        const stop = group.find((r) => r.checked) ?? group[0];
        if (stop !== element || seenGroups.has(element.name)) continue;
        seenGroups.add(element.name);
      }
      element.dataset.tabStop = String(names.length);
      names.push(
        element.getAttribute('aria-label') ??
          (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ??
          element.textContent?.trim().slice(0, 40) ??
          element.tagName,
      );
    }
    return names;
  });
}

/** Where the focus is now, and whether a sighted user can see it (an outline or a ring). */
function focusNow(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || !element.closest('main') || element.tagName === 'MAIN') {
      return { index: null, name: element?.tagName ?? 'nothing', focusShown: false };
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    return {
      index: element.dataset.tabStop === undefined ? -1 : Number(element.dataset.tabStop),
      name: element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '',
      focusShown: outline || ring,
    };
  });
}

/**
 * Tabs from the top of `main` until the focus leaves it; returns what was wrong: a control
 * skipped or reached out of order, or one that did not show its focus.
 */
async function tabThroughMain(page: Page): Promise<{ reached: number; problems: string[] }> {
  const names = await markControls(page);
  await page.locator('main').focus();
  const problems: string[] = [];
  let expected = 0;
  for (let presses = 0; presses < names.length * 4; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focusNow(page);
    if (stop.index === null) break;
    // A date field holds day, month and year: Tab visits each part of the same control.
    if (stop.index === expected - 1 && expected > 0) continue;
    if (stop.index !== expected) {
      problems.push(
        `Tab ${presses + 1} reached "${stop.name}" (${stop.index}), expected "${names[expected]}" (${expected})`,
      );
    }
    if (!stop.focusShown) problems.push(`"${stop.name}" shows no focus`);
    expected = stop.index + 1;
  }
  if (expected !== names.length) {
    problems.push(`Tab left the page after ${expected} of ${names.length} controls`);
  }
  return { reached: expected, problems };
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

describe('by keyboard alone', () => {
  let browser: Browser;
  let programme2025 = '';
  let programme2026 = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau@koers.demo');
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
    programme2025 = programmes.items.find((p) => p.year === 2025)!.id;
    programme2026 = programmes.items.find((p) => p.year === 2026)!.id;
    await context.close();
  }, 120_000);

  afterAll(() => browser.close());

  it('the bureau fills in the assignment form: every control in order, focus shown, Enter and Space work', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, 'bureau@koers.demo');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/programma/${programme2026}/opdracht/nieuw`);
      await page.getByRole('heading', { level: 1, name: 'Nieuwe opdracht' }).waitFor(SLOW);
      await page.getByRole('button', { name: 'Opdracht opslaan' }).waitFor(SLOW);
      await shoot(page, 'keyboard-assignment-form');
      await page.setViewportSize({ width: 1280, height: 900 });

      const walk = await tabThroughMain(page);
      expect(walk.problems).toEqual([]);
      expect(walk.reached).toBeGreaterThan(20);

      // Enter on an entry of the contents moves the focus to that part of the form.
      const moneyLink = page
        .getByRole('navigation', { name: 'Onderdelen' })
        .getByRole('link', { name: 'Geld en capaciteit' });
      await moneyLink.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'assignment-part-money');

      // Space ticks a checkbox, and again unticks it.
      const box = page.locator('main input[type="checkbox"]').first();
      await box.focus();
      const before = await box.isChecked();
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(!before);
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(before);

      // Enter on the save button of the empty form: the errors are listed, nothing is saved.
      await page.getByRole('button', { name: 'Opdracht opslaan' }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('alert')
        .getByText(/^Controleer \d+ velden?:/)
        .waitFor(SLOW);
      expect(page.url()).toContain('/opdracht/nieuw');
    } finally {
      await context.close();
    }
  });

  it('the bureau filters the ratification matrix and opens a council: every control in order, focus shown', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, 'bureau@koers.demo');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/programma/${programme2025}/raden`);
      const caption = page.locator('#matrix-caption');
      await caption.waitFor(SLOW);
      // The register of views below the matrix asks for its own rows (the four councils with a
      // view link to them); the controls are counted once they are there.
      await page.locator('#view-register-caption').waitFor(SLOW);
      await shoot(page, 'keyboard-ratification-matrix');
      await page.setViewportSize({ width: 1280, height: 900 });

      const walk = await tabThroughMain(page);
      expect(walk.problems).toEqual([]);
      expect(walk.reached).toBeGreaterThan(21);

      // Space on the overdue filter ticks it and says so in the address; again unticks it.
      const overdue = page.getByRole('checkbox', { name: 'Alleen gemeenten die te laat zijn' });
      await overdue.focus();
      await page.keyboard.press('Space');
      await page.waitForURL((url) => url.searchParams.get('termijn') === 'te-laat');
      // The box follows the address once the page has drawn it again.
      await page.locator('#matrix-overdue:checked').waitFor(SLOW);
      await page.keyboard.press('Space');
      await page.waitForURL((url) => !url.searchParams.has('termijn'));
      await page.locator('#matrix-overdue:not(:checked)').waitFor(SLOW);

      // The arrow keys choose a status in the filter, Home goes back to all statuses.
      const status = page.getByRole('combobox', { name: 'Status' });
      await status.focus();
      await page.keyboard.press('ArrowDown');
      await page.waitForURL((url) => url.searchParams.get('status') === 'pending');
      // Every council decided before the 2025 programme was adopted: none is left pending.
      await page.getByText('Geen gemeente past bij dit filter.').waitFor(SLOW);
      await page.locator('#matrix-status option[value="pending"]:checked').waitFor({
        state: 'attached',
      });
      await page.keyboard.press('ArrowDown');
      await page.waitForURL((url) => url.searchParams.get('status') === 'no_view');
      // The two councils that gave no view.
      await page
        .getByText(/Gemeenten en hun besluit \(2 van 21\)/)
        .first()
        .waitFor(SLOW);
      await page.locator('#matrix-status option[value="no_view"]:checked').waitFor({
        state: 'attached',
      });
      await page.keyboard.press('Home');
      await page.waitForURL((url) => !url.searchParams.has('status'));
      await page
        .getByText(/Gemeenten en hun besluit \(21 van 21\)/)
        .first()
        .waitFor(SLOW);

      // Enter on a municipality opens its council's decision.
      await page.getByRole('link', { name: 'Bekijk het besluit van Eindhoven' }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 1, name: /Raadsbesluit van Eindhoven/ })
        .waitFor(SLOW);
    } finally {
      await context.close();
    }
  });
});
