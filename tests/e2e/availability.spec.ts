/** A member declares availability in seconds and the co-op's status follows, on its page and in the directory. */
import { expect, type Page, test } from '@playwright/test';
import { OWN_COOP, STATE } from './support/demo.ts';

test.use({ storageState: STATE.member });

async function setMyAvailability(page: Page, choice: 'Busy' | 'Free' | 'Could be free', hours: string) {
  await page.goto('/availability');
  await expect(page.getByRole('heading', { level: 1, name: 'My availability' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`^${choice}`) }).check();
  await page.getByLabel('Hours per week I could give').fill(hours);
  await page.getByRole('button', { name: 'Save my availability' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

async function coopFreeCounts(page: Page) {
  await page.goto(`/coops/${OWN_COOP}`);
  const text = (await page.getByTestId('free-share').textContent()) ?? '';
  const m = /(\d+) of (\d+) people free \((\d+)%\)/.exec(text);
  expect(m, text).not.toBeNull();
  const badge = page.getByTestId('coop-availability-summary').getByTestId('coop-availability');
  const status = ((await badge.textContent()) ?? '').replace(/^\W+/, '').trim();
  return { free: Number(m![1]), total: Number(m![2]), percent: Number(m![3]), status };
}

test('going from busy to free raises the co-op’s share of free people, on its page and in the directory', async ({
  page,
}) => {
  await setMyAvailability(page, 'Busy', '0');
  const before = await coopFreeCounts(page);
  await expect(
    page.getByTestId('people-list').getByRole('listitem').filter({ hasText: '(you)' }),
  ).toContainText('Busy');

  await setMyAvailability(page, 'Free', '24');
  await page.getByRole('link', { name: 'See Outlandish' }).click();
  const after = await coopFreeCounts(page);
  expect(after.total).toBe(before.total);
  expect(after.free).toBe(before.free + 1);
  expect(after.percent).toBe(Math.round((100 * after.free) / after.total));
  const me = page.getByTestId('people-list').getByRole('listitem').filter({ hasText: '(you)' });
  await expect(me).toContainText('Free');
  await expect(me).toContainText('24 hours a week');

  // The directory card shows the same status as the co-op page.
  await page.goto(`/?q=${OWN_COOP}`);
  const card = page.getByTestId('coop-card').filter({ hasText: 'Outlandish' });
  await expect(card.getByTestId('coop-availability')).toContainText(after.status);

  // Members can filter by availability; the co-op is found under its new status.
  await page.goto('/');
  const filters = page.getByRole('button', { name: /^Filters/ });
  if (await filters.isVisible()) await filters.click();
  await page.getByLabel('Availability').selectOption({ label: after.status });
  await expect(page.getByTestId('coop-card').filter({ hasText: 'Outlandish' })).toBeVisible();
});

test('a member sees contact details and people but no edit buttons for their co-op', async ({ page }) => {
  await page.goto(`/coops/${OWN_COOP}`);
  await expect(page.getByTestId('coop-contact')).toBeVisible();
  await expect(page.getByTestId('people-list')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Update my availability' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit co-op' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Manage people' })).toHaveCount(0);
});
