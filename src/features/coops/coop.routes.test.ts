import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { coop, person, term } from '../../../tests/support/factories.ts';

let t: TestApp;
let alpha: { id: string; slug: string };
let beta: { id: string; slug: string };

beforeAll(async () => {
  t = await testApp();
  const db = t.database.db;
  await term(db, 'technology', 'React', ['ReactJS']);
  alpha = await coop(db, {
    slug: 'alpha',
    name: 'Alpha Digital',
    descriptionEn: 'We build accessible websites for charities',
    descriptionEs: 'Construimos sitios accesibles para organizaciones benéficas',
    country: 'GB',
    languages: ['en'],
    email: 'hello@alpha.coop',
    technologies: ['Drupal', 'React'],
    services: ['Web design'],
  });
  beta = await coop(db, {
    slug: 'beta',
    name: 'Beta Software',
    descriptionEn: 'Tailored software and data engineering',
    country: 'AR',
    languages: ['es', 'en'],
    technologies: ['Elixir'],
  });
  await person(db, alpha.id, { availability: 'free', skills: [['React', 'senior']] });
  await person(db, alpha.id, { availability: 'busy', skills: [['Drupal', 'junior']] });
  await person(db, beta.id, { availability: 'busy', skills: [['React', 'junior']] });
});
afterAll(() => t.close());

const names = async (res: Response) =>
  ((await res.json()) as { items: Array<{ name: string }> }).items.map((c) => c.name);

describe('GET /api/v1/coops', () => {
  it('lists public fields to anonymous readers and hides members-only ones', async () => {
    const res = await t.request('/api/v1/coops');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Array<Record<string, unknown>>; total: number };
    expect(body.total).toBe(2);
    expect(body.items.map((c) => c.name)).toEqual(['Alpha Digital', 'Beta Software']);
    for (const c of body.items) {
      expect(c.availability).toBeNull();
      expect(c.need).toBeNull();
    }
  });

  it('shows members the availability derived from people', async () => {
    const { cookie } = await t.user({ email: 'reader@example.coop' });
    const res = await t.request('/api/v1/coops?sort=availability', { as: cookie });
    const body = (await res.json()) as {
      items: Array<{ slug: string; availability: { status: string; freeShare: number } }>;
    };
    expect(body.items[0]).toMatchObject({
      slug: 'alpha',
      availability: { status: 'available', freeShare: 0.5 },
    });
    expect(body.items[1]).toMatchObject({ slug: 'beta', availability: { status: 'busy' } });
    const busy = await t.request('/api/v1/coops?availability=busy', { as: cookie });
    expect(await names(busy)).toEqual(['Beta Software']);
  });

  it('filters by technology through aliases, and by seniority for members', async () => {
    expect(await names(await t.request('/api/v1/coops?technology=reactjs'))).toEqual([
      'Alpha Digital',
      'Beta Software',
    ]);
    const { cookie } = await t.user({ email: 'seniority@example.coop' });
    const senior = await t.request('/api/v1/coops?technology=React&minSeniority=senior', { as: cookie });
    expect(await names(senior)).toEqual(['Alpha Digital']);
  });

  it('requires sign-in to filter by availability or seniority', async () => {
    const res = await t.request('/api/v1/coops?availability=busy');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('searches names and descriptions in English and Spanish', async () => {
    expect(await names(await t.request('/api/v1/coops?q=charities'))).toEqual(['Alpha Digital']);
    expect(await names(await t.request('/api/v1/coops?q=benéficas'))).toEqual(['Alpha Digital']);
    expect(await names(await t.request('/api/v1/coops?q=engineering'))).toEqual(['Beta Software']);
  });

  it('filters by language, country and service, and paginates', async () => {
    expect(await names(await t.request('/api/v1/coops?language=es'))).toEqual(['Beta Software']);
    expect(await names(await t.request('/api/v1/coops?country=GB'))).toEqual(['Alpha Digital']);
    expect(await names(await t.request('/api/v1/coops?service=web-design'))).toEqual(['Alpha Digital']);
    const page2 = (await (await t.request('/api/v1/coops?pageSize=1&page=2')).json()) as {
      items: unknown[];
      total: number;
    };
    expect(page2).toMatchObject({ total: 2 });
    expect(page2.items).toHaveLength(1);
  });

  it('names the offending field in problem+json', async () => {
    const res = await t.request('/api/v1/coops?technology=cobolt&pageSize=1000');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: Array<{ field: string; pointer: string }> };
    expect(body.errors.map((e) => e.pointer)).toContain('#/query/pageSize');
    const unknown = await t.request('/api/v1/coops?technology=cobolt');
    const b2 = (await unknown.json()) as { errors: Array<{ field: string; detail: string }> };
    expect(b2.errors[0]).toMatchObject({ field: 'technology', detail: 'Unknown technology "cobolt".' });
  });
});

describe('GET/PATCH /api/v1/coops/{slug}', () => {
  it('shows contact details only to members', async () => {
    const anon = (await (await t.request('/api/v1/coops/alpha')).json()) as { contact: unknown };
    expect(anon.contact).toBeNull();
    const { cookie } = await t.user({ email: 'contact@example.coop' });
    const member = (await (await t.request('/api/v1/coops/alpha', { as: cookie })).json()) as {
      contact: { email: string };
    };
    expect(member.contact.email).toBe('hello@alpha.coop');
  });

  it('lets a co-op admin edit their own co-op but not another', async () => {
    const { cookie } = await t.user({
      email: 'admin-alpha@example.coop',
      coopId: alpha.id,
      coopRole: 'admin',
    });
    const own = await t.request('/api/v1/coops/alpha', {
      method: 'PATCH',
      as: cookie,
      json: { need: 'high', needNote: 'Two projects ended', technologies: ['drupal', 'ReactJS', 'Elixir'] },
    });
    expect(own.status).toBe(200);
    const body = (await own.json()) as { need: string; technologies: Array<{ slug: string }> };
    expect(body.need).toBe('high');
    expect(body.technologies.map((x) => x.slug).sort()).toEqual(['drupal', 'elixir', 'react']);
    const other = await t.request('/api/v1/coops/beta', {
      method: 'PATCH',
      as: cookie,
      json: { name: 'Hijacked' },
    });
    expect(other.status).toBe(403);
  });

  it('does not let a plain member act as co-op admin', async () => {
    const { cookie } = await t.user({
      email: 'member-beta@example.coop',
      coopId: beta.id,
      coopRole: 'member',
    });
    const res = await t.request('/api/v1/coops/beta', {
      method: 'PATCH',
      as: cookie,
      json: { name: 'Renamed' },
    });
    expect(res.status).toBe(403);
    const anon = await t.request('/api/v1/coops/beta', { method: 'PATCH', json: { name: 'Renamed' } });
    expect(anon.status).toBe(401);
  });

  it('rejects unknown fields and bad values without writing anything', async () => {
    const { cookie } = await t.user({ email: 'admin-beta@example.coop', coopId: beta.id, coopRole: 'admin' });
    const res = await t.request('/api/v1/coops/beta', {
      method: 'PATCH',
      as: cookie,
      json: { name: 'Beta Renamed', technologies: ['Elixir', 'NoSuchTech'] },
    });
    expect(res.status).toBe(422);
    const after = (await (await t.request('/api/v1/coops/beta')).json()) as { name: string };
    expect(after.name).toBe('Beta Software');
    const bad = await t.request('/api/v1/coops/beta', {
      method: 'PATCH',
      as: cookie,
      json: { country: 'Argentina' },
    });
    const body = (await bad.json()) as { errors: Array<{ pointer: string }> };
    expect(body.errors[0]?.pointer).toBe('#/json/country');
  });
});
