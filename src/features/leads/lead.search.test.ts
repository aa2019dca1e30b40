import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type LeadNetwork, leadBody, leadNetwork, openLead } from './lead.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;
let housing: string;
let bank: string;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
  housing = await openLead(t, n.alphaMember.cookie, { interestDeadline: '2099-01-15T00:00:00Z' });
  bank = await openLead(t, n.betaMember.cookie, {
    title: 'Aplicación para el banco de alimentos',
    description: 'Queremos gestionar las donaciones y los voluntarios con una aplicación móvil.',
    tags: ['alimentación'],
    profiles: [{ count: 6, technology: 'elixir', minSeniority: 'junior' }],
    interestDeadline: '2099-06-01T00:00:00Z',
    startDate: '2099-07-01',
  });
});
afterAll(() => t.close());

const search = async (query: string, as = n.gammaMember.cookie) => {
  const res = await t.request(`/api/v1/leads?${query}`, { as });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Array<{ id: string }>; total: number }).items.map((i) => i.id);
};

describe('GET /api/v1/leads', () => {
  it('matches English and Spanish with stemming, or one language when asked', async () => {
    expect(await search('q=rebuilding')).toEqual([housing]);
    expect(await search('q=donación')).toEqual([bank]);
    expect(await search('q=voluntario&lang=es')).toEqual([bank]);
    expect(await search('q=rebuilding&lang=es')).toEqual([]);
    expect(await search('q=accessibility')).toEqual([housing]);
  });

  it('filters by status, technology, scope, finder and deadline', async () => {
    expect(await search('technology=reactjs')).toEqual([housing]);
    expect(await search('technology=elixir')).toEqual([bank, housing]);
    expect(await search('scope=team')).toEqual([bank]);
    expect(await search('finder=beta')).toEqual([bank]);
    expect(await search('deadlineBefore=2099-03-01')).toEqual([housing]);
    expect(await search('deadlineAfter=2099-03-01&status=open,deciding')).toEqual([bank]);
    expect(await search('status=draft')).toEqual([]);
    expect(await search('sort=deadline')).toEqual([housing, bank]);
  });

  it('pages, and names bad parameters', async () => {
    const res = await t.request('/api/v1/leads?pageSize=1&page=2', { as: n.gammaMember.cookie });
    expect(await res.json()).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    const bad = await t.request('/api/v1/leads?technology=cobolt&scope=huge', { as: n.gammaMember.cookie });
    expect(bad.status).toBe(422);
    const unknown = await t.request('/api/v1/leads?technology=cobolt', { as: n.gammaMember.cookie });
    expect(((await unknown.json()) as { errors: Array<{ pointer: string }> }).errors[0]?.pointer).toBe(
      '#/query/technology',
    );
    expect((await t.request('/api/v1/leads')).status).toBe(401);
  });

  it('shows leads shared with chosen co-ops only to them', async () => {
    const chosen = await openLead(t, n.alphaMember.cookie, {
      title: 'Quiet referral',
      visibility: { audience: 'chosen', coops: ['beta'] },
    });
    expect(await search('q=quiet', n.betaMember.cookie)).toEqual([chosen]);
    expect(await search('q=quiet', n.gammaMember.cookie)).toEqual([]);
    const bad = await t.request('/api/v1/leads', {
      method: 'POST',
      as: n.alphaMember.cookie,
      json: leadBody({ visibility: { audience: 'chosen', coops: ['beta', 'nope'] } }),
    });
    expect(((await bad.json()) as { errors: Array<{ pointer: string }> }).errors[0]?.pointer).toBe(
      '#/json/visibility/coops/1',
    );
  });
});

describe('saved searches', () => {
  it('keeps each member’s searches to themselves', async () => {
    const created = await t.request('/api/v1/saved-searches', {
      method: 'POST',
      as: n.gammaMember.cookie,
      json: { name: 'Elixir work', query: { technology: ['elixir'], status: ['open'] } },
    });
    expect(created.status).toBe(201);
    const s = (await created.json()) as { id: string; query: unknown };
    expect(s.query).toEqual({ technology: ['elixir'], status: ['open'] });
    const list = (await (await t.request('/api/v1/saved-searches', { as: n.gammaMember.cookie })).json()) as {
      total: number;
    };
    expect(list.total).toBe(1);
    expect((await t.request(`/api/v1/saved-searches/${s.id}`, { as: n.betaMember.cookie })).status).toBe(404);
    const renamed = await t.request(`/api/v1/saved-searches/${s.id}`, {
      method: 'PATCH',
      as: n.gammaMember.cookie,
      json: { name: 'Elixir, open' },
    });
    expect(((await renamed.json()) as { name: string }).name).toBe('Elixir, open');
    const bad = await t.request('/api/v1/saved-searches', {
      method: 'POST',
      as: n.gammaMember.cookie,
      json: { name: 'x', query: { scope: 'galactic' } },
    });
    expect(bad.status).toBe(422);
    expect(
      (await t.request(`/api/v1/saved-searches/${s.id}`, { method: 'DELETE', as: n.gammaMember.cookie }))
        .status,
    ).toBe(204);
    expect((await t.request(`/api/v1/saved-searches/${s.id}`, { as: n.gammaMember.cookie })).status).toBe(
      404,
    );
  });
});
