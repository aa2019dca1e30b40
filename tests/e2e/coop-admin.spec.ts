/** A co-op admin keeps the co-op's profile and people true. */
import { expect, test } from '@playwright/test';
import { OWN_COOP, STATE } from './support/demo.ts';

test.use({ storageState: STATE.admin });

test('a co-op admin edits the profile: a bad field is explained next to it, a good edit shows on the page', async ({
  page,
}) => {
  await page.goto(`/coops/${OWN_COOP}`);
  await page.getByRole('link', { name: 'Edit co-op' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Outlandish' })).toBeVisible();

  await page.getByLabel('Website').fill('not a web address');
  await page.getByRole('button', { name: 'Save' }).click();
  const website = page.getByLabel('Website');
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field', { has: website })).toContainText('Enter a full web address');
  await expect(page.getByRole('alert')).toContainText('There is a problem');

  await website.fill('https://outlandish.example');
  await page.getByLabel('City').fill('Finsbury Park');
  await page.getByRole('radio', { name: 'High need for work' }).check();
  const technologies = page.getByRole('group', { name: 'Technologies' });
  await technologies.getByLabel('Find in the list').fill('drupal');
  await technologies.getByRole('checkbox', { name: 'Drupal' }).check();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(`/coops/${OWN_COOP}`);
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText('Finsbury Park, United Kingdom')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Drupal' })).toBeVisible();
  await expect(page.getByText('High need for work')).toBeVisible();

  // The directory now finds the co-op under its new technology.
  await page.goto('/?technology=drupal');
  await expect(page.getByTestId('coop-card').filter({ hasText: 'Outlandish' })).toBeVisible();
});

test('a co-op admin adds a person with a skill, edits them and removes them', async ({ page }) => {
  await page.goto(`/coops/${OWN_COOP}`);
  await page.getByRole('link', { name: 'Manage people' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People of Outlandish' })).toBeVisible();
  const before = await page.locator('.person-row').count();

  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByLabel('Name').fill('Ada Newperson');
  await page.getByRole('checkbox', { name: 'Spanish' }).check();
  await page.getByRole('radio', { name: 'Could be free' }).check();
  await page.getByLabel('Hours per week I could give').fill('10');
  await page.getByRole('button', { name: 'Add a skill' }).click();
  await page.getByLabel('Technology 1').selectOption({ label: 'PHP' });
  await page.getByLabel('Seniority 1').selectOption({ label: 'Senior' });
  await page.getByLabel('Years 1').fill('6');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'People of Outlandish' })).toBeVisible();
  const row = page.locator('.person-row').filter({ hasText: 'Ada Newperson' });
  await expect(row).toContainText('PHP (Senior)');
  await expect(row).toContainText('Could be free');
  await expect(page.locator('.person-row')).toHaveCount(before + 1);

  await row.getByRole('link', { name: /Edit/ }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Ada Newperson');
  await page.getByLabel('Name').fill('Ada Renamed');
  await page.getByRole('button', { name: 'Save' }).click();
  const renamed = page.locator('.person-row').filter({ hasText: 'Ada Renamed' });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: /Remove/ }).click();
  await renamed.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.locator('.person-row').filter({ hasText: 'Ada Renamed' })).toHaveCount(0);
  await expect(page.locator('.person-row')).toHaveCount(before);
});
