import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { caseStudies, caseStudyCoops } from '../../db/schema/directory.ts';
import { type LeadNetwork, leadNetwork, openLead } from '../leads/lead.fixtures.ts';
import { deliveredLead } from './trust.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;
let leadId: string;
let hiddenLeadId: string;

interface Graph {
  nodes: Array<{ slug: string; partners: number; stage: string; size: number }>;
  edges: Array<{
    source: string;
    target: string;
    count: number;
    sources: Array<{ kind: string; label: string }>;
    averageRating: number | null;
    ratings: number;
  }>;
}

const graph = async (as?: string) =>
  (await (await t.request('/api/v1/collaboration/graph', as ? { as } : {})).json()) as Graph;
const edge = (g: Graph, a: string, b: string) =>
  g.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
  const db = t.database.db;
  const [cs] = await db
    .insert(caseStudies)
    .values({ slug: 'city-maps', clientName: 'City Council', projectName: 'Open maps' })
    .returning();
  await db.insert(caseStudyCoops).values([
    { caseStudyId: cs!.id, coopId: n.alpha.id },
    { caseStudyId: cs!.id, coopId: n.beta.id },
  ]);
  const who = { finder: n.alphaMember.cookie, admin: n.admin.cookie };
  leadId = await deliveredLead(t, who, ['beta', 'gamma'], { title: 'Housing portal' });
  hiddenLeadId = await deliveredLead(t, who, ['beta', 'gamma'], {
    title: 'Confidential tender',
    visibility: { audience: 'chosen', coops: ['beta'] },
  });
});
afterAll(() => t.close());

describe('collaboration graph', () => {
  it('shows anonymous readers the public case studies only', async () => {
    const g = await graph();
    expect(g.edges).toHaveLength(1);
    expect(edge(g, 'alpha', 'beta')).toMatchObject({
      count: 1,
      sources: [{ kind: 'case_study', label: 'Open maps (City Council)' }],
      averageRating: null,
    });
    expect(g.nodes.map((x) => x.slug).sort()).toEqual(['alpha', 'beta']);
  });

  it('adds delivered leads for members, naming only the leads the reader may see', async () => {
    const loner = await graph(n.loner.cookie);
    const bg = edge(loner, 'beta', 'gamma');
    expect(bg?.count).toBe(2);
    expect(bg?.sources.map((s) => s.label)).toEqual(['Housing portal']);
    const beta = await graph(n.betaMember.cookie);
    expect(
      edge(beta, 'beta', 'gamma')
        ?.sources.map((s) => s.label)
        .sort(),
    ).toEqual(['Confidential tender', 'Housing portal']);
    expect(beta.nodes.find((x) => x.slug === 'beta')?.partners).toBe(2);
  });

  it('lists a co-op’s partners on its "worked with" list', async () => {
    const res = await t.request('/api/v1/coops/beta/collaborators', { as: n.gammaMember.cookie });
    const body = (await res.json()) as { items: Array<{ coop: { slug: string }; count: number }> };
    expect(body.items.map((i) => [i.coop.slug, i.count])).toEqual([
      ['gamma', 2],
      ['alpha', 1],
    ]);
    expect((await t.request('/api/v1/coops/nope/collaborators')).status).toBe(404);
  });
});

describe('feedback between co-ops', () => {
  const give = (as: string, json: Record<string, unknown>) =>
    t.request('/api/v1/collaboration/feedback', { method: 'POST', as, json });

  it('lets co-ops that delivered a lead together rate each other, and shows the average', async () => {
    const res = await give(n.betaMember.cookie, {
      from: 'beta',
      to: 'gamma',
      leadId,
      rating: 5,
      note: 'Great',
    });
    expect(res.status).toBe(200);
    await give(n.gammaMember.cookie, { from: 'gamma', to: 'beta', leadId, rating: 4 });
    // Writing again replaces rather than adds.
    await give(n.gammaMember.cookie, { from: 'gamma', to: 'beta', leadId, rating: 3 });
    const g = await graph(n.loner.cookie);
    expect(edge(g, 'beta', 'gamma')).toMatchObject({ averageRating: 4, ratings: 2 });
    expect(edge(await graph(), 'beta', 'gamma')).toBeUndefined();
  });

  it('refuses feedback between co-ops that did not work together', async () => {
    // Alpha found the lead but did not deliver it.
    const res = await give(n.alphaMember.cookie, { from: 'alpha', to: 'beta', leadId, rating: 2 });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ field: string }> }).errors[0]?.field).toBe('to');
    const open = await openLead(t, n.alphaMember.cookie);
    expect(
      (await give(n.betaMember.cookie, { from: 'beta', to: 'gamma', leadId: open, rating: 4 })).status,
    ).toBe(422);
  });

  it('lets a member speak only for their own co-op, with a rating from 1 to 5', async () => {
    expect((await give(n.gammaMember.cookie, { from: 'beta', to: 'gamma', leadId, rating: 1 })).status).toBe(
      403,
    );
    expect((await give(n.betaMember.cookie, { from: 'beta', to: 'gamma', leadId, rating: 6 })).status).toBe(
      422,
    );
    expect((await give(n.betaMember.cookie, { from: 'beta', to: 'beta', leadId, rating: 3 })).status).toBe(
      422,
    );
  });

  it('shows the note to the two co-ops only', async () => {
    const list = async (as: string) =>
      (
        (await (await t.request('/api/v1/coops/gamma/feedback', { as })).json()) as {
          items: Array<{ from: { slug: string }; note: string | null }>;
        }
      ).items.find((f) => f.from.slug === 'beta');
    expect((await list(n.gammaMember.cookie))?.note).toBe('Great');
    expect((await list(n.loner.cookie))?.note).toBeNull();
    expect((await t.request('/api/v1/coops/gamma/feedback')).status).toBe(401);
  });
});

describe('retrospectives', () => {
  const write = (as: string, json: Record<string, unknown>) =>
    t.request('/api/v1/retrospectives', { method: 'POST', as, json });
  const visible = async (as: string, id: string) =>
    (
      (await (await t.request(`/api/v1/retrospectives?lead=${id}`, { as })).json()) as {
        items: Array<{ coop: { slug: string }; worked: string; visibility: string }>;
      }
    ).items;

  it('keeps a team retrospective to the co-ops involved and network admins', async () => {
    const res = await write(n.betaMember.cookie, {
      leadId,
      worked: 'Pairing across co-ops',
      failed: 'Estimates',
      change: 'Weekly demo',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ coop: { slug: 'beta' }, visibility: 'team' });
    expect((await visible(n.gammaMember.cookie, leadId)).map((r) => r.coop.slug)).toEqual(['beta']);
    expect(await visible(n.alphaMember.cookie, leadId)).toHaveLength(1);
    expect(await visible(n.admin.cookie, leadId)).toHaveLength(1);
    expect(await visible(n.loner.cookie, leadId)).toHaveLength(0);
  });

  it('shares a network retrospective with every member who may see the lead', async () => {
    const res = await write(n.betaMember.cookie, { leadId, worked: 'Shared CI', visibility: 'network' });
    expect(res.status).toBe(200);
    expect((await visible(n.loner.cookie, leadId)).map((r) => r.worked)).toEqual(['Shared CI']);
    await write(n.betaMember.cookie, { leadId: hiddenLeadId, worked: 'Quiet work', visibility: 'network' });
    expect(await visible(n.loner.cookie, hiddenLeadId)).toHaveLength(0);
    expect((await t.request(`/api/v1/retrospectives?lead=${leadId}`)).status).toBe(401);
  });

  it('is written by the co-ops involved, once the work is over', async () => {
    expect((await write(n.loner.cookie, { leadId, worked: 'x' })).status).toBe(403);
    const open = await openLead(t, n.alphaMember.cookie);
    expect((await write(n.alphaMember.cookie, { leadId: open, worked: 'x' })).status).toBe(409);
    expect((await write(n.betaMember.cookie, { leadId, worked: '', failed: '', change: '' })).status).toBe(
      422,
    );
    expect((await write(n.betaMember.cookie, { worked: 'no subject' })).status).toBe(422);
  });
});
