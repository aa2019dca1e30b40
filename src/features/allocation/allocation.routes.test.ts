import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { leadBody } from '../leads/lead.fixtures.ts';
import {
  type AllocationNetwork,
  allocationNetwork,
  expectOk,
  leadWithInterests,
  moveLead,
} from './allocation.fixtures.ts';

let t: TestApp;
let n: AllocationNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await allocationNetwork(t);
});
afterAll(() => t.close());

const POLICY = {
  method: 'need_lottery',
  weights: { fit: 0.4, availability: 0.1, capacity: 0.1, need: 0.2, fairness: 0.2 },
  fitThreshold: 0.4,
  newCoopBoost: 0,
  entitlement: 'headcount',
  fairnessWindowDays: 180,
  fairnessMeasure: 'person_days',
  mandatoryProfiles: true,
  note: 'Try a lottery',
};

type Policy = { version: number; method: string; note: string; createdBy: { name: string } | null };

describe('network policy', () => {
  it('starts at version 1, the default, readable by members and not by the anonymous', async () => {
    const res = await t.request('/api/v1/allocation/policy', { as: n.gammaMember.cookie });
    expect(((await res.json()) as Policy).version).toBe(1);
    expect((await t.request('/api/v1/allocation/policy')).status).toBe(401);
  });

  it('a change by an admin adds a version; history keeps every one; members may not change it', async () => {
    expect(
      (await t.request('/api/v1/allocation/policy', { method: 'PUT', as: n.alphaAdmin.cookie, json: POLICY }))
        .status,
    ).toBe(403);
    const res = await expectOk(
      await t.request('/api/v1/allocation/policy', { method: 'PUT', as: n.admin.cookie, json: POLICY }),
    );
    expect(await res.json()).toMatchObject({
      version: 2,
      method: 'need_lottery',
      createdBy: { name: 'facilitator' },
    });
    const history = (await (
      await t.request('/api/v1/allocation/policy/history', { as: n.betaMember.cookie })
    ).json()) as { items: Policy[] };
    expect(history.items.map((p) => p.version)).toEqual([2, 1]);
    await expectOk(
      await t.request('/api/v1/allocation/policy', {
        method: 'PUT',
        as: n.admin.cookie,
        json: { ...POLICY, method: 'weighted_score', note: 'Back to scores' },
      }),
    );
    const current = (await (
      await t.request('/api/v1/allocation/policy', { as: n.admin.cookie })
    ).json()) as Policy;
    expect(current).toMatchObject({ version: 3, method: 'weighted_score' });
  });

  it('names each invalid field with 422', async () => {
    const res = await t.request('/api/v1/allocation/policy', {
      method: 'PUT',
      as: n.admin.cookie,
      json: {
        ...POLICY,
        weights: { fit: -1, availability: 0, capacity: 0, need: 0, fairness: 0 },
        fitThreshold: 2,
        method: 'coin_toss',
      },
    });
    expect(res.status).toBe(422);
    const fields = ((await res.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['method', 'weights.fit', 'fitThreshold']));
    const zero = await t.request('/api/v1/allocation/policy', {
      method: 'PUT',
      as: n.admin.cookie,
      json: { ...POLICY, weights: { fit: 0, availability: 0, capacity: 0, need: 0, fairness: 0 } },
    });
    expect(((await zero.json()) as { errors: Array<{ field: string }> }).errors[0]?.field).toBe('weights');
  });

  it('refuses to rewrite a policy version in the database', async () => {
    await expect(
      t.database.db.execute(sql`update allocation_policies set note = 'x' where version = 1`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from allocation_policies`)).rejects.toThrow();
  });
});

type Rec = {
  id: string;
  policyVersion: number;
  seed: string;
  ranked: Array<{ coopName: string; rank: number; explanation: { en: string; es: string } }>;
  inputs: { interests: Array<{ coopId: string; proposedPeople: Array<{ expertise: unknown[] }> }> };
};

describe('recommendations', () => {
  let leadId: string;
  beforeAll(async () => {
    leadId = await leadWithInterests(t, n);
  });

  it('ranks the interested co-ops, explains each in English and Spanish, and keeps the inputs', async () => {
    const res = await expectOk(
      await t.request(`/api/v1/leads/${leadId}/recommendations`, {
        method: 'POST',
        as: n.alphaAdmin.cookie,
        json: {},
      }),
      201,
    );
    const rec = (await res.json()) as Rec;
    expect(rec.policyVersion).toBe(3);
    // Gamma proposes an expert in React and a senior in Elixir: it covers both profiles.
    expect(rec.ranked.map((r) => r.coopName)).toEqual(['Gamma Data', 'Beta Software']);
    expect(rec.ranked[0]?.explanation.en).toMatch(/\w/);
    expect(rec.ranked[0]?.explanation.es).not.toBe(rec.ranked[0]?.explanation.en);
    expect(rec.inputs.interests).toHaveLength(2);
    expect(rec.inputs.interests.some((i) => i.proposedPeople[0]?.expertise.length === 2)).toBe(true);
  });

  it('lists the latest with history, and recomputes to the same answer', async () => {
    await expectOk(
      await t.request(`/api/v1/leads/${leadId}/recommendations`, {
        method: 'POST',
        as: n.admin.cookie,
        json: { seed: 'fixed-seed' },
      }),
      201,
    );
    const list = (await (
      await t.request(`/api/v1/leads/${leadId}/recommendations`, { as: n.betaMember.cookie })
    ).json()) as { latest: Rec; history: Array<{ id: string }> };
    expect(list.history).toHaveLength(2);
    expect(list.latest.seed).toBe('fixed-seed');
    const verify = await expectOk(
      await t.request(`/api/v1/recommendations/${list.latest.id}/verify`, { as: n.gammaMember.cookie }),
    );
    expect(await verify.json()).toEqual({
      id: list.latest.id,
      matches: true,
      policyMatches: true,
      differences: [],
    });
  });

  it('detects stored output that no longer follows from the inputs', async () => {
    // Tampering needs the append-only trigger out of the way, as only a database owner could do.
    const db = t.database.db;
    const [rec] = (
      await db.execute<{ id: string }>(sql`select id from recommendations where lead_id = ${leadId} limit 1`)
    ).rows;
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table recommendations disable trigger recommendations_append_only`);
      await tx.execute(
        sql`update recommendations set output = jsonb_set(output, '{ranked,0,score}', '0.001') where id = ${rec!.id}`,
      );
      await tx.execute(sql`alter table recommendations enable trigger recommendations_append_only`);
    });
    const verify = (await (
      await t.request(`/api/v1/recommendations/${rec!.id}/verify`, { as: n.admin.cookie })
    ).json()) as { matches: boolean; differences: string[] };
    expect(verify.matches).toBe(false);
    expect(verify.differences).toContain('/ranked/0/score');
    await expect(db.execute(sql`delete from recommendations`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
  });

  it('is asked for by finder co-op admins and network admins only, while the lead is open or deciding', async () => {
    const post = (cookie: string) =>
      t.request(`/api/v1/leads/${leadId}/recommendations`, { method: 'POST', as: cookie, json: {} });
    expect((await post(n.alphaMember.cookie)).status).toBe(403);
    expect((await post(n.betaMember.cookie)).status).toBe(403);
    expect(
      (await t.request(`/api/v1/leads/${leadId}/recommendations`, { method: 'POST', json: {} })).status,
    ).toBe(401);
    const draft = await t.request('/api/v1/leads', {
      method: 'POST',
      as: n.alphaAdmin.cookie,
      json: leadBody(),
    });
    const draftId = ((await draft.json()) as { id: string }).id;
    const res = await t.request(`/api/v1/leads/${draftId}/recommendations`, {
      method: 'POST',
      as: n.admin.cookie,
      json: {},
    });
    expect(res.status).toBe(409);
  });

  it('answers a retried request with the same Idempotency-Key from the store, without a second row', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db.execute<{ n: string }>(
            sql`select count(*) as n from recommendations where lead_id = ${leadId}`,
          )
        ).rows[0]?.n,
      );
    const before = await count();
    const send = () =>
      t.request(`/api/v1/leads/${leadId}/recommendations`, {
        method: 'POST',
        as: n.admin.cookie,
        json: {},
        headers: { 'idempotency-key': 'rec-once' },
      });
    const first = (await (await send()).json()) as Rec;
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as Rec).id).toBe(first.id);
    expect(await count()).toBe(before + 1);
  });
});

type Summary = {
  totals: { personDays: number; value: number | null; valueHidden: boolean };
  items: Array<{
    coop: { slug: string };
    personDays: number;
    value: number | null;
    entitlementShare: number;
    receivedShare: number;
  }>;
};
type Entries = {
  items: Array<{ kind: string; personDays: number; value: number | null; coop: { slug: string } }>;
  total: number;
};

describe('fairness ledger', () => {
  it('credits an assignment by hand, corrects it at delivery, and hides a private budget from others', async () => {
    const id = await leadWithInterests(t, n);
    await moveLead(t, n.alphaMember.cookie, id, 'deciding');
    await moveLead(t, n.admin.cookie, id, 'assigned', { assignedCoops: ['beta', 'gamma'] });
    const entries = (await (
      await t.request(`/api/v1/ledger/entries?lead=${id}`, { as: n.betaMember.cookie })
    ).json()) as Entries;
    // 120 person-days and a private budget of 40–60k: 50k, half each.
    expect(entries.items.map((e) => [e.coop.slug, e.kind, e.personDays, e.value]).sort()).toEqual([
      ['beta', 'assigned', 60, 25000],
      ['gamma', 'assigned', 60, 25000],
    ]);
    await moveLead(t, n.betaMember.cookie, id, 'in_progress');
    await expectOk(
      await t.request(`/api/v1/leads/${id}/delivery`, {
        method: 'POST',
        as: n.betaMember.cookie,
        json: { actualPersonDays: 150, note: 'Took longer' },
      }),
    );
    const after = (await (
      await t.request(`/api/v1/ledger/entries?lead=${id}`, { as: n.admin.cookie })
    ).json()) as Entries;
    expect(after.items.filter((e) => e.kind === 'delivered_adjustment').map((e) => e.personDays)).toEqual([
      15, 15,
    ]);

    const outsider = (await (
      await t.request('/api/v1/ledger', { as: n.alphaMember.cookie })
    ).json()) as Summary;
    const beta = outsider.items.find((i) => i.coop.slug === 'beta')!;
    expect(beta.personDays).toBe(75);
    // Alpha is the finder: entitled. A member of no co-op on this lead is not.
    const loner = (await (await t.request('/api/v1/ledger', { as: n.loner.cookie })).json()) as Summary;
    expect(loner.items.find((i) => i.coop.slug === 'beta')).toMatchObject({
      personDays: 75,
      value: null,
      valueHidden: true,
    });
    expect(loner.totals).toMatchObject({ personDays: 150, value: null, valueHidden: true });
    const lonerEntries = (await (
      await t.request(`/api/v1/ledger/entries?coop=beta`, { as: n.loner.cookie })
    ).json()) as Entries;
    expect(lonerEntries.items.every((e) => e.value === null)).toBe(true);
    expect(beta.value).toBe(25000);
    expect(beta.receivedShare).toBeCloseTo(0.5, 6);
    expect(beta.entitlementShare).toBeGreaterThan(0);
  });

  it('gives the credit back when an assigned lead is lost, with compensating entries only', async () => {
    const id = await leadWithInterests(t, n, {
      budget: { min: 10000, max: 10000, currency: 'EUR', visibility: 'network' },
    });
    await moveLead(t, n.alphaMember.cookie, id, 'deciding');
    await moveLead(t, n.admin.cookie, id, 'assigned', { assignedCoops: ['gamma'] });
    await moveLead(t, n.alphaMember.cookie, id, 'lost', { note: 'Client went elsewhere' });
    const entries = (await (
      await t.request(`/api/v1/ledger/entries?lead=${id}`, { as: n.loner.cookie })
    ).json()) as Entries;
    expect(entries.items.map((e) => [e.kind, e.personDays, e.value])).toEqual([
      ['cancelled_reversal', -120, -10000],
      ['assigned', 120, 10000],
    ]);
    await expect(t.database.db.execute(sql`update ledger_entries set person_days = 0`)).rejects.toMatchObject(
      { cause: { message: expect.stringMatching(/append-only/) } },
    );
  });

  it('is for members only and checks its window', async () => {
    expect((await t.request('/api/v1/ledger')).status).toBe(401);
    const bad = await t.request('/api/v1/ledger?from=2026-02-01&to=2026-01-01', { as: n.loner.cookie });
    expect(bad.status).toBe(422);
  });
});
