import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type ConsortiaNetwork, consortiaNetwork } from './consortia.fixtures.ts';

let t: TestApp;
let n: ConsortiaNetwork;
let callId: string;

type Call = {
  id: string;
  status: string;
  rules: { competences: Array<{ slug: string; kind: string }> };
  checklist: Array<{ id: string; text: string; done: boolean; doneBy: string | null }>;
  applicationCount: number;
  applications: Array<{
    coop: { slug: string };
    skills: Array<{ slug: string }>;
    people: Array<{ name: string }>;
  }>;
  result: { note: string; postMortem: string; decidedAt: string | null };
  can: { manage: boolean; apply: boolean };
};
type Problem = { errors?: Array<{ field: string }> };

const post = (as: string, json: unknown) => t.request('/api/v1/calls', { method: 'POST', as, json });
const apply = (as: string, id: string, json: unknown) =>
  t.request(`/api/v1/calls/${id}/applications`, { method: 'POST', as, json });
const check = (as: string, coopIds: string[]) =>
  t.request(`/api/v1/calls/${callId}/check`, { method: 'POST', as, json: { coopIds } });

const horizonCall = {
  title: 'Open tools for housing co-ops',
  programme: 'Horizon Europe',
  description: 'A **consortium** for a Horizon Europe bid.',
  deadline: '2099-04-01T17:00:00Z',
  rules: {
    minPartners: 3,
    minCountries: 3,
    orgTypes: ['cooperative', 'university'],
    requiredRoles: ['coordinator'],
    competences: ['ReactJS', 'Research'],
  },
  checklist: ['Letters of commitment'],
};

beforeAll(async () => {
  t = await testApp();
  n = await consortiaNetwork(t);
  const res = await post(n.outMember.cookie, horizonCall);
  if (res.status !== 201) throw new Error(`call failed: ${res.status} ${await res.text()}`);
  callId = ((await res.json()) as Call).id;
  const applications: Array<[string, unknown]> = [
    [n.outAdmin.cookie, { roles: ['Coordinator'], people: [n.outDev.id], pastProjects: ['housing-portal'] }],
    [
      n.factticMember.cookie,
      { people: [n.reactDev.id], knowledge: 'Tenant portals', contacts: 'Two housing federations' },
    ],
    [n.fiqusAdmin.cookie, { skills: ['Drupal'], tools: 'Our own CI' }],
    [n.uniAdmin.cookie, { orgType: 'university', skills: ['Research'] }],
    [
      n.bigcoAdmin.cookie,
      { orgType: 'large_enterprise', roles: ['coordinator'], skills: ['React', 'Research'] },
    ],
  ];
  for (const [cookie, body] of applications) {
    const r = await apply(cookie, callId, body);
    if (r.status !== 201) throw new Error(`apply failed: ${r.status} ${await r.text()}`);
  }
});
afterAll(() => t.close());

describe('posting a call for partners', () => {
  it('resolves competences among technologies and services, and keeps the checklist', async () => {
    const call = (await (
      await t.request(`/api/v1/calls/${callId}`, { as: n.outMember.cookie })
    ).json()) as Call;
    expect(call.rules.competences.map((c) => [c.slug, c.kind])).toEqual([
      ['react', 'technology'],
      ['research', 'service'],
    ]);
    expect(call.checklist.map((i) => [i.text, i.done])).toEqual([['Letters of commitment', false]]);
    expect(call.can).toEqual({ manage: true, apply: true });
  });

  it('names unknown competences, an impossible maximum, and refuses posting for another co-op', async () => {
    const unknown = await post(n.outMember.cookie, {
      ...horizonCall,
      rules: { ...horizonCall.rules, competences: ['Cobol'] },
    });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as Problem).errors?.map((e) => e.field)).toEqual(['rules.competences.0']);
    const max = await post(n.outMember.cookie, {
      ...horizonCall,
      rules: { ...horizonCall.rules, maxPartners: 2 },
    });
    expect(((await max.json()) as Problem).errors?.map((e) => e.field)).toEqual(['rules.maxPartners']);
    expect((await post(n.factticMember.cookie, { ...horizonCall, coopId: n.outlandish.id })).status).toBe(
      403,
    );
    expect((await t.request('/api/v1/calls', { method: 'POST', json: horizonCall })).status).toBe(401);
  });
});

describe('applications', () => {
  it('replaces a co-op’s application, and checks its people and skills', async () => {
    const again = await apply(n.factticAdmin.cookie, callId, {
      people: [n.reactDev.id],
      knowledge: 'Tenant portals, updated',
    });
    expect(again.status).toBe(200);
    const wrong = await apply(n.fiqusAdmin.cookie, callId, { people: [n.reactDev.id], skills: ['Cobol'] });
    expect(wrong.status).toBe(422);
    const other = await apply(n.fiqusAdmin.cookie, callId, { people: [n.reactDev.id] });
    expect(((await other.json()) as Problem).errors?.map((e) => e.field)).toEqual(['people.0']);
    expect((await apply(n.loner.cookie, callId, { coopId: n.fiqus.id })).status).toBe(403);
  });

  it('shows all applications to those who run the call, and only its own to an applicant', async () => {
    const poster = (await (
      await t.request(`/api/v1/calls/${callId}`, { as: n.outMember.cookie })
    ).json()) as Call;
    expect(poster.applications.map((a) => a.coop.slug).sort()).toEqual([
      'bigco',
      'facttic',
      'fiqus',
      'outlandish',
      'uni',
    ]);
    const applicant = (await (
      await t.request(`/api/v1/calls/${callId}`, { as: n.factticMember.cookie })
    ).json()) as Call;
    expect(applicant.applicationCount).toBe(5);
    expect(applicant.applications.map((a) => a.coop.slug)).toEqual(['facttic']);
    expect(applicant.applications[0]!.people.map((p) => p.name)).toEqual(['Flor React']);
    expect(applicant.can.manage).toBe(false);
  });

  it('takes no application after the deadline', async () => {
    const past = await post(n.outMember.cookie, { ...horizonCall, deadline: '2000-01-01T00:00:00Z' });
    const { id } = (await past.json()) as Call;
    expect((await apply(n.fiqusAdmin.cookie, id, {})).status).toBe(409);
  });
});

describe('eligibility', () => {
  it('lists the unmet rules of a composition in plain words', async () => {
    const res = await check(n.outMember.cookie, [n.outlandish.id, n.facttic.id, n.fiqus.id]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      eligible: boolean;
      unmet: Array<{ rule: string; reason: { en: string; es: string } }>;
    };
    expect(body.eligible).toBe(false);
    expect(body.unmet.map((u) => u.reason.en)).toEqual([
      'needs partners from 3 countries, has 2: GB, AR',
      'nobody brings Research',
    ]);
    expect(body.unmet[0]!.reason.es).toBe('necesita socios de 3 países, tiene 2: GB, AR');
  });

  it('accepts a composition meeting every rule, counting the skills of the people a co-op brings', async () => {
    const body = (await (
      await check(n.outMember.cookie, [n.outlandish.id, n.facttic.id, n.uni.id])
    ).json()) as {
      eligible: boolean;
    };
    expect(body.eligible).toBe(true);
    const big = (await (await check(n.admin.cookie, [n.outlandish.id, n.bigco.id, n.uni.id])).json()) as {
      unmet: Array<{ rule: string }>;
    };
    expect(big.unmet.map((u) => u.rule)).toEqual(['org_type']);
  });

  it('names co-ops that did not apply, and is for those who run the call', async () => {
    const res = await check(n.outMember.cookie, [n.outlandish.id, '00000000-0000-4000-8000-000000000000']);
    expect(((await res.json()) as Problem).errors?.map((e) => e.field)).toEqual(['coopIds.1']);
    expect((await check(n.factticMember.cookie, [n.outlandish.id])).status).toBe(403);
  });

  it('suggests the smallest consortia that meet the rules, never with a partner the call does not accept', async () => {
    const res = await t.request(`/api/v1/calls/${callId}/suggestions`, { as: n.outMember.cookie });
    const body = (await res.json()) as {
      method: string;
      compositions: Array<{ coops: Array<{ slug: string }>; countries: string[] }>;
    };
    expect(body.method).toBe('exhaustive');
    expect(body.compositions[0]!.coops).toHaveLength(3);
    expect(
      body.compositions.map((c) =>
        c.coops
          .map((x) => x.slug)
          .sort()
          .join(','),
      ),
    ).toContain('facttic,outlandish,uni');
    expect(body.compositions.flatMap((c) => c.coops.map((x) => x.slug))).not.toContain('bigco');
    expect(body.compositions[0]!.countries.sort()).toEqual(['AR', 'ES', 'GB']);
  });
});

describe('checklist, result and success rate', () => {
  it('adds and ticks checklist items, recording who ticked them', async () => {
    const added = (await (
      await t.request(`/api/v1/calls/${callId}/checklist`, {
        method: 'PATCH',
        as: n.outMember.cookie,
        json: { add: ['Budget per partner'] },
      })
    ).json()) as Call;
    const [first, second] = added.checklist;
    expect(second!.text).toBe('Budget per partner');
    const ticked = (await (
      await t.request(`/api/v1/calls/${callId}/checklist`, {
        method: 'PATCH',
        as: n.outMember.cookie,
        json: { update: [{ id: first!.id, done: true }] },
      })
    ).json()) as Call;
    expect(ticked.checklist[0]).toMatchObject({ done: true, doneBy: n.outMember.id });
    const bad = await t.request(`/api/v1/calls/${callId}/checklist`, {
      method: 'PATCH',
      as: n.outMember.cookie,
      json: { remove: ['nope'] },
    });
    expect(bad.status).toBe(422);
    const outsider = await t.request(`/api/v1/calls/${callId}/checklist`, {
      method: 'PATCH',
      as: n.factticMember.cookie,
      json: { add: ['x'] },
    });
    expect(outsider.status).toBe(403);
  });

  it('records the result once, with a post-mortem, and shows the network’s rate beside published ones', async () => {
    expect(
      (
        await t.request(`/api/v1/calls/${callId}/result`, {
          method: 'POST',
          as: n.factticMember.cookie,
          json: { status: 'won' },
        })
      ).status,
    ).toBe(403);
    const won = await t.request(`/api/v1/calls/${callId}/result`, {
      method: 'POST',
      as: n.outMember.cookie,
      json: {
        status: 'won',
        note: 'Funded in full',
        postMortem: 'Early partner letters made the difference.',
      },
    });
    expect(won.status).toBe(200);
    expect((await won.json()) as Call).toMatchObject({
      status: 'won',
      result: { postMortem: 'Early partner letters made the difference.' },
    });
    expect(
      (
        await t.request(`/api/v1/calls/${callId}/result`, {
          method: 'POST',
          as: n.outMember.cookie,
          json: { status: 'lost' },
        })
      ).status,
    ).toBe(409);

    const other = (await (
      await post(n.factticMember.cookie, { ...horizonCall, programme: 'Erasmus+' })
    ).json()) as Call;
    await t.request(`/api/v1/calls/${other.id}`, {
      method: 'PATCH',
      as: n.factticMember.cookie,
      json: { status: 'submitted' },
    });
    await t.request(`/api/v1/calls/${other.id}/result`, {
      method: 'POST',
      as: n.factticMember.cookie,
      json: { status: 'lost' },
    });
    const stats = (await (await t.request('/api/v1/calls/stats', { as: n.loner.cookie })).json()) as {
      decided: number;
      won: number;
      rate: number;
      byProgramme: Array<{ programme: string; rate: number }>;
      programmes: Array<{ name: string; rate: number }>;
    };
    expect(stats).toMatchObject({ decided: 2, won: 1, rate: 0.5 });
    expect(stats.byProgramme).toEqual([
      { programme: 'Erasmus+', decided: 1, won: 0, rate: 0 },
      { programme: 'Horizon Europe', decided: 1, won: 1, rate: 1 },
    ]);
    expect(stats.programmes.find((p) => p.name === 'Horizon Europe')?.rate).toBeCloseTo(0.16, 2);
  });

  it('lists calls for members only', async () => {
    expect((await t.request('/api/v1/calls')).status).toBe(401);
    const list = (await (await t.request('/api/v1/calls?status=won', { as: n.loner.cookie })).json()) as {
      items: Call[];
      total: number;
    };
    expect(list.items.map((c) => c.id)).toEqual([callId]);
    expect(list.total).toBe(1);
  });
});
