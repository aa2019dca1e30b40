/**
 * Item 9 for every channel that tells members about leads: in-app
 * notifications, immediate and digest emails, chat webhooks, the Atom feed
 * and the log carry neither the client's contact nor a private budget — not
 * even for recipients entitled to see them in the app — and a lead shown to
 * chosen co-ops reaches nobody else through any of them.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { person } from '../../../tests/support/factories.ts';
import { CLIENT, type LeadNetwork, leadNetwork, openLead } from '../leads/lead.fixtures.ts';
import { sendDailyDigests, sendNotificationEmail } from './notification.email.ts';
import { capturingDeps, chatServer } from './notification.fixtures.ts';
import { processOutbox } from './outbox.ts';
import { deliverWebhook } from './webhook.delivery.ts';

let t: TestApp;
let n: LeadNetwork;
let chat: Awaited<ReturnType<typeof chatServer>>;
let cap: ReturnType<typeof capturingDeps>;
let networkLead: string;
let chosenLead: string;
const feeds = new Map<string, string>();

/** Budget figures bounded by non-hex characters, so an id that happens to contain the digits is no leak. */
const BUDGET = [/(?<![0-9a-f])47[,. ]?123(?![0-9a-f])/i, /(?<![0-9a-f])58[,. ]?219(?![0-9a-f])/i];
const CONTACT = [CLIENT.contactName, 'Quimby', CLIENT.email, 'acme-housing.example', CLIENT.phone, '7946'];
const leaks = (text: string) => [
  ...CONTACT.filter((s) => text.includes(s)),
  ...BUDGET.filter((r) => r.test(text)).map(String),
];

const PROFILE = [{ count: 1, technology: 'react', minSeniority: 'senior' }];
const BUDGET_BODY = { min: 47123, max: 58219, currency: 'EUR', visibility: 'private' };

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
  cap = capturingDeps(t);
  chat = await chatServer();
  await person(t.database.db, n.gamma.id, { name: 'Gil Dev', skills: [['React', 'expert']] });
  const admin = n.admin.cookie;
  await t.request('/api/v1/admin/webhooks', {
    method: 'POST',
    as: admin,
    json: { name: 'chat', url: chat.url, events: ['lead.published', 'interest.changed'] },
  });
  // Entitled readers: the facilitator (a saved search, daily digest) and a second finder co-op member.
  await t.request('/api/v1/saved-searches', {
    method: 'POST',
    as: admin,
    json: { name: 'All', query: { q: 'portal' } },
  });
  await t.request('/api/v1/me/notification-preferences', {
    method: 'PUT',
    as: admin,
    json: { email: 'daily_digest' },
  });
  // Not entitled, and not chosen: a member of Gamma with a saved search for everything.
  await t.request('/api/v1/saved-searches', {
    method: 'POST',
    as: n.gammaMember.cookie,
    json: { name: 'Everything', query: { q: 'portal' } },
  });
  for (const who of [n.admin, n.alphaMember, n.betaMember, n.gammaMember, n.loner]) {
    const res = await t.request('/api/v1/me/feed-token', { method: 'POST', as: who.cookie });
    feeds.set(who.id, ((await res.json()) as { token: string }).token);
  }

  const body = { profiles: PROFILE, finderCoop: 'alpha', budget: BUDGET_BODY };
  networkLead = await openLead(t, n.alphaMember.cookie, { ...body, title: 'Tenant portal for the network' });
  chosenLead = await openLead(t, n.alphaMember.cookie, {
    ...body,
    title: 'Tenant portal for Beta only',
    visibility: { audience: 'chosen', coops: ['beta'] },
  });
  await t.request(`/api/v1/leads/${networkLead}/interests/beta`, {
    method: 'PUT',
    as: n.betaMember.cookie,
    json: {
      availableFrom: '2099-03-01',
      hoursPerWeek: 20,
      capacityPersonDays: 30,
      need: 'high',
      fit: 'Yes.',
      role: 'lead',
    },
  });
  for (const [lead, text] of [
    [networkLead, 'What do you think, @bruno and @facilitator?'],
    [chosenLead, 'Beta, over to you @bruno; @gala cannot see this one.'],
  ] as const)
    await t.request(`/api/v1/leads/${lead}/comments`, {
      method: 'POST',
      as: n.alphaMember.cookie,
      json: { body: text },
    });

  // Every channel, through the same handlers the worker runs, with a logger that keeps each line.
  await processOutbox(cap.deps);
  const ids = await t.database.db.execute<{ id: string }>(sql`select id from notifications`);
  for (const { id } of ids.rows) await sendNotificationEmail(cap.deps, id);
  const deliveries = await t.database.db.execute<{ id: string }>(sql`select id from webhook_deliveries`);
  for (const { id } of deliveries.rows) await deliverWebhook(cap.deps, Number(id));
  await sendDailyDigests(cap.deps);
});
afterAll(async () => {
  await chat.close();
  await t.close();
});

const mails = () => cap.lines.filter((l) => l.includes('"msg":"email'));
const notificationsOf = async (cookie: string) =>
  (await t.request('/api/v1/notifications?pageSize=100', { as: cookie })).text();
const feedOf = async (userId: string) =>
  (await t.request(`/api/v1/feeds/leads.atom?token=${feeds.get(userId)}`)).text();

describe('what is never sent', () => {
  it('reached every channel (the checks below are not vacuous)', async () => {
    expect(mails().length).toBeGreaterThanOrEqual(4);
    expect(mails().some((l) => l.includes('daily digest'))).toBe(true);
    expect(chat.received.length).toBe(2);
    const kinds = await t.database.db.execute<{ kind: string }>(
      sql`select distinct kind from notifications order by kind`,
    );
    expect(kinds.rows.map((r) => r.kind)).toEqual([
      'interest_created',
      'lead_matched',
      'mentioned',
      'saved_search_matched',
    ]);
  });

  it('keeps the client’s contact and a private budget out of notifications, even for the entitled', async () => {
    for (const who of [n.admin, n.alphaMember, n.betaMember, n.gammaMember, n.loner]) {
      const text = await notificationsOf(who.cookie);
      expect(leaks(text), who.id).toEqual([]);
    }
    const rows = await t.database.db.execute(sql`select title, body_key, params from notifications`);
    expect(leaks(JSON.stringify(rows.rows))).toEqual([]);
  });

  it('keeps them out of emails, immediate and digest, and out of every log line', () => {
    expect(cap.lines.length).toBeGreaterThan(0);
    for (const line of cap.lines) expect(leaks(line), line).toEqual([]);
  });

  it('keeps them out of webhook payloads', () => {
    for (const r of chat.received) expect(leaks(r.body)).toEqual([]);
  });

  it('keeps them out of the Atom feed, for the facilitator and the finder too', async () => {
    for (const id of feeds.keys()) expect(leaks(await feedOf(id))).toEqual([]);
    expect(await feedOf(n.admin.id)).toContain('Tenant portal for Beta only');
  });
});

describe('a lead for chosen co-ops', () => {
  it('reaches the chosen co-op and the entitled, and no other member, through any channel', async () => {
    const title = 'Tenant portal for Beta only';
    expect(await notificationsOf(n.betaMember.cookie)).toContain(title);
    expect(await notificationsOf(n.admin.cookie)).toContain(title);
    for (const who of [n.gammaMember, n.loner]) {
      expect(await notificationsOf(who.cookie)).not.toContain(title);
      expect(await feedOf(who.id)).not.toContain(title);
    }
    for (const line of mails()) {
      if (line.includes('gala@gamma.coop') || line.includes('loner@nowhere.coop'))
        expect(line).not.toContain(title);
    }
    for (const r of chat.received) expect(r.body).not.toContain(title);
    const gamma = await t.database.db.execute(
      sql`select 1 from lead_matches where lead_id = ${chosenLead} and coop_id = ${n.gamma.id}`,
    );
    expect(gamma.rows).toEqual([]);
  });
});
