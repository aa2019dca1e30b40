/**
 * Integrity under concurrency, through real HTTP requests on a real database
 * (the app's pool runs them on several connections at once).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { loadConfig } from '../../config.ts';
import type { Deps } from '../../http/context.ts';
import { createLogger } from '../../lib/log.ts';
import {
  type AllocationNetwork,
  allocationNetwork,
  expectOk,
  leadWithInterests,
} from '../allocation/allocation.fixtures.ts';
import { close, propose, vote } from './decision.fixtures.ts';
import { closeDueDecisions } from './outcome.service.ts';
import { remindVoters } from './reminder.service.ts';

let t: TestApp;
let n: AllocationNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await allocationNetwork(t);
});
afterAll(() => t.close());

const count = async (q: ReturnType<typeof sql>) =>
  Number((await t.database.db.execute<{ n: string }>(q)).rows[0]?.n);

function deps(): Deps {
  return {
    config: loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000' }),
    database: t.database,
    log: createLogger('silent'),
    mailer: { send: async (m) => void t.mails.push(m) },
    jobs: t.jobs,
  };
}

describe('one outcome per lead', () => {
  it('20 concurrent closes and awards for one lead leave exactly one outcome and one set of ledger entries', async () => {
    const leadId = await leadWithInterests(t, n);
    const d = await propose(t, n.alphaMember.cookie, {
      leadId,
      title: 'Beta takes it',
      kind: 'consent',
      coops: ['beta'],
    });
    await expectOk(await vote(t, n.betaMember.cookie, d.id, { position: 'agree' }), 201);
    const award = () =>
      t.request(`/api/v1/leads/${leadId}/award`, {
        method: 'POST',
        as: n.admin.cookie,
        json: { coopIds: [n.gamma.id], rationale: 'Directly.', reviewDate: '2099-01-01' },
      });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0 ? close(t, i % 4 === 0 ? n.admin.cookie : n.alphaMember.cookie, d.id) : award(),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await count(sql`select count(*) as n from outcomes where lead_id = ${leadId}`)).toBe(1);
    expect(await count(sql`select count(*) as n from ledger_entries where lead_id = ${leadId}`)).toBe(1);
    expect(await count(sql`select count(*) as n from lead_assigned_coops where lead_id = ${leadId}`)).toBe(1);
    expect(
      await count(
        sql`select count(*) as n from lead_events where lead_id = ${leadId} and to_status = 'assigned'`,
      ),
    ).toBe(1);
  });

  it('the database itself refuses a second assigning outcome for a lead', async () => {
    const [o] = (
      await t.database.db.execute<{ lead_id: string }>(
        sql`select lead_id from outcomes where lead_id is not null limit 1`,
      )
    ).rows;
    await expect(
      t.database.db.execute(
        sql`insert into outcomes (lead_id, kind, rationale, review_date) values (${o!.lead_id}, 'award', 'again', '2099-01-01')`,
      ),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
  });
});

describe('one current vote per voter', () => {
  it('20 concurrent votes by one co-op leave one current vote (changes allowed: every cast is history)', async () => {
    const d = await propose(t, n.alphaMember.cookie, {
      title: 'Lunch',
      kind: 'vote',
      options: ['Pizza', 'Empanadas'],
    });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        vote(t, i % 2 ? n.betaMember.cookie : n.betaSecond.cookie, d.id, { option: i % 3 ? 'o1' : 'o2' }),
      ),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(await count(sql`select count(*) as n from current_votes where decision_id = ${d.id}`)).toBe(1);
    expect(await count(sql`select count(*) as n from votes where decision_id = ${d.id}`)).toBe(20);
  });

  it('20 concurrent double votes where changes are not allowed: one is kept, the rest refused', async () => {
    const d = await propose(t, n.alphaMember.cookie, {
      title: 'Dinner',
      kind: 'vote',
      options: ['Asado', 'Curry'],
      allowChange: false,
    });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        vote(t, n.betaMember.cookie, d.id, { option: i % 2 ? 'o1' : 'o2' }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await count(sql`select count(*) as n from current_votes where decision_id = ${d.id}`)).toBe(1);
    expect(await count(sql`select count(*) as n from votes where decision_id = ${d.id}`)).toBe(1);
  });
});

describe('reminders and closing time', () => {
  it('reminds the members of co-ops that have not voted, once', async () => {
    const d = await propose(t, n.admin.cookie, { title: 'New member: Delta', kind: 'consent', options: [] });
    await expectOk(await vote(t, n.betaMember.cookie, d.id, { position: 'agree' }), 201);
    t.mails.length = 0;
    expect(await remindVoters(deps(), d.id)).toBe(3);
    expect(t.mails.map((m) => m.to).sort()).toEqual(['ada@alpha.coop', 'ana@alpha.coop', 'gala@gamma.coop']);
    expect(t.mails[0]?.text).toContain(`/decisions/${d.id}`);
    expect(await remindVoters(deps(), d.id)).toBe(0);
    expect(t.mails).toHaveLength(3);
  });

  it('closes due decisions automatically, with the tally as its reason', async () => {
    const leadId = await leadWithInterests(t, n);
    const d = await propose(t, n.alphaMember.cookie, {
      leadId,
      title: 'Gamma takes it',
      kind: 'consent',
      coops: ['gamma'],
    });
    await expectOk(await vote(t, n.gammaMember.cookie, d.id, { position: 'agree' }), 201);
    expect(await closeDueDecisions(deps(), new Date())).toBe(0);
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await closeDueDecisions(deps(), later)).toBeGreaterThanOrEqual(1);
    const body = (await (
      await t.request(`/api/v1/decisions/${d.id}`, { as: n.gammaMember.cookie })
    ).json()) as {
      status: string;
      outcome: { rationale: string; chosenCoops: Array<{ slug: string }> };
    };
    expect(body.status).toBe('closed');
    expect(body.outcome.rationale).toMatch(/Closed at its closing time: the proposal passed/);
    expect(body.outcome.chosenCoops.map((c) => c.slug)).toEqual(['gamma']);
    expect(await closeDueDecisions(deps(), later)).toBe(0);
  });

  it('schedules the reminder and the close with the decision', async () => {
    const r = await t.database.db.execute<{ name: string }>(
      sql`select distinct name from pgboss.job where name like 'decision-%' order by name`,
    );
    expect(r.rows.map((x) => x.name)).toEqual(['decision-close.v1', 'decision-remind.v1']);
  });
});
