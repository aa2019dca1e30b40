/**
 * Leads, end to end (issue 3): a client's project through the public form →
 * triage → a facilitator publishes it → members of matching co-ops are told
 * and answer → a third co-op sees both answers but never the client's
 * contact, which the facilitator does see. And a member posting a lead:
 * a field error, then draft, then publish. Axe on every page visited.
 *
 * Matching: the demo co-ops Agile Collective and Autonomic have people who
 * know Drupal (fixtures/cotech-demo.json); Outlandish has none, so its member
 * is not told but, like every member, sees the published lead.
 */
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, memberOf, PHONE, STATE } from './support/demo.ts';

const RUN = Date.now().toString(36);
const TITLE = `Drupal rebuild for a housing co-op ${RUN}`;
const CLIENT = {
  name: 'Rosa Quispe Huamán',
  email: `rosa.${RUN}@leith-housing.example`,
  phone: '+44 7700 900123',
  organisation: 'Leith Housing Co-operative',
};
const FIRST = { slug: 'agile-collective', name: 'Agile Collective' };
const SECOND = { slug: 'autonomic', name: 'Autonomic' };
/** The sweep that tells matching co-ops runs every minute; allow two, plus the job queue's own pace. */
const NOTIFICATION_WAIT = 150_000;

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const loaded = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);

/** A browser context signed in as a demo account, through the same endpoint the sign-in form uses. */
async function signedIn(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await expect
    .poll(
      async () => {
        const res = await context.request.post('/api/auth/sign-in/email', {
          data: { email, password: DEMO_PASSWORD },
          headers: { origin: new URL(test.info().project.use.baseURL ?? '').origin },
        });
        // The sign-in rate limit (5 a minute per address) may be spent by earlier journeys: wait it out.
        if (res.status() === 429) await new Promise((r) => setTimeout(r, 10_000));
        return res.status();
      },
      { message: `signing in as ${email}`, timeout: 75_000, intervals: [0] },
    )
    .toBe(200);
  return context;
}

async function expressInterest(page: Page, coop: { name: string }, fit: string) {
  await page.getByRole('button', { name: `Say ${coop.name} is interested` }).click();
  const form = page.getByRole('form', { name: `${coop.name}'s interest` });
  await expect(form.getByLabel('Available from')).not.toHaveValue('');
  // Prefilled from the co-op's people and declared need: only the fit statement is worth a word.
  await expect(form.getByLabel('Hours per week')).not.toHaveValue('');
  await expect(form.getByLabel('Capacity')).not.toHaveValue('');
  await expect(
    form.getByRole('group', { name: 'Proposed people' }).getByRole('checkbox', { checked: true }),
  ).not.toHaveCount(0);
  await form.getByLabel('Why your co-op fits').fill(fit);
  await expectAccessible(page, `interest form (${coop.name})`);
  await form.getByRole('button', { name: "Send: we're interested" }).click();
  await expect(page.getByTestId('interest').filter({ hasText: coop.name })).toContainText(fit);
}

test('a client’s project reaches matching co-ops, who answer; only the entitled see the client', async ({
  browser,
}) => {
  test.setTimeout(NOTIFICATION_WAIT + 150_000);

  // 1. The client, with no account, in the public form.
  const client = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await client.newPage();
  await page.goto('/bring-your-project');
  await expect(h1(page, 'Bring us your project')).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }),
  ).toBeVisible();
  // The honeypot is there for bots only: off-screen, hidden from assistive technology, out of the tab order.
  const honeypot = page.locator('input[name="website"]');
  await expect(honeypot).toHaveAttribute('tabindex', '-1');
  await expect(honeypot).toHaveAttribute('autocomplete', 'off');
  await expect(page.locator('.lead-honeypot')).toHaveAttribute('aria-hidden', 'true');
  expect(await honeypot.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThan(0);
  await expectAccessible(page, '/bring-your-project');
  await page.getByLabel('Your name').fill(CLIENT.name);
  await page.getByLabel('Email').fill(CLIENT.email);
  await page.getByLabel('Phone (optional)').fill(CLIENT.phone);
  await page.getByLabel('Client organisation').fill(CLIENT.organisation);
  await page.getByLabel('Project name').fill(TITLE);
  await page
    .getByLabel('What do you need?')
    .fill('Our members’ portal runs on **Drupal 7**. We need it rebuilt on a supported Drupal.');
  await page.getByRole('group', { name: 'Languages the team must speak' }).getByLabel('English').check();
  await page.getByLabel('Remote work is fine').check();
  await page.getByRole('button', { name: 'Send my project' }).click();
  await expect(h1(page, 'Thank you!')).toBeVisible();
  await expect(page.getByRole('status')).toContainText(CLIENT.email);
  await expectAccessible(page, 'public form, thank-you');
  await client.close();

  // 2. The facilitator finds it in triage, adds the Drupal profile, and publishes it.
  const facilitator = await browser.newContext({ storageState: STATE.facilitator });
  const fp = await facilitator.newPage();
  await fp.goto('/leads/triage');
  await expect(h1(fp, 'Triage')).toBeVisible();
  const card = fp.getByTestId('lead-card').filter({ hasText: TITLE });
  await expect(card).toContainText(CLIENT.organisation);
  await expectAccessible(fp, '/leads/triage');
  await card.getByRole('link', { name: `Edit ${TITLE}` }).click();
  await expect(h1(fp, `Edit “${TITLE}”`)).toBeVisible();
  await expect(fp.getByRole('textbox', { name: 'Email' })).toHaveValue(CLIENT.email);
  await fp.getByLabel('Technology 1').selectOption({ label: 'Drupal' });
  await fp.getByLabel('Minimum seniority 1').selectOption({ label: 'Junior or above' });
  const deadline = new Date(Date.now() + 10 * 24 * 3600_000);
  const local = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T17:00`;
  await fp.getByLabel('Deadline for interest').fill(local(deadline));
  await expectAccessible(fp, 'lead edit form (facilitator)');
  await fp.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(h1(fp, TITLE)).toBeVisible();
  await loaded(fp);
  await expect(fp.getByTestId('lead-client')).toContainText(CLIENT.email);
  await expectAccessible(fp, 'lead in triage (facilitator)');
  await fp.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(fp.getByTestId('lead-status').first()).toContainText('Open');

  // 3. A member of a co-op with Drupal people is told, and answers.
  const first = await signedIn(browser, memberOf(FIRST.slug));
  const p1 = await first.newPage();
  await p1.goto('/notifications');
  await expect(h1(p1, 'Notifications')).toBeVisible();
  const told = p1.getByTestId('notification').filter({ hasText: TITLE });
  await expect(async () => {
    await p1.reload();
    await expect(told).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: NOTIFICATION_WAIT, intervals: [5_000] });
  await expect(told).toContainText(`${FIRST.name} could field 1 of 1 people`);
  await expect(p1.getByTestId('notification-bell')).toHaveAccessibleName(/Notifications: \d+ unread/);
  await expectAccessible(p1, '/notifications');
  await told.getByRole('link', { name: TITLE }).click();
  await expect(h1(p1, TITLE)).toBeVisible();
  await loaded(p1);
  await expectAccessible(p1, 'open lead (first co-op)');
  await expressInterest(p1, FIRST, 'Two of us rebuilt a Drupal 7 portal for a housing co-op last year.');
  await first.close();

  // 4. A member of a second matching co-op answers too.
  const second = await signedIn(browser, memberOf(SECOND.slug));
  const p2 = await second.newPage();
  await p2.goto('/leads');
  await expect(h1(p2, 'Leads')).toBeVisible();
  await p2.getByLabel('Search leads').fill(RUN);
  await p2.getByRole('button', { name: 'Search', exact: true }).click();
  await p2.getByRole('link', { name: TITLE }).click();
  await expect(h1(p2, TITLE)).toBeVisible();
  await loaded(p2);
  await expressInterest(p2, SECOND, 'We host Drupal sites and can take the migration.');
  await second.close();

  // 5. A member of a third co-op sees both answers and nothing of the client's contact.
  const third = await browser.newContext({ storageState: STATE.member });
  const p3 = await third.newPage();
  await p3.goto(`/leads?q=${RUN}`);
  const listed = p3.getByTestId('lead-card').filter({ hasText: TITLE });
  await expect(listed.getByTestId('interest-count')).toHaveText('2 co-ops interested');
  await expect(listed).toContainText(CLIENT.organisation);
  await expectAccessible(p3, '/leads (third co-op)');
  await listed.getByRole('link', { name: TITLE }).click();
  await expect(h1(p3, TITLE)).toBeVisible();
  await loaded(p3);
  const interests = p3.getByTestId('interests');
  await expect(interests.getByTestId('interest')).toHaveCount(2);
  await expect(interests).toContainText(FIRST.name);
  await expect(interests).toContainText(SECOND.name);
  await expect(p3.getByTestId('lead-client')).toContainText(CLIENT.organisation);
  const html = await p3.content();
  for (const secret of [CLIENT.email, CLIENT.name, CLIENT.phone]) expect(html).not.toContain(secret);
  await expectAccessible(p3, 'open lead (third co-op)');
  await third.close();

  // 6. The facilitator sees the contact and both interests.
  await fp.reload();
  await loaded(fp);
  const contact = fp.getByTestId('lead-client');
  for (const secret of [CLIENT.email, CLIENT.name, CLIENT.phone]) await expect(contact).toContainText(secret);
  await expect(fp.getByTestId('interest')).toHaveCount(2);
  await expectAccessible(fp, 'open lead (facilitator)');
  await facilitator.close();
});

test.describe('a member posting a lead', () => {
  test.use({ storageState: STATE.member });

  test('sees a field error next to the field, saves a draft, then publishes it', async ({ page }) => {
    const title = `WordPress shop for a bakery co-op ${RUN}`;
    await page.goto('/leads/new');
    await expect(h1(page, 'Post a lead')).toBeVisible();
    await loaded(page);
    await expectAccessible(page, '/leads/new');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Description').fill('A small online shop with **click and collect**.');
    await page.getByLabel('Technology 1').selectOption({ label: 'WordPress' });
    await page.getByLabel('Deadline for interest').fill('2020-01-01T12:00');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const deadline = page.locator('.field', { has: page.getByLabel('Deadline for interest') });
    await expect(deadline).toContainText('The deadline for interest must be in the future.');
    await expect(page.getByLabel('Deadline for interest')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
    await expectAccessible(page, '/leads/new with a field error');

    await page.getByLabel('Deadline for interest').fill('');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(h1(page, title)).toBeVisible();
    await loaded(page);
    await expect(page.getByTestId('lead-status').first()).toContainText('Draft');
    await expectAccessible(page, 'draft lead');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByTestId('lead-status').first()).toContainText('Open');
    await expect(page.getByRole('status').filter({ hasText: 'the lead is now “Open”' })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ storageState: STATE.member, viewport: PHONE });

  test('the leads pages fit a 375px screen and pass axe', async ({ page }) => {
    for (const [path, heading] of [
      ['/leads', 'Leads'],
      ['/leads/new', 'Post a lead'],
      ['/notifications', 'Notifications'],
      ['/bring-your-project', 'Bring us your project'],
    ] as const) {
      await page.goto(path);
      await expect(h1(page, heading)).toBeVisible();
      await loaded(page);
      await expectAccessible(page, `${path} (phone)`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
});

// Last on purpose: it spends this address's public-form allowance (5 an hour) for the rest of the run.
test('the public form answers the rate limit with a friendly wait', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/bring-your-project');
  await expect(h1(page, 'Bring us your project')).toBeVisible();
  // Use up the allowance from this browser, as a busy sender would.
  await page.evaluate(async () => {
    for (let i = 0; i < 6; i++) {
      const res = await fetch('/api/v1/public/leads', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Bot', email: 'bot@example.org', title: `Spam ${i}`, description: 'x' }),
      });
      if (res.status === 429) return;
    }
  });
  await page.getByLabel('Your name').fill('Ana');
  await page.getByLabel('Email').fill('ana@example.org');
  await page.getByLabel('Project name').fill('One more project');
  await page.getByLabel('What do you need?').fill('A website.');
  await page.getByRole('button', { name: 'Send my project' }).click();
  await expect(page.getByTestId('rate-limited')).toContainText(/Please try again in \d+ minutes?\./);
  await expectAccessible(page, 'public form, rate limited');
  await context.close();
});
