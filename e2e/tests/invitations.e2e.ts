import { Browser } from 'playwright-core';
import {
  callApi,
  expectNoSeriousViolations,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

/**
 * The MRE admin adds the Zwolle bureau's address as an observer: that account is managed by
 * another region, so it is only offered the role. Its holder sees the offer on the start page,
 * with region, role and who offered it, and declines it (so no other test sees a changed account).
 */
const SLOW = { timeout: 30_000 };

describe('an invitation to a role in another region', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is shown to its holder after signing in, and can be declined', async () => {
    const admin = (await newPage(browser)).page;
    await signIn(admin, 'admin@koers.demo');
    const mreId = await admin.evaluate(async () => {
      const regions = (await (await fetch('/api/regions')).json()) as {
        items: { id: string; shortName: string }[];
      };
      return regions.items.find((r) => r.shortName === 'MRE')?.id;
    });
    expect(
      (
        await callApi(admin, 'POST', `/regions/${mreId ?? ''}/users`, {
          email: 'bureau.zwolle@koers.demo',
          name: 'Collega uit Zwolle',
          role: 'observer',
        })
      ).status,
    ).toBe(201);

    const page = (await newPage(browser)).page;
    await signIn(page, 'bureau.zwolle@koers.demo');
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Uitnodigingen voor jou' });
    await notice.waitFor(SLOW);
    const offer = notice.getByRole('listitem').filter({ hasText: 'Metropoolregio Eindhoven' });
    expect(await offer.textContent()).toContain(
      'Demo beheerder MRE nodigt je uit als Meelezer in Metropoolregio Eindhoven.',
    );
    await expectNoSeriousViolations(page);

    await offer.getByRole('button', { name: 'Afwijzen' }).click();
    await page
      .getByText('Je hebt de uitnodiging als Meelezer in Metropoolregio Eindhoven afgewezen.')
      .waitFor();
    await notice.waitFor({ state: 'detached' });
    await expectNoSeriousViolations(page);
  });
});
