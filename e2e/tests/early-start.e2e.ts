import { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, signIn } from '../support/browser';
import { adoptedMre2041Id, MRE_2041 } from '../support/programmes-2041';

/**
 * The first page's early start (apps/web/src/boot.ts): opened by its address, a screen's code,
 * strings and data are preloaded beside the app's scripts, and the app's own requests take the
 * preloaded answers over: each is asked for once, and Chromium warns of no unused preload.
 */
const SLOW = { timeout: 30_000 };

/** The paths a page asks for, and its console's warnings and errors. */
function watch(page: Page) {
  const requests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') warnings.push(message.text());
  });
  return { requests, warnings, times: (path: string) => requests.filter((r) => r === path).length };
}

describe('the early start of the first page', () => {
  let browser: Browser;
  let programmeId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    programmeId = await adoptedMre2041Id(browser);
  }, 120_000);

  afterAll(() => browser.close());

  it('gives the public programme page its code and its four answers beside the app’s scripts, each asked for once', async () => {
    const { context, page } = await newPage(browser);
    const { requests, warnings, times } = watch(page);
    await page.goto(`/openbaar/programma/${programmeId}`);
    await page.getByRole('heading', { level: 1, name: MRE_2041 }).waitFor(SLOW);

    // The early start (apps/web/src/boot.ts) preloaded them; the app's requests took them over.
    const data = [
      `/api/programmes/${programmeId}`,
      `/api/open/v1/programmes/${programmeId}/assignments`,
      `/api/programmes/${programmeId}/contributions`,
      `/api/programmes/${programmeId}/council-decisions`,
    ];
    expect(data.map(times)).toEqual([1, 1, 1, 1]);
    const preloaded = await page
      .locator('head link[rel=preload][as=fetch]')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
      );
    expect(preloaded).toEqual(expect.arrayContaining(data));
    const code = requests.filter((r) =>
      /\/assets\/(public-programme|features)-[\w-]+\.js$/.test(r),
    );
    expect(code).toHaveLength(2);
    expect(await page.locator('head link[rel=modulepreload]').count()).toBeGreaterThan(2);

    // Chromium says so when a preload is not used within a few seconds of the page's load.
    await page.waitForTimeout(4000);
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
    await context.close();
  });

  it('gives the bureau’s programme page its programme and assignments beside the app’s scripts, each asked for once', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'bureau@koers.demo');
    const { warnings, times } = watch(page);
    await page.goto(`/programma/${programmeId}`);
    await page.getByRole('heading', { level: 1, name: MRE_2041 }).waitFor(SLOW);

    const data = [`/api/programmes/${programmeId}`, `/api/programmes/${programmeId}/assignments`];
    const preloaded = await page
      .locator('head link[rel=preload][as=fetch]')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
      );
    expect(preloaded).toEqual(expect.arrayContaining(data));
    expect([...data, '/api/auth/me'].map(times)).toEqual([1, 1, 1]);
    await page.waitForTimeout(4000);
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
    await context.close();
  });
});
