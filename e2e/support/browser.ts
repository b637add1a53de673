import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';

export const baseUrl = process.env.KOERS_E2E_URL ?? 'http://127.0.0.1:3000';

/** Debian's chromium, never a downloaded browser; headless and quiet on a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(
  browser: Browser,
  locale = 'nl-NL',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, locale });
  const page = await context.newPage();
  return { context, page };
}

/** WCAG 2.1 AA violations of impact serious or critical on the current page. */
export async function seriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails the test on any serious or critical WCAG 2.1 AA violation of the current page. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/**
 * Looks at the page as a reader on a desk and on a phone would: no serious axe finding, and at
 * 1280 and at 390 px wide nothing scrolls sideways — the whole page, or `part` where the page
 * also holds other tests' wide tables. With KOERS_E2E_SHOTS set, a full-page screenshot at each
 * width goes there as `<name>-<width>.png` (taken before the width is checked, so a page that
 * fails is photographed). Leaves the page at 1280 px.
 */
export async function lookAt(page: Page, name: string, part?: Locator): Promise<void> {
  await expectNoSeriousViolations(page);
  const shots = process.env.KOERS_E2E_SHOTS;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    if (shots) await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
    const wide = part
      ? await part.evaluate((e) => Math.max(e.getBoundingClientRect().right, e.scrollWidth))
      : await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Calls the API from a signed-in page, as the web app would (session cookie, CSRF token). */
export async function callApi(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer: unknown = res.status === 204 ? null : await res.json();
      return { status: res.status, body: answer };
    },
    { method, path, body },
  );
}

/** `callApi` that throws, naming the call, unless the API answers below 300. */
export async function apiOk<T = Record<string, unknown>>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const result = await callApi(page, method, path, body);
  if (result.status >= 300) {
    throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result.body as T;
}

export const DEMO_PASSWORD = 'koers-demo-2026';

/** Signs in through the sign-in page, as a person would, using the demo list's fill button. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/aanmelden');
  const fill = page.getByRole('button', { name: `Vul ${email} in` });
  if (email.startsWith('council.')) {
    await page.getByText(/Raadsaccounts per gemeente/).click();
  }
  await fill.click();
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await page.getByRole('button', { name: 'Afmelden' }).waitFor();
}

/**
 * From the start page, as the MRE bureau: a new, empty programme for `year` (the running
 * assignments not taken over), waited for until its page shows. Returns the programme's title.
 */
export async function createEmptyMreProgramme(page: Page, year: string): Promise<string> {
  const title = `Werkprogramma ${year} Metropoolregio Eindhoven`;
  await page.getByRole('link', { name: 'Metropoolregio Eindhoven (MRE)' }).click();
  await page.getByRole('link', { name: 'Nieuw jaarprogramma' }).click();
  await page.getByRole('textbox', { name: 'Jaar' }).fill(year);
  const takeOver = page.getByRole('checkbox', { name: /Neem de lopende opdrachten over/ });
  if (await takeOver.count()) await takeOver.uncheck();
  await page.getByRole('button', { name: 'Programma aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
  return title;
}
