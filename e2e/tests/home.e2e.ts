import { Browser } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newPage, signIn } from '../support/browser';

describe('the first page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is the Koers app in Dutch, with the system status in words and no serious axe violations', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Koers' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByText('Koers en de database zijn bereikbaar.').waitFor();
    await page.getByRole('link', { name: 'Meld je aan' }).waitFor();
    await expectNoSeriousViolations(page);
    await context.close();
  });

  it('signs in with a demo account, shows who is signed in, and signs out again', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/aanmelden');
    await page.getByRole('heading', { level: 2, name: 'Demo-accounts' }).waitFor();
    await expectNoSeriousViolations(page);
    await signIn(page, 'bureau@koers.demo');
    await page.getByText('Regiobureau · Metropoolregio Eindhoven').waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('link', { name: 'Aanmelden' }).waitFor();
    await context.close();
  });

  it('starts keyboard users at a skip link that moves them to the content', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await context.close();
  });

  it('switches to English, keeps that choice on reload, and serves deep links from the app', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Koers' }).waitFor();
    // English is fetched after the first page's script; the page waits for it, so from the first
    // frame on a reload the heading is English, never Dutch first.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { headingsSeen: seen });
      new MutationObserver(() => {
        for (const h1 of document.querySelectorAll('h1')) seen.push(h1.textContent ?? '');
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Koers' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const headingsSeen = await page.evaluate(
      () => (window as unknown as { headingsSeen: string[] }).headingsSeen,
    );
    expect(headingsSeen.length).toBeGreaterThan(0);
    expect(headingsSeen.filter((text) => text !== 'Welcome to Koers')).toEqual([]);

    await page.goto('/deze/pagina/bestaat/niet');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoSeriousViolations(page);
    await context.close();
  });
});
