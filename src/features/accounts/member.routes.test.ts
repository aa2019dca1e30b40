import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { coop, person } from '../../../tests/support/factories.ts';

let t: TestApp;
let alpha: { id: string; slug: string };
let beta: { id: string; slug: string };

type Member = { userId: string; email: string; role: string; personId: string | null };

beforeAll(async () => {
  t = await testApp();
  alpha = await coop(t.database.db, { slug: 'alpha', name: 'Alpha Digital' });
  beta = await coop(t.database.db, { slug: 'beta', name: 'Beta Software' });
});
afterAll(() => t.close());

const patch = (as: string, slug: string, userId: string, role: string) =>
  t.request(`/api/v1/coops/${slug}/members/${userId}`, { method: 'PATCH', as, json: { role } });

describe('co-op members', () => {
  it('are listed to the co-op’s members, not to other co-ops’ members', async () => {
    const admin = await t.user({ email: 'lister@alpha.coop', coopId: alpha.id, coopRole: 'admin' });
    const colleague = await t.user({ email: 'colleague@alpha.coop', coopId: alpha.id });
    const outsider = await t.user({ email: 'outsider@beta.coop', coopId: beta.id, coopRole: 'admin' });
    const res = await t.request('/api/v1/coops/alpha/members', { as: colleague.cookie });
    expect(res.status).toBe(200);
    const items = ((await res.json()) as { items: Member[] }).items;
    expect(items.map((m) => [m.email, m.role])).toEqual([
      ['colleague@alpha.coop', 'member'],
      ['lister@alpha.coop', 'admin'],
    ]);
    expect(items.find((m) => m.userId === admin.id)).toBeDefined();
    expect((await t.request('/api/v1/coops/alpha/members', { as: outsider.cookie })).status).toBe(403);
    expect((await t.request('/api/v1/coops/alpha/members')).status).toBe(401);
    expect((await t.request('/api/v1/coops/nowhere/members', { as: admin.cookie })).status).toBe(404);
  });

  it('change role at their admins’ hand, and a co-op never loses its last admin', async () => {
    const c = await coop(t.database.db, { slug: 'gamma' });
    const a = await t.user({ email: 'a@gamma.coop', coopId: c.id, coopRole: 'admin' });
    const b = await t.user({ email: 'b@gamma.coop', coopId: c.id });

    expect((await patch(b.cookie, 'gamma', b.id, 'admin')).status).toBe(403);
    const last = await patch(a.cookie, 'gamma', a.id, 'member');
    expect(last.status).toBe(409);
    expect(((await last.json()) as { detail: string }).detail).toContain('at least one admin');
    expect(
      (await t.request(`/api/v1/coops/gamma/members/${a.id}`, { method: 'DELETE', as: a.cookie })).status,
    ).toBe(409);

    const promoted = await patch(a.cookie, 'gamma', b.id, 'admin');
    expect(promoted.status).toBe(200);
    expect(((await promoted.json()) as Member).role).toBe('admin');
    expect((await patch(a.cookie, 'gamma', a.id, 'member')).status).toBe(200);
    expect((await patch(a.cookie, 'gamma', b.id, 'member')).status).toBe(403);
  });

  it('never end with zero admins when two admins demote each other at once', async () => {
    const c = await coop(t.database.db, { slug: 'delta' });
    const a = await t.user({ email: 'a@delta.coop', coopId: c.id, coopRole: 'admin' });
    const b = await t.user({ email: 'b@delta.coop', coopId: c.id, coopRole: 'admin' });
    const results = await Promise.all([
      patch(a.cookie, 'delta', b.id, 'member'),
      patch(b.cookie, 'delta', a.id, 'member'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const admins = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from coop_members where coop_id = ${c.id} and role = 'admin'`,
    );
    expect(admins.rows[0]!.n).toBe(1);
  });

  it('can be removed by an admin, or leave; removal unlinks their person record', async () => {
    const c = await coop(t.database.db, { slug: 'epsilon' });
    const admin = await t.user({ email: 'admin@epsilon.coop', coopId: c.id, coopRole: 'admin' });
    const p = await person(t.database.db, c.id, { name: 'Leaver' });
    const leaver = await t.user({ email: 'leaver@epsilon.coop', coopId: c.id, personId: p.id });
    const stays = await t.user({ email: 'stays@epsilon.coop', coopId: c.id });

    expect(
      (await t.request(`/api/v1/coops/epsilon/members/${stays.id}`, { method: 'DELETE', as: leaver.cookie }))
        .status,
    ).toBe(403);
    expect(
      (await t.request(`/api/v1/coops/epsilon/members/${leaver.id}`, { method: 'DELETE', as: leaver.cookie }))
        .status,
    ).toBe(204);
    const linked = await t.database.db.execute<{ user_id: string | null }>(
      sql`select user_id from people where id = ${p.id}`,
    );
    expect(linked.rows[0]!.user_id).toBeNull();
    expect(
      (await t.request(`/api/v1/coops/epsilon/members/${stays.id}`, { method: 'DELETE', as: admin.cookie }))
        .status,
    ).toBe(204);
    const left = await t.request('/api/v1/coops/epsilon/members', { as: admin.cookie });
    expect(((await left.json()) as { items: Member[] }).items.map((m) => m.email)).toEqual([
      'admin@epsilon.coop',
    ]);
  });
});

describe('linking an account to a person record', () => {
  it('is a co-op admin’s call, within their co-op, and shows up in /me', async () => {
    const c = await coop(t.database.db, { slug: 'zeta' });
    const admin = await t.user({ email: 'admin@zeta.coop', coopId: c.id, coopRole: 'admin' });
    const member = await t.user({ email: 'member@zeta.coop', coopId: c.id });
    const p1 = await person(t.database.db, c.id, { name: 'First' });
    const p2 = await person(t.database.db, c.id, { name: 'Second' });
    const foreign = await person(t.database.db, alpha.id, { name: 'Foreign' });
    const put = (as: string, personId: string | null) =>
      t.request(`/api/v1/coops/zeta/members/${member.id}/person`, { method: 'PUT', as, json: { personId } });

    expect((await put(member.cookie, p1.id)).status).toBe(403);
    const linked = await put(admin.cookie, p1.id);
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as Member).personId).toBe(p1.id);
    const me = (await (await t.request('/api/v1/me', { as: member.cookie })).json()) as { personId: string };
    expect(me.personId).toBe(p1.id);

    // Relinking moves the link; an account is one person at most.
    expect(((await (await put(admin.cookie, p2.id)).json()) as Member).personId).toBe(p2.id);
    const rows = await t.database.db.execute<{ id: string }>(
      sql`select id from people where user_id = ${member.id}`,
    );
    expect(rows.rows.map((r) => r.id)).toEqual([p2.id]);

    const wrong = await put(admin.cookie, foreign.id);
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe('personId');

    const other = await t.user({ email: 'other@zeta.coop', coopId: c.id });
    const taken = await t.request(`/api/v1/coops/zeta/members/${other.id}/person`, {
      method: 'PUT',
      as: admin.cookie,
      json: { personId: p2.id },
    });
    expect(taken.status).toBe(409);

    expect(((await (await put(admin.cookie, null)).json()) as Member).personId).toBeNull();
  });
});
