/** Anonymous visitors: the directory, its filters in the URL, and a co-op page without members' details. */
import { expect, test } from '@playwright/test';
import { OWN_COOP } from './support/demo.ts';

test('filtering the directory by a technology shows only co-ops that list it, and the link can be shared', async ({
  page,
  request,
}) => {
  const expected = await (await request.get('/api/v1/coops?technology=drupal&pageSize=100')).json();
  const all = await (await request.get('/api/v1/coops?pageSize=100')).json();
  const names = (page: { items: Array<{ name: string }> }) => page.items.map((c) => c.name).sort();
  const without = names(all).filter((n) => !names(expected).includes(n));
  expect(expected.total).toBeGreaterThan(0);
  expect(without.length).toBeGreaterThan(0);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: `${all.total} co-ops` })).toBeVisible();
  const filters = page.getByRole('button', { name: /^Filters/ });
  if (await filters.isVisible()) await filters.click();
  await page.getByLabel('Technology', { exact: true }).selectOption({ label: 'Drupal' });

  await expect(page).toHaveURL(/[?&]technology=drupal\b/);
  await expect(page.getByRole('heading', { level: 2, name: `${expected.total} co-ops` })).toBeVisible();
  const shown = await page.getByTestId('coop-card').getByRole('heading').allInnerTexts();
  expect(shown.sort()).toEqual(names(expected));
  for (const name of without) expect(shown).not.toContain(name);

  // The filtered URL is the same directory for whoever opens it.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByRole('heading', { level: 2, name: `${expected.total} co-ops` })).toBeVisible();
  await expect(other.getByRole('button', { name: /Drupal/ })).toBeVisible();

  // Removing the chosen technology brings every co-op back.
  await page.getByRole('button', { name: /Drupal/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${all.total} co-ops` })).toBeVisible();
});

test('searching by name finds the co-op and its card links to its page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search co-ops' }).fill('Outlandish');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=Outlandish/);
  await page.getByTestId('coop-card').getByRole('link', { name: 'Outlandish' }).click();
  await expect(page).toHaveURL(`/coops/${OWN_COOP}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Outlandish' })).toBeVisible();
});

test('an anonymous visitor sees public facts but no contact details, availability or people', async ({
  page,
}) => {
  await page.goto(`/coops/${OWN_COOP}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Outlandish' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Technologies' })).toBeVisible();
  await expect(page.getByTestId('members-only-note')).toBeVisible();
  await expect(page.getByTestId('coop-contact')).toHaveCount(0);
  await expect(page.getByText('Fonthill Road')).toHaveCount(0);
  await expect(page.locator('a[href^="mailto:"], a[href^="tel:"]')).toHaveCount(0);
  await expect(page.getByTestId('coop-availability')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'People' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit co-op' })).toHaveCount(0);
});

test('a wrong password is refused with a message next to the form', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('nobody@example.coop');
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('That email and password do not match an account.');
  await expect(page).toHaveURL(/\/sign-in/);
});
