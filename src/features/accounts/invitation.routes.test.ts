import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { coop } from '../../../tests/support/factories.ts';

let t: TestApp;
let alpha: { id: string; slug: string };
let networkAdmin: string;
let alphaAdmin: string;
let alphaMember: string;

type Created = { id: string; email: string; expiresAt: string; url: string };
type MeBody = {
  id: string;
  email: string;
  name: string;
  networkRole: string;
  locale: string;
  coops: Array<{ slug: string; name: string; role: string }>;
};

beforeAll(async () => {
  t = await testApp();
  alpha = await coop(t.database.db, { slug: 'alpha', name: 'Alpha Digital' });
  await coop(t.database.db, { slug: 'beta', name: 'Beta Software' });
  networkAdmin = (await t.user({ email: 'facilitator@net.coop', role: 'admin' })).cookie;
  alphaAdmin = (await t.user({ email: 'admin@alpha.coop', coopId: alpha.id, coopRole: 'admin' })).cookie;
  alphaMember = (await t.user({ email: 'member@alpha.coop', coopId: alpha.id })).cookie;
});
afterAll(() => t.close());

async function invite(as: string, json: Record<string, unknown>) {
  const res = await t.request('/api/v1/invitations', { method: 'POST', as, json });
  expect(res.status, await res.clone().text()).toBe(201);
  const body = (await res.json()) as Created;
  return { ...body, token: new URL(body.url).pathname.split('/').pop()! };
}

const accept = (token: string, json: Record<string, unknown>, as?: string) =>
  t.request(`/api/v1/invitations/${token}/accept`, { method: 'POST', json, as });

const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

describe('inviting, viewing and accepting', () => {
  it('emails a 7-day link whose token is stored only as a hash', async () => {
    const before = Date.now();
    const inv = await invite(networkAdmin, {
      email: ' Nadia@Example.COOP ',
      coopSlug: 'alpha',
      coopRole: 'admin',
    });
    expect(inv.email).toBe('nadia@example.coop');
    expect(inv.url).toMatch(/^http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(inv.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    const mail = t.mails.at(-1)!;
    expect(mail.to).toBe('nadia@example.coop');
    expect(mail.text).toContain(inv.url);
    expect(mail.text).toContain('Alpha Digital');
    expect(mail.text).toContain('te invitó');

    const stored = await t.database.db.execute<{ token_hash: string }>(
      sql`select token_hash from invitations where id = ${inv.id}`,
    );
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]!.token_hash).not.toContain(inv.token);
  });

  it('shows the invitation to whoever holds the link, and 404 for an unknown token', async () => {
    const inv = await invite(networkAdmin, { email: 'view@example.coop', coopSlug: 'beta' });
    const res = await t.request(`/api/v1/invitations/${inv.token}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      email: 'view@example.coop',
      coop: { slug: 'beta', name: 'Beta Software' },
      networkRole: 'member',
      coopRole: 'member',
      expiresAt: inv.expiresAt,
      invitedBy: 'facilitator',
    });
    expect((await t.request('/api/v1/invitations/not-a-real-token')).status).toBe(404);
  });

  it('creates the account, the membership and a session; the link then answers 410', async () => {
    const inv = await invite(networkAdmin, {
      email: 'ana@example.coop',
      coopSlug: 'alpha',
      coopRole: 'admin',
    });
    const res = await accept(inv.token, { name: 'Ana', password: 'a long enough secret', locale: 'es' });
    expect(res.status, await res.clone().text()).toBe(201);
    const me = (await res.json()) as MeBody;
    expect(me).toMatchObject({
      email: 'ana@example.coop',
      name: 'Ana',
      networkRole: 'member',
      locale: 'es',
      coops: [{ slug: 'alpha', name: 'Alpha Digital', role: 'admin' }],
    });
    const cookie = cookieOf(res);
    expect(cookie).toContain('better-auth.session_token=');
    const who = await t.request('/api/v1/me', { as: cookie });
    expect(((await who.json()) as MeBody).id).toBe(me.id);
    // The password works for later sign-ins too.
    expect(await t.signIn('ana@example.coop', 'a long enough secret')).toContain('session_token');

    expect((await t.request(`/api/v1/invitations/${inv.token}`)).status).toBe(410);
    const again = await accept(inv.token, { name: 'Ana 2', password: 'another long secret' });
    expect(again.status).toBe(410);
  });

  it('makes a network admin when the invitation says so', async () => {
    const inv = await invite(networkAdmin, { email: 'second-admin@example.coop', networkRole: 'admin' });
    const res = await accept(inv.token, { name: 'Second', password: 'a long enough secret' });
    expect(((await res.json()) as MeBody).networkRole).toBe('admin');
  });

  it('answers 410 for an expired invitation', async () => {
    const inv = await invite(networkAdmin, { email: 'late@example.coop' });
    await t.database.db.execute(
      sql`update invitations set expires_at = now() - interval '1 minute' where id = ${inv.id}`,
    );
    expect((await t.request(`/api/v1/invitations/${inv.token}`)).status).toBe(410);
    expect((await accept(inv.token, { name: 'Late', password: 'a long enough secret' })).status).toBe(410);
  });

  it('names missing or short fields with 422', async () => {
    const inv = await invite(networkAdmin, { email: 'fields@example.coop' });
    const missing = await accept(inv.token, { name: 'No Password' });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe(
      'password',
    );
    const short = await accept(inv.token, { name: 'Short', password: 'short' });
    expect(short.status).toBe(422);
    expect((await t.request(`/api/v1/invitations/${inv.token}`)).status).toBe(200);
  });

  it('lets only one of two simultaneous accepts win, leaving one account', async () => {
    const inv = await invite(networkAdmin, { email: 'race@example.coop', coopSlug: 'beta' });
    const results = await Promise.all([
      accept(inv.token, { name: 'First', password: 'a long enough secret' }),
      accept(inv.token, { name: 'Second', password: 'a long enough secret' }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(201);
    expect([409, 410]).toContain(statuses[1]);
    const users = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from "user" where email = 'race@example.coop'`,
    );
    expect(users.rows[0]!.n).toBe(1);
    const members = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from coop_members cm join "user" u on u.id = cm.user_id
          where u.email = 'race@example.coop'`,
    );
    expect(members.rows[0]!.n).toBe(1);
  });
});

describe('invitees who already have an account', () => {
  it('must be signed in as the invited email, and then only gain the membership', async () => {
    const existing = await t.user({ email: 'existing@example.coop' });
    const other = await t.user({ email: 'someone-else@example.coop' });
    const inv = await invite(alphaAdmin, { email: 'existing@example.coop', coopSlug: 'alpha' });

    expect((await accept(inv.token, {})).status).toBe(409);
    expect((await accept(inv.token, {}, other.cookie)).status).toBe(403);
    const res = await accept(inv.token, {}, existing.cookie);
    expect(res.status).toBe(201);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(((await res.json()) as MeBody).coops).toEqual([
      { id: alpha.id, slug: 'alpha', name: 'Alpha Digital', role: 'member' },
    ]);
  });

  it('cannot be invited into a co-op they already belong to, or into the network twice', async () => {
    const dup = await t.request('/api/v1/invitations', {
      method: 'POST',
      as: alphaAdmin,
      json: { email: 'member@alpha.coop', coopSlug: 'alpha' },
    });
    expect(dup.status).toBe(409);
    const net = await t.request('/api/v1/invitations', {
      method: 'POST',
      as: networkAdmin,
      json: { email: 'member@alpha.coop' },
    });
    expect(net.status).toBe(409);
  });
});

describe('who may invite', () => {
  const post = (as: string | undefined, json: Record<string, unknown>) =>
    t.request('/api/v1/invitations', { method: 'POST', as, json });

  it('lets a co-op admin invite members into their own co-op only', async () => {
    expect(
      (await post(alphaAdmin, { email: 'new1@example.coop', coopSlug: 'alpha', coopRole: 'admin' })).status,
    ).toBe(201);
    expect((await post(alphaAdmin, { email: 'new2@example.coop', coopSlug: 'beta' })).status).toBe(403);
    expect((await post(alphaAdmin, { email: 'new3@example.coop' })).status).toBe(403);
    expect(
      (await post(alphaAdmin, { email: 'new4@example.coop', coopSlug: 'alpha', networkRole: 'admin' }))
        .status,
    ).toBe(403);
  });

  it('refuses members and anonymous callers', async () => {
    expect((await post(alphaMember, { email: 'new5@example.coop', coopSlug: 'alpha' })).status).toBe(403);
    expect((await post(undefined, { email: 'new6@example.coop', coopSlug: 'alpha' })).status).toBe(401);
  });

  it('names an unknown co-op or a co-op role without a co-op', async () => {
    const unknown = await post(networkAdmin, { email: 'x@example.coop', coopSlug: 'nowhere' });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe(
      'coopSlug',
    );
    const orphan = await post(networkAdmin, { email: 'x@example.coop', coopRole: 'admin' });
    expect(orphan.status).toBe(422);
  });
});

describe('pending invitations: listing and revoking', () => {
  it('shows network admins every pending invitation and co-op admins their co-op’s', async () => {
    await invite(networkAdmin, { email: 'pending-beta@example.coop', coopSlug: 'beta' });
    await invite(alphaAdmin, { email: 'pending-alpha@example.coop', coopSlug: 'alpha' });
    type List = { items: Array<{ email: string; coop: { slug: string } | null; invitedBy: string | null }> };
    const all = (await (await t.request('/api/v1/invitations', { as: networkAdmin })).json()) as List;
    const emails = all.items.map((i) => i.email);
    expect(emails).toContain('pending-beta@example.coop');
    expect(emails).toContain('pending-alpha@example.coop');
    expect(emails).not.toContain('ana@example.coop'); // accepted
    expect(emails).not.toContain('late@example.coop'); // expired

    const mine = (await (await t.request('/api/v1/invitations', { as: alphaAdmin })).json()) as List;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.coop?.slug === 'alpha')).toBe(true);
    expect(mine.items.find((i) => i.email === 'pending-alpha@example.coop')?.invitedBy).toBe('admin');

    expect((await t.request('/api/v1/invitations', { as: alphaMember })).status).toBe(403);
    expect((await t.request('/api/v1/invitations')).status).toBe(401);
  });

  it('revokes: the link stops working; a co-op admin cannot revoke another co-op’s invitation', async () => {
    const betaInv = await invite(networkAdmin, { email: 'revoke-beta@example.coop', coopSlug: 'beta' });
    expect(
      (await t.request(`/api/v1/invitations/${betaInv.id}`, { method: 'DELETE', as: alphaAdmin })).status,
    ).toBe(403);
    const alphaInv = await invite(alphaAdmin, { email: 'revoke-alpha@example.coop', coopSlug: 'alpha' });
    expect(
      (await t.request(`/api/v1/invitations/${alphaInv.id}`, { method: 'DELETE', as: alphaAdmin })).status,
    ).toBe(204);
    expect((await t.request(`/api/v1/invitations/${alphaInv.token}`)).status).toBe(404);
    expect(
      (await accept(alphaInv.token, { name: 'Too late', password: 'a long enough secret' })).status,
    ).toBe(404);
  });

  it('replaces an older pending invitation for the same person and co-op', async () => {
    const first = await invite(networkAdmin, { email: 'twice@example.coop', coopSlug: 'beta' });
    const second = await invite(networkAdmin, { email: 'twice@example.coop', coopSlug: 'beta' });
    expect((await t.request(`/api/v1/invitations/${first.token}`)).status).toBe(404);
    expect((await t.request(`/api/v1/invitations/${second.token}`)).status).toBe(200);
  });
});
