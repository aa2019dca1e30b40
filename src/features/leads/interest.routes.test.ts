import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type LeadNetwork, leadNetwork, openLead } from './lead.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;
let leadId: string;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
  leadId = await openLead(t, n.alphaMember.cookie);
});
afterAll(() => t.close());

const interest = (over: Record<string, unknown> = {}) => ({
  availableFrom: '2099-03-01',
  hoursPerWeek: 60,
  capacityPersonDays: 80,
  need: 'high',
  needNote: 'Two projects just ended',
  fit: 'We rebuilt two tenant portals in React.',
  role: 'lead',
  proposedPeople: [n.betaDev.id],
  ...over,
});
const put = (as: string, coop: string, json: unknown, id = leadId) =>
  t.request(`/api/v1/leads/${id}/interests/${coop}`, { method: 'PUT', as, json });

describe('interests', () => {
  it('lets a co-op say it is interested, and everyone who sees the lead sees it', async () => {
    const res = await put(n.betaMember.cookie, 'beta', interest());
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      coop: { slug: 'beta' },
      need: 'high',
      role: 'lead',
      status: 'active',
      proposedPeople: [{ id: n.betaDev.id, name: 'Bea Dev' }],
    });
    const list = (await (
      await t.request(`/api/v1/leads/${leadId}/interests`, { as: n.gammaMember.cookie })
    ).json()) as {
      items: Array<{ coop: { slug: string } }>;
    };
    expect(list.items.map((i) => i.coop.slug)).toEqual(['beta']);
  });

  it('keeps one current interest per co-op: a second answer updates it', async () => {
    const res = await put(n.betaMember.cookie, 'beta', interest({ role: 'partner', capacityPersonDays: 40 }));
    expect(res.status).toBe(200);
    const r = await t.database.db.execute<{ n: string }>(
      sql`select count(*) as n from lead_interests where lead_id = ${leadId}`,
    );
    expect(r.rows[0]?.n).toBe('1');
    const topics = await t.database.db.execute<{ change: string }>(
      sql`select payload->>'change' as change from lead_outbox where topic = 'interest.changed' order by id`,
    );
    expect(topics.rows.map((x) => x.change)).toEqual(['created', 'updated']);
  });

  it('refuses answering for another co-op and proposing another co-op’s people', async () => {
    expect((await put(n.gammaMember.cookie, 'beta', interest())).status).toBe(403);
    const res = await put(
      n.alphaMember.cookie,
      'alpha',
      interest({ proposedPeople: [n.alphaDev.id, n.betaDev.id] }),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ pointer: string }> }).errors[0]?.pointer).toBe(
      '#/json/proposedPeople/1',
    );
  });

  it('lets a co-op withdraw, and answer again, until the deadline', async () => {
    const w = await t.request(`/api/v1/leads/${leadId}/interests/beta`, {
      method: 'DELETE',
      as: n.betaMember.cookie,
    });
    expect(w.status).toBe(200);
    expect(((await w.json()) as { status: string }).status).toBe('withdrawn');
    expect((await put(n.betaMember.cookie, 'beta', interest())).status).toBe(200);
    await t.database.db.execute(
      sql`update leads set interest_deadline = now() - interval '1 minute' where id = ${leadId}`,
    );
    const late = await put(n.betaMember.cookie, 'beta', interest({ need: 'low' }));
    expect(late.status).toBe(409);
    expect(((await late.json()) as { detail: string }).detail).toBe('The deadline for interest has passed.');
    const lateWithdraw = await t.request(`/api/v1/leads/${leadId}/interests/beta`, {
      method: 'DELETE',
      as: n.betaMember.cookie,
    });
    expect(lateWithdraw.status).toBe(409);
  });

  it('takes no interests in a lead that is not open', async () => {
    const res = await t.request('/api/v1/leads', {
      method: 'POST',
      as: n.alphaMember.cookie,
      json: { title: 'Still a draft', description: 'x' },
    });
    const { id } = (await res.json()) as { id: string };
    expect((await put(n.alphaMember.cookie, 'alpha', interest({ proposedPeople: [] }), id)).status).toBe(409);
  });
});
