import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { interested, reactDrupalLead, type TeamNetwork, teamNetwork } from './team.fixtures.ts';

let t: TestApp;
let n: TeamNetwork;
let leadId: string;

type Proposal = {
  coops: Array<{
    coopId: string;
    slug: string;
    role: string;
    people: Array<{ name: string; covers: number[] }>;
  }>;
  coverage: { filled: number; required: number };
  gaps: Array<{ kind: string; technology?: string; missing?: number; reason: { en: string; es: string } }>;
  score: number;
  explanation: { en: string; es: string };
};
type Proposals = {
  method: string;
  optimal: boolean;
  gap: number | null;
  request: { hoursPerSlot: number; coordinatorRequired: boolean; requirements: unknown[] };
  teams: Proposal[];
};

beforeAll(async () => {
  t = await testApp();
  n = await teamNetwork(t);
  leadId = await reactDrupalLead(t, n);
  await interested(t, n.alphaMember.cookie, leadId, 'alpha', 'lead');
  await interested(t, n.betaAdmin.cookie, leadId, 'beta', 'partner');
});
afterAll(() => t.close());

const propose = (as: string, id: string, json: unknown = {}) =>
  t.request(`/api/v1/leads/${id}/team-proposals`, { method: 'POST', as, json });
const evaluate = (as: string, id: string, json: unknown) =>
  t.request(`/api/v1/leads/${id}/team-evaluation`, { method: 'POST', as, json });

describe('team proposals', () => {
  it('proposes the two-co-op team no single co-op could be, proven optimal, with Alpha coordinating', async () => {
    const res = await propose(n.gammaMember.cookie, leadId, { candidates: 'interested' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Proposals;
    expect(body).toMatchObject({ method: 'exact', optimal: true, gap: 0 });
    // 120 person-days over 16 weeks and 3 people: 20 hours a week each.
    expect(body.request).toMatchObject({ hoursPerSlot: 20, coordinatorRequired: true });
    const [best] = body.teams;
    expect(best!.coverage).toEqual({ filled: 4, required: 4 });
    expect(best!.gaps).toEqual([]);
    expect(best!.coops.map((c) => [c.slug, c.role])).toEqual([
      ['alpha', 'coordinator'],
      ['beta', 'partner'],
    ]);
    const names = best!.coops.flatMap((c) => c.people.map((p) => p.name)).sort();
    expect(names).toEqual(['Ana React', 'Ari React', 'Bea Drupal']);
    expect(best!.explanation.en).toMatch(/Alpha Digital coordinates/);
    expect(best!.explanation.es.length).toBeGreaterThan(0);
  });

  it('names the exact gap when the candidates cannot cover a profile', async () => {
    const onlyAlpha = await reactDrupalLead(t, n, { title: 'Alpha alone' });
    await interested(t, n.alphaMember.cookie, onlyAlpha, 'alpha', 'lead');
    const body = (await (await propose(n.admin.cookie, onlyAlpha)).json()) as Proposals;
    const [best] = body.teams;
    expect(best!.coverage).toEqual({ filled: 3, required: 4 });
    expect(best!.gaps).toEqual([
      expect.objectContaining({ kind: 'profile', technology: 'Drupal', missing: 1 }),
    ]);
    expect(best!.gaps[0]!.reason.en).toContain('senior Drupal developer');
    expect(best!.gaps[0]!.reason.es).toContain('Drupal');
  });

  it('searches the whole network when asked, skipping busy people', async () => {
    const onlyAlpha = await reactDrupalLead(t, n, { title: 'Network search' });
    const body = (await (
      await propose(n.admin.cookie, onlyAlpha, { candidates: 'network', maxTeams: 2 })
    ).json()) as Proposals;
    const [best] = body.teams;
    expect(best!.coverage.filled).toBe(best!.coverage.required);
    expect(best!.coops.map((c) => c.slug).sort()).toEqual(['alpha', 'beta']);
    expect(JSON.stringify(body)).not.toContain('Gus Busy');
  });

  it('runs the heuristic when asked and reports its gap to a bound', async () => {
    const body = (await (await propose(n.admin.cookie, leadId, { mode: 'heuristic' })).json()) as Proposals;
    expect(body.method).toBe('heuristic');
    expect(typeof body.gap).toBe('number');
    expect(body.gap).toBeGreaterThanOrEqual(0);
    expect(body.teams[0]!.coverage).toEqual({ filled: 4, required: 4 });
  });

  it('is for signed-in members who can see the lead', async () => {
    expect(
      (await t.request(`/api/v1/leads/${leadId}/team-proposals`, { method: 'POST', json: {} })).status,
    ).toBe(401);
    const draft = await t.request('/api/v1/leads', {
      method: 'POST',
      as: n.gammaMember.cookie,
      json: { ...(await import('../leads/lead.fixtures.ts')).leadBody({ finderCoop: 'gamma' }) },
    });
    const { id } = (await draft.json()) as { id: string };
    expect((await propose(n.alphaMember.cookie, id)).status).toBe(404);
    expect((await propose(n.alphaMember.cookie, leadId, { candidates: 'everyone' })).status).toBe(422);
  });
});

describe('hand-picked team evaluation', () => {
  it('updates coverage, gaps and score as co-ops and people are added or removed', async () => {
    const alphaOnly = (await (
      await evaluate(n.alphaMember.cookie, leadId, { coops: [{ coopId: n.alpha.id, role: 'coordinator' }] })
    ).json()) as { team: Proposal };
    expect(alphaOnly.team.coverage).toEqual({ filled: 3, required: 4 });
    expect(alphaOnly.team.gaps.map((g) => g.technology)).toEqual(['Drupal']);

    const both = (await (
      await evaluate(n.alphaMember.cookie, leadId, {
        coops: [
          { coopId: n.alpha.id, role: 'coordinator' },
          { coopId: n.beta.id, role: 'partner' },
        ],
      })
    ).json()) as { team: Proposal };
    expect(both.team.coverage).toEqual({ filled: 4, required: 4 });
    expect(both.team.gaps).toEqual([]);
    // Coverage ranks first; the score (0..1) weighs fit, co-ops to coordinate, trust and fairness.
    expect(both.team.score).not.toBe(alphaOnly.team.score);
    expect(both.team.score).toBeGreaterThan(0);
    expect(both.team.score).toBeLessThanOrEqual(1);

    const onePerson = (await (
      await evaluate(n.alphaMember.cookie, leadId, {
        coops: [
          { coopId: n.alpha.id, role: 'coordinator', people: [n.people.ana.id] },
          { coopId: n.beta.id, role: 'partner' },
        ],
      })
    ).json()) as { team: Proposal };
    expect(onePerson.team.coverage).toEqual({ filled: 3, required: 4 });
    expect(onePerson.team.gaps).toEqual([expect.objectContaining({ technology: 'React', missing: 1 })]);
  });

  it('names a co-op that does not exist, and a second coordinator', async () => {
    const res = await evaluate(n.alphaMember.cookie, leadId, {
      coops: [{ coopId: '00000000-0000-4000-8000-000000000000', role: 'partner' }],
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe(
      'coops.0.coopId',
    );
    const two = await evaluate(n.alphaMember.cookie, leadId, {
      coops: [
        { coopId: n.alpha.id, role: 'coordinator' },
        { coopId: n.beta.id, role: 'coordinator' },
      ],
    });
    expect(two.status).toBe(422);
  });
});
