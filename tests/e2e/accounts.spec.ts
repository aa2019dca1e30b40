/** Getting in: a forgotten password reset through the emailed link, and an invitation accepted. */
import { expect, test } from '@playwright/test';
import { memberOf, OWN_COOP, STATE } from './support/demo.ts';
import { linkFromMail } from './support/mailbox.ts';

test('a member who forgot their password resets it from the emailed link and signs in with the new one', async ({
  page,
}) => {
  const email = memberOf('webarchitects');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('a link is on its way');

  const link = await linkFromMail(email, /http:\/\/localhost:\d+\/reset-password\?token=[\w.-]+/);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(
    page.locator('.field', { has: page.getByLabel('New password', { exact: true }) }),
  ).toContainText('Use at least 10 characters.');
  const fresh = 'a brand new passphrase';
  await page.getByLabel('New password', { exact: true }).fill(fresh);
  await page.getByLabel('Repeat the new password').fill(fresh);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is changed');

  // The same link does not work twice.
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('yet another passphrase');
  await page.getByLabel('Repeat the new password').fill('yet another passphrase');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('alert')).toContainText('expired or has already been used');

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(fresh);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test.describe('invitations', () => {
  test.use({ storageState: STATE.admin });

  test('a co-op admin invites someone, who accepts from the emailed link and lands in the co-op', async ({
    page,
    browser,
  }) => {
    const invitee = `new-member-${Date.now()}@example.coop`;
    await page.goto('/account');
    const invite = page.getByRole('region', { name: 'Invite someone' });
    await invite.getByLabel('Email').fill(invitee);
    await expect(invite.getByLabel('Co-op', { exact: true })).toHaveValue(OWN_COOP);
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(invite.getByRole('status')).toContainText(`Invitation sent to ${invitee}`);
    await expect(invite.getByRole('strong').filter({ hasText: invitee })).toBeVisible();

    const link = await linkFromMail(invitee, /http:\/\/localhost:\d+\/invitations\/[\w-]+/);
    expect(await invite.getByLabel(/Invitation link/).inputValue()).toBe(link);

    const guest = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const p = await guest.newPage();
    await p.goto(link);
    await expect(p.getByRole('heading', { level: 1, name: 'Join Minga' })).toBeVisible();
    await expect(p.getByText(/invites you to join Outlandish as Co-op member/)).toBeVisible();
    await p.getByLabel('Your name').fill('Nadia Newcomer');
    await p.getByLabel('New password', { exact: true }).fill('nadia-passphrase-2026');
    await p.getByRole('radio', { name: 'Español' }).check();
    await p.getByRole('button', { name: 'Accept the invitation' }).click();

    await expect(p).toHaveURL(`/coops/${OWN_COOP}`);
    await expect(p.getByRole('button', { name: 'Salir' })).toBeVisible();
    await expect(p.getByRole('link', { name: 'Mi cooperativa' })).toBeVisible();
    await expect(p.getByTestId('coop-contact')).toBeVisible();
    await guest.close();

    // Accepted: no longer pending for the admin.
    await page.reload();
    await expect(
      page.getByRole('region', { name: 'Invite someone' }).getByRole('strong').filter({ hasText: invitee }),
    ).toHaveCount(0);
  });
});
