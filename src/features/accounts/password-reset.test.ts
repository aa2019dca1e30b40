/** Password reset end to end through better-auth's endpoints and the emailed link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type TestApp, testApp } from '../../../tests/support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const requestReset = (email: string) =>
  t.request('/api/auth/request-password-reset', {
    method: 'POST',
    json: { email, redirectTo: '/reset-password' },
  });

describe('password reset', () => {
  it('emails a link to the web page; its token sets a new password and ends old sessions', async () => {
    const { cookie } = await t.user({ email: 'forgetful@example.coop' });
    const sent = t.mails.length;
    const res = await requestReset('forgetful@example.coop');
    expect(res.status).toBe(200);
    const mail = t.mails[sent]!;
    expect(mail.to).toBe('forgetful@example.coop');
    expect(mail.subject).toContain('Restablecer');
    expect(mail.text).toContain('restablecer la contraseña');
    const link = mail.text.match(/https?:\/\/\S+/)![0];
    expect(link).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=[A-Za-z0-9_-]+$/);
    const token = new URL(link).searchParams.get('token')!;

    const reset = await t.request('/api/auth/reset-password', {
      method: 'POST',
      json: { newPassword: 'a brand new passphrase', token },
    });
    expect(reset.status).toBe(200);
    expect((await t.request('/api/v1/me', { as: cookie })).status).toBe(401);
    await expect(t.signIn('forgetful@example.coop', PASSWORD)).rejects.toThrow(/401/);
    expect(await t.signIn('forgetful@example.coop', 'a brand new passphrase')).toContain('session_token');

    const reused = await t.request('/api/auth/reset-password', {
      method: 'POST',
      json: { newPassword: 'yet another passphrase', token },
    });
    expect(reused.status).toBe(400);
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    await t.user({ email: 'known@example.coop' });
    const known = await requestReset('known@example.coop');
    const sent = t.mails.length;
    const unknown = await requestReset('nobody@example.coop');
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
    expect(t.mails.length).toBe(sent);
  });

  it('refuses a short new password', async () => {
    await t.user({ email: 'short@example.coop' });
    const sent = t.mails.length;
    await requestReset('short@example.coop');
    const token = new URL(t.mails[sent]!.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;
    const res = await t.request('/api/auth/reset-password', {
      method: 'POST',
      json: { newPassword: 'short', token },
    });
    expect(res.status).toBe(400);
  });
});
