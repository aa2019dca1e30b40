/** Sessions live in the database: listing, revoking and signing out take effect on the next request. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type TestApp, testApp } from '../../../tests/support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const meStatus = async (cookie: string) => (await t.request('/api/v1/me', { as: cookie })).status;

describe('sessions', () => {
  it('are listed, and a revoked one is anonymous on its next request', async () => {
    const { id, cookie: laptop } = await t.user({ email: 'sessions@example.coop' });
    const phone = await t.signIn('sessions@example.coop');
    const stored = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from session where user_id = ${id}`,
    );
    expect(stored.rows[0]!.n).toBe(2);

    const list = await t.request('/api/auth/list-sessions', { as: laptop });
    expect(list.status).toBe(200);
    const sessions = (await list.json()) as Array<{ token: string; userId: string }>;
    expect(sessions).toHaveLength(2);
    expect(sessions.every((s) => s.userId === id)).toBe(true);

    const phoneToken = decodeURIComponent(phone.split('=')[1]!).split('.')[0]!;
    expect(sessions.map((s) => s.token)).toContain(phoneToken);
    expect(await meStatus(phone)).toBe(200);
    const revoke = await t.request('/api/auth/revoke-session', {
      method: 'POST',
      as: laptop,
      json: { token: phoneToken },
    });
    expect(revoke.status).toBe(200);
    expect(await meStatus(phone)).toBe(401);
    expect(await meStatus(laptop)).toBe(200);
  });

  it('revoke-other-sessions keeps only the current one', async () => {
    const { cookie: a } = await t.user({ email: 'others@example.coop' });
    const b = await t.signIn('others@example.coop');
    const c = await t.signIn('others@example.coop');
    const res = await t.request('/api/auth/revoke-other-sessions', { method: 'POST', as: a, json: {} });
    expect(res.status).toBe(200);
    expect([await meStatus(a), await meStatus(b), await meStatus(c)]).toEqual([200, 401, 401]);
  });

  it('sign-out ends the session in the database', async () => {
    const { id, cookie } = await t.user({ email: 'signout@example.coop' });
    const res = await t.request('/api/auth/sign-out', { method: 'POST', as: cookie, json: {} });
    expect(res.status).toBe(200);
    expect(await meStatus(cookie)).toBe(401);
    const stored = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from session where user_id = ${id}`,
    );
    expect(stored.rows[0]!.n).toBe(0);
  });
});

describe('sign-in throttling', () => {
  const signIn = (ip: string, password: string, headers: Record<string, string> = {}) =>
    t.request('/api/auth/sign-in/email', {
      method: 'POST',
      ip,
      headers,
      json: { email: 'throttled@example.coop', password },
    });

  it('answers 429 with Retry-After after 5 tries a minute from one address; other addresses go on', async () => {
    await t.user({ email: 'throttled@example.coop' });
    const ip = '203.0.113.7';
    for (let i = 0; i < 5; i++) expect((await signIn(ip, 'wrong password!')).status).toBe(401);
    const blocked = await signIn(ip, 'wrong password!');
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Even the right password waits, and a client cannot pick its own address.
    expect((await signIn(ip, PASSWORD)).status).toBe(429);
    expect((await signIn(ip, PASSWORD, { 'x-minga-client-ip': '198.51.100.1' })).status).toBe(429);
    expect((await signIn('203.0.113.8', PASSWORD)).status).toBe(200);
  });
});
