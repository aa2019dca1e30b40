import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import {
  type AllocationNetwork,
  allocationNetwork,
  expectOk,
  leadWithInterests,
} from '../allocation/allocation.fixtures.ts';
import { close, propose, tallyOf, vote } from './decision.fixtures.ts';

let t: TestApp;
let n: AllocationNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await allocationNetwork(t);
});
afterAll(() => t.close());

const count = async (q: ReturnType<typeof sql>) =>
  Number((await t.database.db.execute<{ n: string }>(q)).rows[0]?.n);
const leadOf = async (id: string) =>
  (await (await t.request(`/api/v1/leads/${id}`, { as: n.admin.cookie })).json()) as {
    status: string;
    assignedCoops: Array<{ slug: string }>;
  };
const field = async (res: Response) =>
  ((await res.json()) as { errors?: Array<{ field: string }> }).errors?.map((e) => e.field);

describe('consent on a lead, end to end', () => {
  let leadId: string;
  let decisionId: string;

  beforeAll(async () => {
    leadId = await leadWithInterests(t, n);
    await expectOk(
      await t.request(`/api/v1/leads/${leadId}/recommendations`, {
        method: 'POST',
        as: n.alphaAdmin.cookie,
        json: {},
      }),
      201,
    );
    const d = await propose(t, n.alphaMember.cookie, {
      leadId,
      title: 'Gamma takes the tenant portal',
      kind: 'consent',
      coops: ['gamma'],
      quorum: { kind: 'count', value: 2 },
    });
    decisionId = d.id;
    expect(d.recommendation).not.toBeNull();
    expect(d.options.map((o) => o.coop?.slug)).toEqual(['gamma']);
    expect(d.eligible).toBe(3);
  });

  it('moved the lead to deciding', async () => {
    expect((await leadOf(leadId)).status).toBe('deciding');
  });

  it('refuses a block without a reason, naming the field', async () => {
    const res = await vote(t, n.betaMember.cookie, decisionId, { position: 'block' });
    expect(res.status).toBe(422);
    expect(await field(res)).toEqual(['reason']);
  });

  it('lets members vote only for their own co-op, and not those outside every co-op', async () => {
    expect(
      (await vote(t, n.betaMember.cookie, decisionId, { coop: 'alpha', position: 'agree' })).status,
    ).toBe(403);
    expect((await vote(t, n.loner.cookie, decisionId, { position: 'agree' })).status).toBe(403);
    expect((await vote(t, n.admin.cookie, decisionId, { position: 'agree' })).status).toBe(403);
    expect(
      (
        await t.request(`/api/v1/decisions/${decisionId}/votes`, {
          method: 'POST',
          json: { position: 'agree' },
        })
      ).status,
    ).toBe(401);
  });

  it('closes with one outcome that assigns the lead, credits the ledger and tells those concerned', async () => {
    await expectOk(await vote(t, n.betaMember.cookie, decisionId, { position: 'agree' }), 201);
    await expectOk(await vote(t, n.gammaMember.cookie, decisionId, { position: 'agree' }), 201);
    await expectOk(
      await vote(t, n.alphaMember.cookie, decisionId, { position: 'object', reason: 'Tight dates' }),
      201,
    );
    const live = await tallyOf(t, n.gammaMember.cookie, decisionId);
    expect(live.tally).toMatchObject({
      result: 'passed',
      consent: { agree: 2, object: 1, objections: [{ reason: 'Tight dates' }] },
    });
    // Someone else's proposal is not theirs to close.
    expect((await close(t, n.betaMember.cookie, decisionId)).status).toBe(403);
    t.mails.length = 0;
    const res = await expectOk(
      await close(t, n.alphaMember.cookie, decisionId, {
        rationale: 'Consent, with an objection noted.',
        reviewDate: '2099-12-01',
      }),
    );
    expect(await res.json()).toMatchObject({
      chosenCoops: [{ slug: 'gamma' }],
      reviewDate: '2099-12-01',
      leadId,
    });
    const lead = await leadOf(leadId);
    expect(lead.status).toBe('assigned');
    expect(lead.assignedCoops.map((c) => c.slug)).toEqual(['gamma']);
    expect(
      await count(
        sql`select count(*) as n from ledger_entries where lead_id = ${leadId} and kind = 'assigned'`,
      ),
    ).toBe(1);
    expect(t.mails.some((m) => m.to === 'gala@gamma.coop' && m.subject.includes('Decided'))).toBe(true);
    expect(t.mails.some((m) => m.to === 'bruno@beta.coop')).toBe(true);
    expect((await close(t, n.admin.cookie, decisionId)).status).toBe(409);
    expect(
      (await vote(t, n.betaMember.cookie, decisionId, { position: 'block', reason: 'late' })).status,
    ).toBe(409);
  });

  it('keeps an audit trail in time order, for the decision and for the lead', async () => {
    const trail = (await (
      await t.request(`/api/v1/decisions/${decisionId}/audit`, { as: n.betaMember.cookie })
    ).json()) as {
      items: Array<{ type: string; data: Record<string, unknown> }>;
    };
    expect(trail.items.map((i) => i.type)).toEqual([
      'recommendation',
      'decision.proposed',
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'decision.closed',
      'outcome',
      'ledger.entry',
    ]);
    const lead = (await (
      await t.request(`/api/v1/leads/${leadId}/audit`, { as: n.gammaMember.cookie })
    ).json()) as {
      items: Array<{ type: string; at: string }>;
    };
    const types = lead.items.map((i) => i.type);
    expect(types[0]).toBe('lead.created');
    expect(types).toEqual(
      expect.arrayContaining([
        'lead.transition',
        'recommendation',
        'decision.proposed',
        'outcome',
        'ledger.entry',
      ]),
    );
    expect(types.indexOf('outcome')).toBeGreaterThan(types.indexOf('decision.proposed'));
    const ats = lead.items.map((i) => i.at);
    expect([...ats].sort()).toEqual(ats);
  });

  it('refuses to rewrite votes or outcomes in the database', async () => {
    const blocked = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(t.database.db.execute(sql`update votes set cast_by = 'x'`)).rejects.toMatchObject(blocked);
    await expect(t.database.db.execute(sql`delete from outcomes`)).rejects.toMatchObject(blocked);
  });
});

describe('a vote on a network question, anonymous until close, per member', () => {
  let id: string;
  beforeAll(async () => {
    const d = await propose(t, n.betaMember.cookie, {
      title: 'Where do we meet this year?',
      kind: 'vote',
      options: ['Rosario', 'Leeds', 'Online'],
      voters: 'per_member',
      anonymousUntilClose: true,
    });
    id = d.id;
    expect(d.options.map((o) => o.key)).toEqual(['o1', 'o2', 'o3']);
    expect(d.eligible).toBe(5);
  });

  it('hides the tally and who voted, but not how many, until close', async () => {
    await expectOk(await vote(t, n.alphaMember.cookie, id, { option: 'o1' }), 201);
    await expectOk(await vote(t, n.betaMember.cookie, id, { option: 'o2' }), 201);
    const hidden = await tallyOf(t, n.gammaMember.cookie, id);
    expect(hidden).toMatchObject({
      hidden: true,
      voted: 2,
      eligible: 5,
      votedBy: [],
      tally: null,
      votes: null,
    });
    const audit = (await (
      await t.request(`/api/v1/decisions/${id}/audit`, { as: n.gammaMember.cookie })
    ).json()) as {
      items: Array<{ type: string; actor: unknown; data: Record<string, unknown> }>;
    };
    const cast = audit.items.filter((i) => i.type === 'vote.cast');
    expect(cast).toHaveLength(2);
    expect(cast.every((i) => i.actor === null && i.data.ballot === undefined)).toBe(true);
  });

  it('lets a voter change their vote: history keeps both, one is current', async () => {
    const res = await expectOk(await vote(t, n.alphaMember.cookie, id, { option: 'o2' }), 201);
    expect(((await res.json()) as { replacedEarlierVote: boolean }).replacedEarlierVote).toBe(true);
    expect(await count(sql`select count(*) as n from votes where decision_id = ${id}`)).toBe(3);
    expect(await count(sql`select count(*) as n from current_votes where decision_id = ${id}`)).toBe(2);
  });

  it('reveals everything at close; plurality wins', async () => {
    t.mails.length = 0;
    const out = await expectOk(await close(t, n.betaMember.cookie, id));
    expect(t.mails.some((m) => m.text.includes('The network chose: Leeds.'))).toBe(true);
    expect(await out.json()).toMatchObject({ chosenOptions: ['o2'], leadId: null, kind: 'decision' });
    const open = await tallyOf(t, n.gammaMember.cookie, id);
    expect(open.hidden).toBe(false);
    expect(open.tally).toMatchObject({ counts: { o1: 0, o2: 2, o3: 0 }, result: 'chosen' });
    expect(open.votedBy.map((v) => v.name).sort()).toEqual(['ana', 'bruno']);
  });

  it('lists open decisions', async () => {
    const list = (await (
      await t.request('/api/v1/decisions?status=closed', { as: n.loner.cookie })
    ).json()) as {
      items: Array<{ id: string }>;
    };
    expect(list.items.map((i) => i.id)).toContain(id);
    const open = (await (
      await t.request('/api/v1/decisions?status=open', { as: n.loner.cookie })
    ).json()) as {
      items: Array<{ id: string }>;
    };
    expect(open.items.map((i) => i.id)).not.toContain(id);
  });
});

describe('ranked choice and score', () => {
  it('runs instant-runoff across rounds', async () => {
    const d = await propose(t, n.alphaMember.cookie, {
      title: 'Which tool for the shared wiki?',
      kind: 'ranked',
      options: ['Wiki.js', 'Outline', 'BookStack'],
      voters: 'per_member',
    });
    const rank = (cookie: string, ...ranking: string[]) => vote(t, cookie, d.id, { ranking });
    await expectOk(await rank(n.alphaMember.cookie, 'o1'), 201);
    await expectOk(await rank(n.alphaAdmin.cookie, 'o1'), 201);
    await expectOk(await rank(n.betaMember.cookie, 'o2'), 201);
    await expectOk(await rank(n.betaSecond.cookie, 'o2'), 201);
    await expectOk(await rank(n.gammaMember.cookie, 'o3', 'o2'), 201);
    const bad = await rank(n.gammaMember.cookie, 'o3', 'o3');
    expect(await field(bad)).toEqual(['ranking.1']);
    const out = (await (await expectOk(await close(t, n.alphaMember.cookie, d.id))).json()) as {
      chosenOptions: string[];
    };
    expect(out.chosenOptions).toEqual(['o2']);
    const tally = await tallyOf(t, n.loner.cookie, d.id);
    expect(
      (tally.tally as { rounds: Array<{ eliminated: string[] }> }).rounds.map((r) => r.eliminated),
    ).toEqual([['o3'], []]);
  });

  it('scores 0–5 per option, per co-op, and the highest total wins', async () => {
    const d = await propose(t, n.admin.cookie, {
      title: 'Priorities for next year',
      kind: 'score',
      options: ['Training', 'Shared tools'],
    });
    await expectOk(await vote(t, n.alphaMember.cookie, d.id, { scores: { o1: 5, o2: 1 } }), 201);
    await expectOk(await vote(t, n.betaMember.cookie, d.id, { scores: { o1: 2, o2: 4 } }), 201);
    // Beta's second member speaks for the same co-op: the co-op's vote changes, it does not double.
    await expectOk(await vote(t, n.betaSecond.cookie, d.id, { scores: { o1: 4, o2: 4 } }), 201);
    expect(await field(await vote(t, n.gammaMember.cookie, d.id, { scores: { o1: 9 } }))).toEqual([
      'scores.o1',
      'scores.o2',
    ]);
    await expectOk(await close(t, n.admin.cookie, d.id));
    const tally = await tallyOf(t, n.loner.cookie, d.id);
    expect(tally.tally).toMatchObject({
      totals: { o1: 9, o2: 5 },
      means: { o1: 4.5, o2: 2.5 },
      chosen: ['o1'],
    });
  });
});

describe('quorum, ties and awards', () => {
  it('without quorum nothing is chosen, the lead stays deciding, and an admin may then award it', async () => {
    const leadId = await leadWithInterests(t, n);
    const d = await propose(t, n.alphaMember.cookie, {
      leadId,
      title: 'Beta takes it',
      kind: 'consent',
      coops: ['beta'],
      quorum: { kind: 'share', value: 1 },
    });
    await expectOk(await vote(t, n.betaMember.cookie, d.id, { position: 'agree' }), 201);
    const out = (await (await expectOk(await close(t, n.alphaMember.cookie, d.id))).json()) as {
      chosenCoops: unknown[];
      leadId: string | null;
    };
    expect(out).toMatchObject({ chosenCoops: [], leadId: null });
    expect((await leadOf(leadId)).status).toBe('deciding');
    expect(
      (
        await t.request(`/api/v1/leads/${leadId}/award`, {
          method: 'POST',
          as: n.alphaAdmin.cookie,
          json: { coopIds: [n.beta.id], rationale: 'x', reviewDate: '2099-01-01' },
        })
      ).status,
    ).toBe(403);
    const bad = await t.request(`/api/v1/leads/${leadId}/award`, {
      method: 'POST',
      as: n.admin.cookie,
      json: {
        coopIds: [n.beta.id, n.gamma.id],
        shares: { [n.beta.id]: 0.7, [n.gamma.id]: 0.7 },
        rationale: 'x',
        reviewDate: '2099-01-01',
      },
    });
    expect(bad.status).toBe(422);
    const award = await t.request(`/api/v1/leads/${leadId}/award`, {
      method: 'POST',
      as: n.admin.cookie,
      json: {
        coopIds: [n.beta.id, n.gamma.id],
        shares: { [n.beta.id]: 0.75, [n.gamma.id]: 0.25 },
        rationale: 'Beta leads, Gamma helps.',
        reviewDate: '2099-01-01',
      },
    });
    expect(award.status).toBe(201);
    const entries = await t.database.db.execute<{ person_days: string }>(
      sql`select person_days from ledger_entries where lead_id = ${leadId} order by share desc`,
    );
    expect(entries.rows.map((r) => Number(r.person_days))).toEqual([90, 30]);
    expect((await leadOf(leadId)).status).toBe('assigned');
  });

  it('reports a tie and lets the closer break it among the tied only', async () => {
    const leadId = await leadWithInterests(t, n);
    const d = await propose(t, n.alphaMember.cookie, { leadId, title: 'Who takes it?', kind: 'vote' });
    expect(d.options.map((o) => o.coop?.slug)).toEqual(['beta', 'gamma']);
    await expectOk(await vote(t, n.betaMember.cookie, d.id, { option: 'o1' }), 201);
    await expectOk(await vote(t, n.gammaMember.cookie, d.id, { option: 'o2' }), 201);
    expect((await tallyOf(t, n.admin.cookie, d.id)).tally).toMatchObject({
      result: 'tie',
      tied: ['o1', 'o2'],
    });
    expect(await field(await close(t, n.admin.cookie, d.id, { rationale: 'x', breakTie: ['o9'] }))).toEqual([
      'breakTie.0',
    ]);
    const out = await expectOk(
      await close(t, n.admin.cookie, d.id, { rationale: 'Gamma needs it more.', breakTie: ['o2'] }),
    );
    expect(await out.json()).toMatchObject({ chosenCoops: [{ slug: 'gamma' }] });
  });
});

describe('idempotency keys', () => {
  it('a proposal and a vote sent twice with one key are written once', async () => {
    const key = { 'idempotency-key': 'proposal-1' };
    const body = { title: 'Adopt the code of conduct', kind: 'consent', options: [] };
    const a = await propose(t, n.gammaMember.cookie, body, key);
    const b = await propose(t, n.gammaMember.cookie, body, key);
    expect(b.id).toBe(a.id);
    expect(
      await count(sql`select count(*) as n from decisions where title = 'Adopt the code of conduct'`),
    ).toBe(1);
    const v1 = await vote(t, n.gammaMember.cookie, a.id, { position: 'agree' }, { 'idempotency-key': 'v-1' });
    const v2 = await vote(t, n.gammaMember.cookie, a.id, { position: 'agree' }, { 'idempotency-key': 'v-1' });
    expect(v2.status).toBe(v1.status);
    expect(await count(sql`select count(*) as n from votes where decision_id = ${a.id}`)).toBe(1);
    // The same key on another request is a mistake, and said so.
    const reused = await vote(
      t,
      n.gammaMember.cookie,
      a.id,
      { position: 'agree' },
      { 'idempotency-key': 'proposal-1' },
    );
    expect(reused.status).toBe(422);
    // Another account's key is its own.
    expect(
      (await vote(t, n.betaMember.cookie, a.id, { position: 'agree' }, { 'idempotency-key': 'v-1' })).status,
    ).toBe(201);
  });
});
