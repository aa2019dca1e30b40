import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { decisions, outcomes, votes } from '../../db/schema/decisions.ts';
import { type LeadNetwork, leadNetwork } from '../leads/lead.fixtures.ts';
import { remindReviews, requestRetrospectives } from './prompts.ts';
import { deliveredLead } from './trust.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
});
afterAll(() => t.close());

async function notified(kind: string, dedupeKey: string) {
  const r = await t.database.db.execute<{ user_id: string }>(
    sql`select user_id from notifications where kind = ${kind} and dedupe_key = ${dedupeKey}`,
  );
  return r.rows.map((x) => x.user_id).sort();
}

describe('retrospective requests', () => {
  it('asks the co-ops involved in a delivered lead, once', async () => {
    const leadId = await deliveredLead(t, { finder: n.alphaMember.cookie, admin: n.admin.cookie }, [
      'beta',
      'gamma',
    ]);
    await requestRetrospectives(t);
    await requestRetrospectives(t);
    expect(await notified('retrospective_requested', `retro:lead:${leadId}`)).toEqual(
      [n.alphaMember.id, n.betaMember.id, n.gammaMember.id].sort(),
    );
  });

  it('does not ask a co-op that already wrote its retrospective, nor about old work', async () => {
    const leadId = await deliveredLead(t, { finder: n.alphaMember.cookie, admin: n.admin.cookie }, ['beta']);
    const res = await t.request('/api/v1/retrospectives', {
      method: 'POST',
      as: n.betaMember.cookie,
      json: { leadId, worked: 'Fast start' },
    });
    expect(res.status).toBe(201);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await requestRetrospectives(t, later)).toBe(0);
    await requestRetrospectives(t);
    expect(await notified('retrospective_requested', `retro:lead:${leadId}`)).toEqual([n.alphaMember.id]);
  });
});

describe('review dates', () => {
  async function outcome(reviewDate: string) {
    const db = t.database.db;
    const [d] = await db
      .insert(decisions)
      .values({
        title: `Who builds the portal (${reviewDate})`,
        kind: 'vote',
        options: [{ key: 'beta', label: 'Beta', coopId: n.beta.id }],
        voters: 'per_coop',
        quorumKind: 'count',
        quorumValue: 1,
        closesAt: new Date('2026-01-01T00:00:00Z'),
        status: 'closed',
        createdBy: n.admin.id,
      })
      .returning();
    await db.insert(votes).values({
      decisionId: d!.id,
      voterKey: n.gamma.id,
      coopId: n.gamma.id,
      castBy: n.gammaMember.id,
      ballot: { kind: 'vote', option: 'beta' },
    });
    const [o] = await db
      .insert(outcomes)
      .values({
        decisionId: d!.id,
        kind: 'decision',
        chosenOptions: ['beta'],
        chosenCoopIds: [n.beta.id],
        rationale: 'Best fit and most need',
        reviewDate,
      })
      .returning();
    return o!.id;
  }

  it('tells the decision’s participants when the review date arrives, once', async () => {
    const today = new Date('2026-06-01T08:00:00Z');
    const due = await outcome('2026-06-01');
    const future = await outcome('2026-07-01');
    const stale = await outcome('2026-03-01');
    expect(await remindReviews(t, new Date('2026-05-31T08:00:00Z'))).toBe(0);
    expect(await remindReviews(t, today)).toBe(3);
    expect(await remindReviews(t, today)).toBe(0);
    expect(await notified('review_due', `review:${due}`)).toEqual(
      [n.admin.id, n.betaMember.id, n.gammaMember.id].sort(),
    );
    expect(await notified('review_due', `review:${future}`)).toEqual([]);
    expect(await notified('review_due', `review:${stale}`)).toEqual([]);
  });
});
