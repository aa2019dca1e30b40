/** Every page passes axe with zero violations, on a desktop screen and on a 375×740 phone. */
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, OWN_COOP, PHONE, STATE } from './support/demo.ts';

interface Visit {
  path: string;
  /** Something that is on the page once it has loaded. */
  ready: (page: Page) => ReturnType<Page['getByRole']>;
  prepare?: (page: Page) => Promise<void>;
}

const h1 = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name });
const openFilters = async (page: Page) => {
  const toggle = page.getByRole('button', { name: /^Filters/ });
  if (await toggle.isVisible()) await toggle.click();
};

const anonymous: Visit[] = [
  { path: '/', ready: h1('Co-op directory') },
  { path: '/?technology=drupal,php&stage=growing', ready: h1('Co-op directory'), prepare: openFilters },
  { path: `/coops/${OWN_COOP}`, ready: h1('Outlandish') },
  { path: '/sign-in', ready: h1('Sign in') },
  { path: '/forgot-password', ready: h1('Reset your password') },
  { path: '/reset-password?token=not-a-real-token', ready: h1('Choose a new password') },
  { path: '/no-such-page', ready: h1('Page not found') },
];
const member: Visit[] = [
  { path: '/', ready: h1('Co-op directory'), prepare: openFilters },
  { path: `/coops/${OWN_COOP}`, ready: h1('Outlandish') },
  { path: '/availability', ready: h1('My availability') },
  { path: '/account', ready: h1('Your account') },
];
const admin: Visit[] = [
  { path: `/coops/${OWN_COOP}/edit`, ready: h1('Edit Outlandish') },
  { path: `/coops/${OWN_COOP}/people`, ready: h1('People of Outlandish') },
  { path: `/coops/${OWN_COOP}/people/new`, ready: h1('Add a person') },
  { path: '/account', ready: h1('Your account') },
];

const viewports = [
  { name: 'desktop', size: { width: 1280, height: 900 } },
  { name: 'phone', size: PHONE },
];

async function check(page: Page, visits: Visit[], who: string) {
  for (const v of visits) {
    await page.goto(v.path);
    await expect(v.ready(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await v.prepare?.(page);
    await expectAccessible(page, `${v.path} (${who}, ${page.viewportSize()?.width}px)`);
    // Nothing sticks out sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${v.path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
}

for (const vp of viewports) {
  test.describe(`on a ${vp.name}`, () => {
    test.use({ viewport: vp.size });

    test('anonymous pages', async ({ page }) => {
      await check(page, anonymous, 'anonymous');
    });

    test.describe('as a member', () => {
      test.use({ storageState: STATE.member });
      test('member pages', async ({ page }) => {
        await check(page, member, 'member');
      });
    });

    test.describe('as a co-op admin', () => {
      test.use({ storageState: STATE.admin });
      test('admin pages', async ({ page }) => {
        await check(page, admin, 'co-op admin');
      });
    });

    test.describe('as the facilitator', () => {
      test.use({ storageState: STATE.facilitator });
      test('account page with invitations, and an invitation as its recipient sees it', async ({
        page,
        browser,
      }) => {
        await check(page, [{ path: '/account', ready: h1('Your account') }], 'facilitator');
        const res = await page.request.post('/api/v1/invitations', {
          data: { email: `a11y-${vp.name}@example.coop`, coopSlug: OWN_COOP, coopRole: 'member' },
        });
        expect(res.status()).toBe(201);
        const { url } = await res.json();
        const guest = await browser.newContext({
          viewport: vp.size,
          storageState: { cookies: [], origins: [] },
        });
        const guestPage = await guest.newPage();
        await check(guestPage, [{ path: new URL(url).pathname, ready: h1('Join Minga') }], 'invitee');
        await guest.close();
      });
    });
  });
}
