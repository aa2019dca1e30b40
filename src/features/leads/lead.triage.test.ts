import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type LeadNetwork, leadBody, leadNetwork, openLead } from './lead.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
});
afterAll(() => t.close());

const submitToTriage = async (title: string) => {
  const { id } = (await (
    await t.request('/api/v1/leads', { method: 'POST', as: n.alphaMember.cookie, json: leadBody({ title }) })
  ).json()) as { id: string };
  await t.request(`/api/v1/leads/${id}/transitions`, {
    method: 'POST',
    as: n.alphaMember.cookie,
    json: { to: 'in_triage' },
  });
  return id;
};

describe('triage', () => {
  it('lets a facilitator edit and publish what a member submitted; the member cannot publish it', async () => {
    const id = await submitToTriage('Needs a better title');
    const self = await t.request(`/api/v1/leads/${id}/transitions`, {
      method: 'POST',
      as: n.alphaMember.cookie,
      json: { to: 'open' },
    });
    expect(self.status).toBe(403);
    const edit = await t.request(`/api/v1/leads/${id}`, {
      method: 'PATCH',
      as: n.admin.cookie,
      json: { title: 'Tenant portal for Acme', tags: ['housing'] },
    });
    expect(edit.status).toBe(200);
    const pub = await t.request(`/api/v1/leads/${id}/transitions`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { to: 'open' },
    });
    expect(((await pub.json()) as { status: string; publishedAt: string | null }).publishedAt).not.toBeNull();
  });

  it('merges a duplicate: it is declined as merged, its interests and comments move', async () => {
    const keep = await openLead(t, n.alphaMember.cookie, { title: 'Portal (original)' });
    const dup = await openLead(t, n.alphaMember.cookie, { title: 'Portal (duplicate)' });
    const answer = {
      availableFrom: '2099-03-01',
      hoursPerWeek: 40,
      capacityPersonDays: 30,
      need: 'medium',
      fit: 'We know the client',
      role: 'partner',
    };
    await t.request(`/api/v1/leads/${dup}/interests/beta`, {
      method: 'PUT',
      as: n.betaMember.cookie,
      json: answer,
    });
    await t.request(`/api/v1/leads/${dup}/comments`, {
      method: 'POST',
      as: n.gammaMember.cookie,
      json: { body: 'Same as the other?' },
    });
    expect(
      (
        await t.request(`/api/v1/leads/${keep}/merge`, {
          method: 'POST',
          as: n.alphaMember.cookie,
          json: { duplicate: dup },
        })
      ).status,
    ).toBe(403);
    const res = await t.request(`/api/v1/leads/${keep}/merge`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { duplicate: dup },
    });
    expect(res.status).toBe(200);
    const gone = (await (await t.request(`/api/v1/leads/${dup}`, { as: n.admin.cookie })).json()) as {
      status: string;
      mergedInto: string;
    };
    expect(gone).toMatchObject({ status: 'declined', mergedInto: keep });
    const events = (await (
      await t.request(`/api/v1/leads/${dup}/events`, { as: n.admin.cookie })
    ).json()) as {
      items: Array<{ note: string }>;
    };
    expect(events.items.at(-1)?.note).toBe(`Merged into “Portal (original)” (${keep}).`);
    const interests = (await (
      await t.request(`/api/v1/leads/${keep}/interests`, { as: n.admin.cookie })
    ).json()) as {
      items: Array<{ coop: { slug: string } }>;
    };
    expect(interests.items.map((i) => i.coop.slug)).toEqual(['beta']);
    const comments = (await (
      await t.request(`/api/v1/leads/${keep}/comments`, { as: n.admin.cookie })
    ).json()) as {
      items: unknown[];
    };
    expect(comments.items).toHaveLength(1);
    const again = await t.request(`/api/v1/leads/${keep}/merge`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { duplicate: dup },
    });
    expect(again.status).toBe(409);
    const self = await t.request(`/api/v1/leads/${keep}/merge`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { duplicate: keep },
    });
    expect(self.status).toBe(422);
  });

  it('leaves nothing half-done when a transition is refused', async () => {
    const id = await submitToTriage('Refused move');
    const before = await t.database.db.execute<{ n: string }>(
      sql`select count(*) as n from lead_events where lead_id = ${id}`,
    );
    const res = await t.request(`/api/v1/leads/${id}/transitions`, {
      method: 'POST',
      as: n.admin.cookie,
      json: { to: 'delivered' },
    });
    expect(res.status).toBe(409);
    const after = await t.database.db.execute<{ n: string }>(
      sql`select count(*) as n from lead_events where lead_id = ${id}`,
    );
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});
