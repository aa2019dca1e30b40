/** Signs in through the real form once per role and keeps each session for the journeys. */
import { expect, test as setup } from '@playwright/test';
import { adminOf, DEMO_PASSWORD, FACILITATOR, memberOf, OWN_COOP, STATE } from './support/demo.ts';

const roles = [
  { name: 'member', email: memberOf(OWN_COOP), file: STATE.member },
  { name: 'co-op admin', email: adminOf(OWN_COOP), file: STATE.admin },
  { name: 'facilitator', email: FACILITATOR, file: STATE.facilitator },
];

for (const role of roles) {
  setup(`sign in as the ${role.name}`, async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Email').fill(role.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page).toHaveURL('/');
    await page.context().storageState({ path: role.file });
  });
}
