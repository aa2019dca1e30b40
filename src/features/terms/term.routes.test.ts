import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { coop, person, term } from '../../../tests/support/factories.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await testApp();
  admin = (await t.user({ email: 'facilitator@example.coop', role: 'admin' })).cookie;
});
afterAll(() => t.close());

const termsOf = async (kind: string, q = '') =>
  (
    (await (await t.request(`/api/v1/terms?kind=${kind}${q}`)).json()) as {
      items: Array<{ id: string; slug: string; aliases: string[]; coops: number }>;
    }
  ).items;

describe('taxonomy', () => {
  it('lets network admins add a technology with aliases, and finds it by any spelling', async () => {
    const res = await t.request('/api/v1/terms', {
      method: 'POST',
      as: admin,
      json: { kind: 'technology', name: 'Vue', aliases: ['VueJS'] },
    });
    expect(res.status).toBe(201);
    const dup = await t.request('/api/v1/terms', {
      method: 'POST',
      as: admin,
      json: { kind: 'technology', name: 'vue.js' },
    });
    expect(dup.status).toBe(409);
    expect((await termsOf('technology', '&q=vuejs')).map((x) => x.slug)).toEqual(['vue']);
  });

  it('refuses taxonomy changes from members and anonymous readers', async () => {
    const member = (await t.user({ email: 'plain@example.coop' })).cookie;
    expect(
      (
        await t.request('/api/v1/terms', {
          method: 'POST',
          as: member,
          json: { kind: 'service', name: 'Hosting' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await t.request('/api/v1/terms', { method: 'POST', json: { kind: 'service', name: 'Hosting' } }))
        .status,
    ).toBe(401);
  });

  it('merges a duplicate: co-ops, skills (keeping the higher seniority) and spellings move to the survivor', async () => {
    const db = t.database.db;
    const react = await term(db, 'technology', 'React');
    const dupe = await term(db, 'technology', 'ReactNative Web');
    const a = await coop(db, { slug: 'merge-a', technologies: ['ReactNative Web'] });
    const p = await person(db, a.id, {
      skills: [
        ['React', 'junior'],
        ['ReactNative Web', 'expert'],
      ],
    });
    void p;
    const res = await t.request(`/api/v1/terms/${dupe}/merge`, {
      method: 'POST',
      as: admin,
      json: { into: react },
    });
    expect(res.status).toBe(200);
    const detail = (await (await t.request('/api/v1/coops/merge-a')).json()) as {
      technologies: Array<{ slug: string }>;
    };
    expect(detail.technologies.map((x) => x.slug)).toEqual(['react']);
    const people = (await (await t.request('/api/v1/coops/merge-a/people', { as: admin })).json()) as {
      items: Array<{ skills: Array<{ technology: { slug: string }; seniority: string }> }>;
    };
    expect(people.items[0]?.skills).toEqual([
      expect.objectContaining({ technology: { slug: 'react', name: 'React' }, seniority: 'expert' }),
    ]);
    const expertReact = await t.request('/api/v1/coops?technology=ReactNative%20Web&minSeniority=expert', {
      as: admin,
    });
    expect(
      ((await expertReact.json()) as { items: Array<{ slug: string }> }).items.map((c) => c.slug),
    ).toEqual(['merge-a']);
    expect(
      (await t.request(`/api/v1/terms/${dupe}/merge`, { method: 'POST', as: admin, json: { into: react } }))
        .status,
    ).toBe(404);
  });
});
