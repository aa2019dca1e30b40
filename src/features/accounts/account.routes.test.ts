import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { coop, person } from '../../../tests/support/factories.ts';

let t: TestApp;
let alpha: { id: string; slug: string };
let beta: { id: string; slug: string };

type Me = {
  id: string;
  name: string;
  email: string;
  networkRole: string;
  locale: string;
  personId: string | null;
  coops: Array<{ id: string; slug: string; name: string; role: string }>;
};

beforeAll(async () => {
  t = await testApp();
  alpha = await coop(t.database.db, { slug: 'alpha', name: 'Alpha Digital' });
  beta = await coop(t.database.db, { slug: 'beta', name: 'Beta Software' });
});
afterAll(() => t.close());

describe('GET/PATCH /api/v1/me', () => {
  it('answers 401 when nobody is signed in', async () => {
    expect((await t.request('/api/v1/me')).status).toBe(401);
  });

  it('describes the account: role, language, person record and co-ops', async () => {
    const p = await person(t.database.db, alpha.id, { name: 'Mo' });
    const u = await t.user({ email: 'mo@alpha.coop', coopId: alpha.id, coopRole: 'admin', personId: p.id });
    const me = (await (await t.request('/api/v1/me', { as: u.cookie })).json()) as Me;
    expect(me).toEqual({
      id: u.id,
      name: 'mo',
      email: 'mo@alpha.coop',
      networkRole: 'member',
      locale: 'en',
      personId: p.id,
      coops: [{ id: alpha.id, slug: 'alpha', name: 'Alpha Digital', role: 'admin' }],
    });
  });

  it('changes name and language, and nothing else', async () => {
    const u = await t.user({ email: 'rename@example.coop' });
    const res = await t.request('/api/v1/me', {
      method: 'PATCH',
      as: u.cookie,
      json: { name: 'Renata', locale: 'es' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Renata', locale: 'es', networkRole: 'member' });
    const escalate = await t.request('/api/v1/me', {
      method: 'PATCH',
      as: u.cookie,
      json: { role: 'admin' },
    });
    expect(escalate.status).toBe(422);
    const bad = await t.request('/api/v1/me', { method: 'PATCH', as: u.cookie, json: { locale: 'fr' } });
    expect(bad.status).toBe(422);
    const me = (await (await t.request('/api/v1/me', { as: u.cookie })).json()) as Me;
    expect(me.networkRole).toBe('member');
  });
});

describe('network admins manage accounts', () => {
  it('lists accounts with memberships, paged and searchable, to network admins only', async () => {
    const admin = await t.user({ email: 'root@net.coop', role: 'admin' });
    await t.user({ email: 'zed@beta.coop', coopId: beta.id });
    type Page = {
      items: Array<{ email: string; role: string; coops: Array<{ slug: string }>; createdAt: string }>;
      total: number;
      page: number;
      pageSize: number;
    };
    const res = await t.request('/api/v1/admin/users?q=beta.coop', { as: admin.cookie });
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      email: 'zed@beta.coop',
      role: 'member',
      coops: [{ slug: 'beta' }],
    });
    expect(Date.parse(page.items[0]!.createdAt)).toBeGreaterThan(0);

    const first = (await (
      await t.request('/api/v1/admin/users?pageSize=1', { as: admin.cookie })
    ).json()) as Page;
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThan(1);

    const member = await t.user({ email: 'nosy@alpha.coop', coopId: alpha.id, coopRole: 'admin' });
    expect((await t.request('/api/v1/admin/users', { as: member.cookie })).status).toBe(403);
    expect((await t.request('/api/v1/admin/users')).status).toBe(401);
  });

  it('changes network roles but never removes the last admin', async () => {
    const t2 = await testApp();
    try {
      const only = await t2.user({ email: 'only@net.coop', role: 'admin' });
      const other = await t2.user({ email: 'other@net.coop' });
      const demoteSelf = await t2.request(`/api/v1/admin/users/${only.id}`, {
        method: 'PATCH',
        as: only.cookie,
        json: { role: 'member' },
      });
      expect(demoteSelf.status).toBe(409);
      const promote = await t2.request(`/api/v1/admin/users/${other.id}`, {
        method: 'PATCH',
        as: only.cookie,
        json: { role: 'admin' },
      });
      expect(promote.status).toBe(200);
      expect(await promote.json()).toMatchObject({ email: 'other@net.coop', role: 'admin' });
      // The new role applies to the next request of an existing session.
      expect((await t2.request('/api/v1/admin/users', { as: other.cookie })).status).toBe(200);
      const demote = await t2.request(`/api/v1/admin/users/${only.id}`, {
        method: 'PATCH',
        as: other.cookie,
        json: { role: 'member' },
      });
      expect(demote.status).toBe(200);
      expect((await t2.request('/api/v1/admin/users', { as: only.cookie })).status).toBe(403);
      const missing = await t2.request('/api/v1/admin/users/nobody', {
        method: 'PATCH',
        as: other.cookie,
        json: { role: 'admin' },
      });
      expect(missing.status).toBe(404);
    } finally {
      await t2.close();
    }
  });
});
