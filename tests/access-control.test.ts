/**
 * Who may see and change what, across the directory, people, accounts and
 * the taxonomy: anonymous readers, members, co-op admins, network admins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './support/app.ts';
import { coop, person, term } from './support/factories.ts';

let t: TestApp;
let alpha: { id: string };
let beta: { id: string };
let alphaPerson: { id: string };
let alphaColleague: { id: string };
let betaPerson: { id: string };
let alphaAdmin: { id: string; cookie: string };
let alphaMember: { id: string; cookie: string };
let networkAdmin: { id: string; cookie: string };

const SECRET = { email: 'hello@alpha.coop', phone: '+44 20 7946 0000', address: '1 Secret Street' };

beforeAll(async () => {
  t = await testApp();
  const db = t.database.db;
  alpha = await coop(db, {
    slug: 'alpha',
    name: 'Alpha Digital',
    ...SECRET,
    needNote: 'Two projects just ended',
    technologies: ['Drupal'],
  });
  beta = await coop(db, { slug: 'beta', name: 'Beta Software', technologies: ['Elixir'] });
  alphaPerson = await person(db, alpha.id, { name: 'Mine', availability: 'busy' });
  alphaColleague = await person(db, alpha.id, { name: 'Colleague', availability: 'busy' });
  betaPerson = await person(db, beta.id, { name: 'Theirs', availability: 'free' });
  alphaAdmin = await t.user({ email: 'admin@alpha.coop', coopId: alpha.id, coopRole: 'admin' });
  alphaMember = await t.user({ email: 'member@alpha.coop', coopId: alpha.id, personId: alphaPerson.id });
  networkAdmin = await t.user({ email: 'facilitator@net.coop', role: 'admin' });
});
afterAll(() => t.close());

const availability = { availability: 'free', hoursPerWeek: 20, freeFrom: null };

describe('anonymous readers', () => {
  it('see only public fields in the directory list and detail', async () => {
    const list = await t.request('/api/v1/coops');
    expect(list.status).toBe(200);
    const listText = await list.text();
    const detail = await t.request('/api/v1/coops/alpha');
    expect(detail.status).toBe(200);
    const detailText = await detail.text();
    for (const text of [listText, detailText]) {
      for (const secret of [...Object.values(SECRET), 'Two projects just ended'])
        expect(text).not.toContain(secret);
    }
    const body = JSON.parse(detailText) as Record<string, unknown>;
    expect(body).toMatchObject({
      name: 'Alpha Digital',
      contact: null,
      availability: null,
      need: null,
      needNote: null,
    });
    expect(body.can).toEqual({ edit: false, managePeople: false });
    // The same fields are there for members.
    const member = await t.request('/api/v1/coops/alpha', { as: alphaMember.cookie });
    expect(await member.json()).toMatchObject({ contact: SECRET, needNote: 'Two projects just ended' });
  });

  it('cannot read people, members, accounts or invitations', async () => {
    for (const path of [
      '/api/v1/coops/alpha/people',
      `/api/v1/people/${alphaPerson.id}`,
      '/api/v1/coops/alpha/members',
      '/api/v1/admin/users',
      '/api/v1/invitations',
      '/api/v1/me',
    ]) {
      const res = await t.request(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('cannot change anything', async () => {
    expect(
      (await t.request('/api/v1/coops/alpha', { method: 'PATCH', json: { name: 'Renamed' } })).status,
    ).toBe(401);
    expect(
      (
        await t.request(`/api/v1/people/${alphaPerson.id}/availability`, {
          method: 'PUT',
          json: availability,
        })
      ).status,
    ).toBe(401);
  });
});

describe('a member of one co-op', () => {
  it('cannot change another co-op or its people', async () => {
    const as = alphaAdmin.cookie; // even as an admin of their own co-op
    expect(
      (await t.request('/api/v1/coops/beta', { method: 'PATCH', as, json: { name: 'Taken' } })).status,
    ).toBe(403);
    expect(
      (await t.request('/api/v1/coops/beta/people', { method: 'POST', as, json: { name: 'Spy' } })).status,
    ).toBe(403);
    expect(
      (await t.request(`/api/v1/people/${betaPerson.id}`, { method: 'PATCH', as, json: { name: 'X' } }))
        .status,
    ).toBe(403);
    expect(
      (
        await t.request(`/api/v1/people/${betaPerson.id}/availability`, {
          method: 'PUT',
          as,
          json: availability,
        })
      ).status,
    ).toBe(403);
    expect((await t.request(`/api/v1/people/${betaPerson.id}`, { method: 'DELETE', as })).status).toBe(403);
    expect((await t.request('/api/v1/coops/beta/members', { as })).status).toBe(403);
    const beforeName = (await (await t.request('/api/v1/coops/beta', { as })).json()) as { name: string };
    expect(beforeName.name).toBe('Beta Software');
  });
});

describe('a member who is not a co-op admin', () => {
  const as = () => alphaMember.cookie;

  it('cannot edit their co-op, its people, or its members', async () => {
    expect(
      (await t.request('/api/v1/coops/alpha', { method: 'PATCH', as: as(), json: { need: 'high' } })).status,
    ).toBe(403);
    expect(
      (await t.request('/api/v1/coops/alpha/people', { method: 'POST', as: as(), json: { name: 'New' } }))
        .status,
    ).toBe(403);
    expect(
      (
        await t.request(`/api/v1/people/${alphaColleague.id}`, {
          method: 'PATCH',
          as: as(),
          json: { name: 'X' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.request(`/api/v1/coops/alpha/members/${alphaMember.id}`, {
          method: 'PATCH',
          as: as(),
          json: { role: 'admin' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.request('/api/v1/invitations', {
          method: 'POST',
          as: as(),
          json: { email: 'friend@example.coop', coopSlug: 'alpha' },
        })
      ).status,
    ).toBe(403);
  });

  it('can declare their own availability, but not a colleague’s', async () => {
    const own = await t.request(`/api/v1/people/${alphaPerson.id}/availability`, {
      method: 'PUT',
      as: as(),
      json: availability,
    });
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ availability: 'free', hoursPerWeek: 20, isMe: true });
    const colleague = await t.request(`/api/v1/people/${alphaColleague.id}/availability`, {
      method: 'PUT',
      as: as(),
      json: availability,
    });
    expect(colleague.status).toBe(403);
    const unchanged = (await (
      await t.request(`/api/v1/people/${alphaColleague.id}`, { as: as() })
    ).json()) as {
      availability: string;
    };
    expect(unchanged.availability).toBe('busy');
  });
});

describe('a co-op admin', () => {
  it('cannot make themself a network admin by any door', async () => {
    const as = alphaAdmin.cookie;
    expect(
      (
        await t.request(`/api/v1/admin/users/${alphaAdmin.id}`, {
          method: 'PATCH',
          as,
          json: { role: 'admin' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await t.request('/api/v1/me', { method: 'PATCH', as, json: { networkRole: 'admin' } })).status,
    ).toBe(422);
    expect(
      (
        await t.request('/api/v1/invitations', {
          method: 'POST',
          as,
          json: { email: 'admin@alpha.coop', coopSlug: 'alpha', networkRole: 'admin' },
        })
      ).status,
    ).toBe(403);
    const me = (await (await t.request('/api/v1/me', { as })).json()) as { networkRole: string };
    expect(me.networkRole).toBe('member');
    expect((await t.request('/api/v1/admin/users', { as })).status).toBe(403);
  });
});

describe('the shared taxonomy', () => {
  it('is changed by network admins only', async () => {
    const body = { kind: 'technology', name: 'Phoenix' };
    expect((await t.request('/api/v1/terms', { method: 'POST', json: body })).status).toBe(401);
    expect(
      (await t.request('/api/v1/terms', { method: 'POST', as: alphaAdmin.cookie, json: body })).status,
    ).toBe(403);
    expect(
      (await t.request('/api/v1/terms', { method: 'POST', as: alphaMember.cookie, json: body })).status,
    ).toBe(403);
    const created = await t.request('/api/v1/terms', { method: 'POST', as: networkAdmin.cookie, json: body });
    expect(created.status).toBe(201);

    const source = await term(t.database.db, 'technology', 'Drupal 7');
    const target = await term(t.database.db, 'technology', 'Drupal');
    const merge = (as?: string) =>
      t.request(`/api/v1/terms/${source}/merge`, { method: 'POST', as, json: { into: target } });
    expect((await merge()).status).toBe(401);
    expect((await merge(alphaAdmin.cookie)).status).toBe(403);
    expect((await merge(networkAdmin.cookie)).status).toBe(200);
  });
});
