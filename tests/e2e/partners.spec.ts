/**
 * Partner networks in the browser: the facilitator's partnerships page on a
 * network with no partners yet, including a mistyped handle caught at the
 * field, and a member's empty list of partner leads. Axe-clean on a desktop
 * and a 375 px phone. (The wire between two instances is covered by
 * tests/federation/two-networks.test.ts.)
 */
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, PHONE, STATE } from './support/demo.ts';

const viewports = [
  { name: 'desktop', size: { width: 1280, height: 900 } },
  { name: 'phone', size: PHONE },
];

async function settled(page: Page, where: string) {
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} is wider than the screen`).toBeLessThanOrEqual(0);
  await expectAccessible(page, `${where} (${page.viewportSize()?.width}px)`);
}

for (const vp of viewports) {
  test.describe(`on a ${vp.name}`, () => {
    test.use({ viewport: vp.size });

    test.describe('as the facilitator', () => {
      test.use({ storageState: STATE.facilitator });

      test('partnerships: none yet, what is shared, a mistyped handle', async ({ page }) => {
        await page.goto('/network/partners');
        await expect(page.getByRole('heading', { level: 1, name: 'Partner networks' })).toBeVisible();
        await expect(page.getByTestId('partnerships-empty')).toContainText('No partner networks yet');
        const never = page.getByRole('heading', { name: 'Never sent, to anyone' });
        await expect(never).toBeVisible();
        await expect(
          page.getByText("The client's contact: name, email, phone and organisation."),
        ).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Blocked instances' })).toBeVisible();
        await expect(page.getByText('No instance is blocked.')).toBeVisible();
        await settled(page, '/network/partners');

        const handle = page.getByLabel("Their network's handle or address");
        await handle.fill('cotech network');
        await page.getByRole('button', { name: 'Ask to partner' }).click();
        const error = 'Enter a handle like network@minga.example.org';
        await expect(page.getByRole('alert').getByRole('link', { name: new RegExp(error) })).toBeVisible();
        await expect(handle).toHaveAttribute('aria-invalid', 'true');
        await expect(handle).toHaveAccessibleDescription(new RegExp(error));
        // Nothing was asked: the list is still empty.
        await expect(page.getByTestId('partnership')).toHaveCount(0);
        await settled(page, '/network/partners with a field error');
      });
    });

    test.describe('as a member', () => {
      test.use({ storageState: STATE.member });

      test('partner leads: none shared yet', async ({ page }) => {
        await page.goto('/');
        await page
          .getByRole('navigation', { name: /main/i })
          .getByRole('link', { name: 'Partner leads' })
          .click();
        await expect(page.getByRole('heading', { level: 1, name: 'Partner leads' })).toBeVisible();
        await expect(page.getByTestId('partner-leads-empty')).toContainText(
          'No partner network has an open lead for us right now.',
        );
        await settled(page, '/partner-leads');
        await page.getByLabel('Show').selectOption('all');
        await expect(page).toHaveURL(/status=all/);
        await expect(page.getByTestId('partner-leads-empty')).toContainText(
          'No partner network has shared a lead with us yet.',
        );
      });
    });
  });
}
