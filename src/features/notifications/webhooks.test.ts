/** The network's chat webhooks: admin-only management, and deliveries to a real HTTP server on loopback. */
import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type LeadNetwork, leadNetwork, openLead } from '../leads/lead.fixtures.ts';
import { capturingDeps, chatServer, deliverOutbox } from './notification.fixtures.ts';
import { deliverWebhook } from './webhook.delivery.ts';

let t: TestApp;
let n: LeadNetwork;
let chat: Awaited<ReturnType<typeof chatServer>>;
let answer = 200;
const SECRET = 'a-shared-secret-for-signatures';

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
  chat = await chatServer(() => answer);
});
afterAll(async () => {
  await chat.close();
  await t.close();
});

const hooks = (as: string, init: { method?: string; json?: unknown } = {}, path = '') =>
  t.request(`/api/v1/admin/webhooks${path}`, { as, ...init });

describe('managing webhooks', () => {
  it('is for network admins only, and never shows the secret', async () => {
    const body = { name: 'Mattermost #leads', url: chat.url, secret: SECRET, events: ['lead.published'] };
    expect((await t.request('/api/v1/admin/webhooks')).status).toBe(401);
    expect((await hooks(n.alphaMember.cookie, { method: 'POST', json: body })).status).toBe(403);
    const res = await hooks(n.admin.cookie, { method: 'POST', json: body });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Record<string, unknown>;
    expect(created).toMatchObject({ name: 'Mattermost #leads', hasSecret: true, active: true, locale: 'en' });
    expect(JSON.stringify(created)).not.toContain(SECRET);
    const list = await (await hooks(n.admin.cookie)).text();
    expect(list).not.toContain(SECRET);
    const patched = await hooks(
      n.admin.cookie,
      { method: 'PATCH', json: { events: ['lead.published', 'interest.changed'] } },
      `/${created.id}`,
    );
    expect(((await patched.json()) as { events: string[] }).events).toEqual([
      'lead.published',
      'interest.changed',
    ]);
  });

  it('rejects addresses that are not http(s) and unknown events', async () => {
    const res = await hooks(n.admin.cookie, {
      method: 'POST',
      json: { name: 'x', url: 'file:///etc/passwd', events: ['lead.deleted'] },
    });
    expect(res.status).toBe(422);
    const fields = ((await res.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['url', 'events.0']));
  });

  it('removes a webhook', async () => {
    const res = await hooks(n.admin.cookie, {
      method: 'POST',
      json: { name: 'tmp', url: chat.url, events: ['lead.published'], active: false },
    });
    const { id } = (await res.json()) as { id: string };
    expect((await hooks(n.admin.cookie, { method: 'DELETE' }, `/${id}`)).status).toBe(204);
    expect((await hooks(n.admin.cookie, {}, `/${id}`)).status).toBe(404);
  });
});

describe('deliveries', () => {
  it('posts a Mattermost/Slack message for a published lead, signed, once', async () => {
    const leadId = await openLead(t, n.alphaMember.cookie, {
      title: 'Co-op bank website',
      finderCoop: 'alpha',
    });
    await deliverOutbox(t);
    expect(chat.received).toHaveLength(1);
    const got = chat.received[0]!;
    expect(got.path).toBe('/hooks/abc');
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-minga-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(got.body).digest('hex')}`,
    );
    const url = `http://localhost:3000/leads/${leadId}`;
    expect(JSON.parse(got.body)).toEqual({
      text: `New lead: Co-op bank website ${url}`,
      username: 'Minga',
      attachments: [
        {
          fallback: `New lead: Co-op bank website ${url}`,
          title: 'Co-op bank website',
          title_link: url,
          text: 'Client organisation: Acme Housing Association',
        },
      ],
    });
    await t.database.db.execute(sql`update lead_outbox set handled_at = null where lead_id = ${leadId}`);
    await deliverOutbox(t);
    expect(chat.received).toHaveLength(1);
  });

  it('tells the chat when a co-op is interested', async () => {
    const leadId = await openLead(t, n.alphaMember.cookie, {
      title: 'Interest for chat',
      finderCoop: 'alpha',
    });
    await deliverOutbox(t);
    chat.received.length = 0;
    const res = await t.request(`/api/v1/leads/${leadId}/interests/beta`, {
      method: 'PUT',
      as: n.betaMember.cookie,
      json: {
        availableFrom: '2099-03-01',
        hoursPerWeek: 20,
        capacityPersonDays: 30,
        need: 'medium',
        fit: 'Yes.',
        role: 'partner',
      },
    });
    expect(res.status).toBe(201);
    await deliverOutbox(t);
    expect(chat.received.map((r) => JSON.parse(r.body).text)).toEqual([
      `Beta Software is interested in: Interest for chat http://localhost:3000/leads/${leadId}`,
    ]);
  });

  it('records a failed delivery and retries it until the receiver takes it', async () => {
    chat.received.length = 0;
    answer = 503;
    await openLead(t, n.alphaMember.cookie, { title: 'Flaky chat', finderCoop: 'alpha' });
    await deliverOutbox(t);
    expect(chat.received).toHaveLength(1);
    const [row] = (
      await t.database.db.execute<{ id: string; attempts: number; last_status: number; delivered: boolean }>(
        sql`select id, attempts, last_status, delivered_at is not null as delivered from webhook_deliveries order by id desc limit 1`,
      )
    ).rows;
    expect(row).toMatchObject({ attempts: 1, last_status: 503, delivered: false });
    // The queue retries after a backoff; run the retry now, through the same handler.
    answer = 200;
    const { deps } = capturingDeps(t);
    await deliverWebhook(deps, Number(row!.id));
    await deliverWebhook(deps, Number(row!.id));
    expect(chat.received).toHaveLength(2);
    const list = (await (await hooks(n.admin.cookie)).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    const hook = list.items.find((h) => h.name === 'Mattermost #leads')!;
    const deliveries = (await (await hooks(n.admin.cookie, {}, `/${hook.id}/deliveries`)).json()) as {
      items: Array<{ attempts: number; lastStatus: number; deliveredAt: string | null }>;
    };
    expect(deliveries.items[0]).toMatchObject({ attempts: 2, lastStatus: 200 });
    expect(deliveries.items[0]!.deliveredAt).not.toBeNull();
  });

  it('fails (for a retry) when nothing answers, without logging the address', async () => {
    const { deps, lines } = capturingDeps(t);
    const dead = await chatServer();
    await dead.close();
    const [hook] = (
      await t.database.db.execute<{ id: string }>(
        sql`insert into webhooks (name, url, events) values ('dead', ${dead.url}, '{lead.published}') returning id`,
      )
    ).rows;
    const [d] = (
      await t.database.db.execute<{ id: string }>(
        sql`insert into webhook_deliveries (webhook_id, event_key, payload) values (${hook!.id}, 'test:1', '{"text":"hi"}') returning id`,
      )
    ).rows;
    await expect(deliverWebhook(deps, Number(d!.id))).rejects.toThrow(/failed/);
    expect(lines.join('')).toContain('webhook delivery failed');
    expect(lines.join('')).not.toContain(dead.url);
    await t.database.db.execute(sql`delete from webhooks where id = ${hook!.id}`);
  });
});
