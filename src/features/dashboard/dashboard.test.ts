/**
 * The dashboard against a ledger small enough to work out by hand.
 *
 * Work in January–February 2026 (person-days; value is 100 × that):
 *   A (stable, low need)    30 on L1 (10 Jan)
 *   B (growing, medium)     10 on L1 (10 Jan); 10 on L3 (20 Feb), reversed 25 Feb → 0
 *   C (new, medium)         20 on L2 (5 Feb)
 *   D (growing, high need)   0
 * Whole range: [0, 10, 20, 30], mean 15, Σ|xi − xj| over ordered pairs 200,
 *   Gini = 200 / (2 · 4² · 15) = 0.4167; Lorenz (0,0) (¼,0) (½,⅙) (¾,½) (1,1).
 * January: [0, 0, 10, 30] → 200 / (2 · 16 · 10) = 0.625. February: [0, 0, 0, 20] → 0.75.
 * Published → decided: L1 9 days, L2 10, L3 20 → median 10, p90 (nearest rank) 20.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { coop } from '../../../tests/support/factories.ts';
import type { Dashboard } from './dashboard.schemas.ts';

let t: TestApp;
let member: string;

beforeAll(async () => {
  t = await testApp();
  const db = t.database.db;
  const a = await coop(db, { slug: 'a', stage: 'stable', need: 'low' });
  const b = await coop(db, { slug: 'b', stage: 'growing', need: 'medium' });
  const c = await coop(db, { slug: 'c', stage: 'new', need: 'medium' });
  await coop(db, { slug: 'd', stage: 'growing', need: 'high' });
  member = (await t.user({ email: 'cleo@c.coop', coopId: c.id })).cookie;
  const cUser = await db.execute<{ id: string }>(sql`select id from "user" where email = 'cleo@c.coop'`);

  const lead = async (title: string, published: string, partners = false) =>
    (
      await db.execute<{ id: string }>(sql`
        insert into leads (title, status, published_at, share_with_partners)
        values (${title}, 'in_progress', ${published}::timestamptz, ${partners}) returning id`)
    ).rows[0]!.id;
  const l1 = await lead('L1', '2026-01-01T00:00:00Z', true);
  const l2 = await lead('L2', '2026-01-26T00:00:00Z');
  const l3 = await lead('L3', '2026-01-31T00:00:00Z');
  const assigned = (id: string, at: string) =>
    db.execute(sql`insert into lead_events (lead_id, kind, from_status, to_status, at)
      values (${id}, 'transition', 'deciding', 'assigned', ${at}::timestamptz)`);
  await assigned(l1, '2026-01-10T00:00:00Z');
  await assigned(l2, '2026-02-05T00:00:00Z');
  await assigned(l3, '2026-02-20T00:00:00Z');
  await db.execute(
    sql`insert into lead_assigned_coops (lead_id, coop_id) values (${l1}, ${a.id}), (${l1}, ${b.id}), (${l2}, ${c.id})`,
  );
  const entry = (coopId: string, leadId: string, kind: string, pd: number, at: string) =>
    db.execute(sql`insert into ledger_entries (coop_id, lead_id, kind, share, person_days, value, currency, at)
      values (${coopId}, ${leadId}, ${kind}, 1, ${pd}, ${pd * 100}, 'GBP', ${at}::timestamptz)`);
  await entry(a.id, l1, 'assigned', 30, '2026-01-10T00:00:00Z');
  await entry(b.id, l1, 'assigned', 10, '2026-01-10T00:00:00Z');
  await entry(c.id, l2, 'assigned', 20, '2026-02-05T00:00:00Z');
  await entry(b.id, l3, 'assigned', 10, '2026-02-20T00:00:00Z');
  await entry(b.id, l3, 'cancelled_reversal', -10, '2026-02-25T00:00:00Z');
  // Before the range: must not count.
  await entry(a.id, l2, 'assigned', 50, '2025-12-20T00:00:00Z');

  const decision = async (closedAt: string, votesFrom: Array<{ coopId: string | null; castBy: string }>) => {
    const d = (
      await db.execute<{ id: string }>(sql`
        insert into decisions (title, kind, options, voters, quorum_kind, quorum_value, closes_at, status, closed_at)
        values ('Who?', 'vote', '[]'::jsonb, 'per_coop', 'count', 1, ${closedAt}::timestamptz, 'closed', ${closedAt}::timestamptz)
        returning id`)
    ).rows[0]!.id;
    for (const [i, v] of votesFrom.entries()) {
      const vote = await db.execute<{ id: number }>(sql`
        insert into votes (decision_id, voter_key, coop_id, cast_by, ballot)
        values (${d}, ${`voter-${i}`}, ${v.coopId}, ${v.castBy}, '{"kind":"vote","option":"x"}'::jsonb) returning id`);
      await db.execute(
        sql`insert into current_votes (decision_id, voter_key, vote_id) values (${d}, ${`voter-${i}`}, ${vote.rows[0]!.id})`,
      );
    }
  };
  await decision('2026-01-09T00:00:00Z', [
    { coopId: a.id, castBy: 'someone-a' },
    { coopId: b.id, castBy: 'someone-b' },
  ]);
  await decision('2026-02-04T00:00:00Z', [{ coopId: null, castBy: cUser.rows[0]!.id }]);
  await db.execute(sql`insert into remote_leads (object_id, origin_actor_id, title, payload, received_at)
    values ('https://partner.example/leads/1', 'https://partner.example/actor', 'Partner lead', '{}'::jsonb, '2026-02-01T00:00:00Z')`);
});
afterAll(() => t.close());

const get = async (query: string) => {
  const res = await t.request(`/api/v1/dashboard?${query}`, { as: member });
  expect(res.status).toBe(200);
  return (await res.json()) as Dashboard;
};

describe('fairness dashboard', () => {
  it('gives the Gini and Lorenz curve of the range, zero-work co-ops included', async () => {
    const d = await get('from=2026-01-01&to=2026-02-28&period=month');
    expect(d.coops).toBe(4);
    expect(d.personDays.total).toBe(60);
    expect(d.personDays.gini).toBeCloseTo(0.4167, 4);
    expect(d.value.gini).toBeCloseTo(0.4167, 4);
    expect(d.value.currencies).toEqual(['GBP']);
    expect(d.personDays.lorenz).toEqual([
      { population: 0, share: 0 },
      { population: 0.25, share: 0 },
      { population: 0.5, share: 0.1667 },
      { population: 0.75, share: 0.5 },
      { population: 1, share: 1 },
    ]);
    expect(d.personDays.toNew).toBeCloseTo(1 / 3, 4);
    expect(d.personDays.toHighNeed).toBe(0);
  });

  it('follows the Gini month by month', async () => {
    const d = await get('from=2026-01-01&to=2026-03-31&period=month');
    expect(d.series.map((p) => [p.period, p.personDays, p.giniPersonDays])).toEqual([
      ['2026-01', 40, 0.625],
      ['2026-02', 20, 0.75],
      ['2026-03', 0, 0],
    ]);
    const q = await get('from=2026-01-01&to=2026-03-31&period=quarter');
    expect(q.series.map((p) => [p.period, p.giniPersonDays])).toEqual([['2026-Q1', 0.4167]]);
  });

  it('counts inter-co-op teams, time to decision, participation and partner leads', async () => {
    const d = await get('from=2026-01-01&to=2026-02-28');
    expect(d.teams).toEqual({ assignedLeads: 3, interCoopLeads: 1, share: 0.3333 });
    expect(d.timeToDecision).toEqual({ decisions: 3, medianDays: 10, p90Days: 20 });
    expect(d.participation).toMatchObject({
      closedDecisions: 2,
      distinctCoops: 3,
      meanCoopsPerDecision: 1.5,
    });
    expect(d.participation.perDecision.map((x) => x.coops)).toEqual([2, 1]);
    expect(d.partners).toEqual({ sharedLeads: 1, receivedLeads: 1 });
    expect(d.series.map((p) => [p.period, p.votingCoops, p.interCoopLeads])).toEqual([
      ['2026-01', 2, 1],
      ['2026-02', 1, 0],
    ]);
  });

  it('leaves out what happened outside the range', async () => {
    const d = await get('from=2026-02-01&to=2026-02-28');
    expect(d.personDays.total).toBe(20);
    expect(d.byCoop.find((c) => c.slug === 'b')?.personDays).toBe(0);
  });

  it('exports each series as CSV', async () => {
    const res = await t.request('/api/v1/dashboard.csv?from=2026-01-01&to=2026-02-28&series=gini', {
      as: member,
    });
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(await res.text()).toBe(
      'period,person_days,gini_person_days,value,gini_value\r\n2026-01,40,0.625,4000,0.625\r\n2026-02,20,0.75,2000,0.75\r\n',
    );
    const dist = await (
      await t.request('/api/v1/dashboard.csv?from=2026-01-01&to=2026-02-28&series=distribution', {
        as: member,
      })
    ).text();
    expect(dist.split('\r\n')[0]).toBe('coop,name,stage,need,person_days,value');
    expect(dist).toContain('a,a,stable,low,30,3000');
    expect((await t.request('/api/v1/dashboard.csv?series=nope', { as: member })).status).toBe(422);
  });

  it('is for members only, and checks the range', async () => {
    expect((await t.request('/api/v1/dashboard')).status).toBe(401);
    expect((await t.request('/api/v1/dashboard?from=2026-03-01&to=2026-01-01', { as: member })).status).toBe(
      422,
    );
  });
});
