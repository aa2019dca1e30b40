import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type LeadNetwork, leadBody, leadNetwork, openLead } from './lead.fixtures.ts';

let t: TestApp;
let n: LeadNetwork;
let leadId: string;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
  leadId = await openLead(t, n.alphaMember.cookie);
});
afterAll(() => t.close());

const comment = (as: string, body: string, id = leadId) =>
  t.request(`/api/v1/leads/${id}/comments`, { method: 'POST', as, json: { body } });

describe('discussion', () => {
  it('renders Markdown sanitised and records mentions of people who can see the lead', async () => {
    const res = await comment(
      n.betaMember.cookie,
      '**Yes!** @ana can you share the brief? cc @gala@gamma.coop <script>x()</script>',
    );
    expect(res.status).toBe(201);
    const c = (await res.json()) as { html: string; mentions: Array<{ name: string }> };
    expect(c.html).toContain('<strong>Yes!</strong>');
    expect(c.html).not.toContain('<script');
    expect(c.mentions.map((m) => m.name).sort()).toEqual(['ana', 'gala']);
    const outbox = await t.database.db.execute<{ n: string }>(
      sql`select count(*) as n from lead_outbox where topic = 'comment.mentioned'`,
    );
    expect(outbox.rows[0]?.n).toBe('1');
    const list = (await (
      await t.request(`/api/v1/leads/${leadId}/comments`, { as: n.gammaMember.cookie })
    ).json()) as {
      items: Array<{ author: { name: string }; mentions: unknown[] }>;
    };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.author.name).toBe('bruno');
  });

  it('does not mention someone the lead is hidden from, nor an ambiguous handle', async () => {
    await t.user({ email: 'ana@elsewhere.coop' });
    const hidden = (await (
      await t.request('/api/v1/leads', {
        method: 'POST',
        as: n.alphaMember.cookie,
        json: leadBody({ visibility: { audience: 'chosen', coops: ['beta'] } }),
      })
    ).json()) as { id: string };
    await t.request(`/api/v1/leads/${hidden.id}/transitions`, {
      method: 'POST',
      as: n.alphaMember.cookie,
      json: { to: 'open' },
    });
    const res = await comment(n.admin.cookie, 'Thoughts @gala@gamma.coop and @bruno? And @ana?', hidden.id);
    const c = (await res.json()) as { mentions: Array<{ name: string }> };
    expect(c.mentions.map((m) => m.name)).toEqual(['bruno']);
    expect((await t.request(`/api/v1/leads/${hidden.id}`, { as: n.gammaMember.cookie })).status).toBe(404);
    expect((await comment(n.gammaMember.cookie, 'let me in', hidden.id)).status).toBe(404);
  });
});
