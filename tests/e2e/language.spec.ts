/** English and Spanish: the switch translates the whole UI and is remembered. */
import { expect, test } from '@playwright/test';
import { OWN_COOP, STATE } from './support/demo.ts';

test('switching to Spanish translates the interface and survives a reload', async ({ page }) => {
  await page.goto(`/coops/${OWN_COOP}`);
  await expect(page.getByRole('heading', { name: 'Technologies' })).toBeVisible();
  await page.getByRole('button', { name: 'Español' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: 'Tecnologías' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Entrar' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Directorio' })).toBeVisible();
  await expect(page.getByText('Technologies', { exact: true })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tecnologías' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Directorio de cooperativas' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /\d+ cooperativas/ })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Co-op directory' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('signed in', () => {
  test.use({ storageState: STATE.member });

  test('the choice is saved to the account, and dates follow the language', async ({ page }) => {
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByText(/^Signed in \d{1,2} [A-Z][a-z]{2} \d{4}/).first()).toBeVisible();

    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Español' }).click();
    expect((await saved).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Tu cuenta' })).toBeVisible();
    await expect(page.getByText(/^Sesión iniciada el \d{1,2} [a-z]{3,4}\.? \d{4}/).first()).toBeVisible();

    const me = await (await page.request.get('/api/v1/me')).json();
    expect(me.locale).toBe('es');

    // Back to English for the other journeys that share this account.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  });
});
