/**
 * Publication, interests and mentions reach the right members in-app and by
 * email, by each member's preference, exactly once however often the work runs.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { person } from '../../../tests/support/factories.ts';
import { user } from '../../db/schema/auth.ts';
import { type LeadNetwork, leadNetwork, openLead } from '../leads/lead.fixtures.ts';
import { capturingDeps, deliverOutbox, runDigest } from './notification.fixtures.ts';
import { processOutbox } from './outbox.ts';

let t: TestApp;
let n: LeadNetwork;
const REACT_SENIOR = {
  profiles: [{ count: 1, technology: 'react', minSeniority: 'senior' }],
  finderCoop: 'alpha',
};

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
});
afterAll(() => t.close());
beforeEach(async () => {
  // Each test starts with nothing pending and no mail.
  await deliverOutbox(t);
  t.mails.length = 0;
});

const notificationsOf = async (cookie: string, query = '') => {
  const res = await t.request(`/api/v1/notifications${query}`, { as: cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    items: Array<{
      id: string;
      kind: string;
      text: string;
      title: string;
      readAt: string | null;
      url: string;
    }>;
    total: number;
    unread: number;
  };
};
const setPreference = (cookie: string, json: unknown) =>
  t.request('/api/v1/me/notification-preferences', { method: 'PUT', as: cookie, json });

describe('a published lead', () => {
  let leadId: string;
  let alf: { id: string; cookie: string };
  beforeAll(async () => {
    // The finder co-op could staff it too, but it brought the lead: it is not told about it.
    await person(t.database.db, n.alpha.id, { name: 'Ada Dev', skills: [['React', 'expert']] });
    alf = await t.user({ email: 'alf@alpha.coop', coopId: n.alpha.id });
    leadId = await openLead(t, n.alphaMember.cookie, { ...REACT_SENIOR, title: 'Housing portal' });
    await deliverOutbox(t);
  });

  it('tells the members of co-ops that can field the people, not the finder nor co-ops that cannot', async () => {
    const bruno = await notificationsOf(n.betaMember.cookie);
    expect(bruno.items.filter((i) => i.title === 'Housing portal')).toMatchObject([
      {
        kind: 'lead_matched',
        text: 'Beta Software could field 1 of 1 people for this new lead.',
        url: `http://localhost:3000/leads/${leadId}`,
      },
    ]);
    for (const who of [n.alphaMember, alf, n.gammaMember]) {
      const page = await notificationsOf(who.cookie);
      expect(page.items.filter((i) => i.title === 'Housing portal')).toEqual([]);
    }
    const matches = await t.database.db.execute<{ slug: string; covered: number }>(
      sql`select c.slug, m.covered from lead_matches m join coops c on c.id = m.coop_id where m.lead_id = ${leadId}`,
    );
    expect(matches.rows).toEqual([{ slug: 'beta', covered: 1 }]);
    const pending = await t.database.db.execute(sql`select id from lead_outbox where handled_at is null`);
    expect(pending.rows).toEqual([]);
  });

  it('is told once, however often the outbox is handled again', async () => {
    const before = (await notificationsOf(n.betaMember.cookie)).total;
    await t.database.db.execute(sql`update lead_outbox set handled_at = null where lead_id = ${leadId}`);
    await deliverOutbox(t);
    await deliverOutbox(t);
    expect((await notificationsOf(n.betaMember.cookie)).total).toBe(before);
    expect(t.mails).toEqual([]);
  });
});

describe('email', () => {
  it('mails immediately by default, in the member’s language, with a link and no more', async () => {
    await t.database.db.update(user).set({ locale: 'es' }).where(eq(user.id, n.betaMember.id));
    const leadId = await openLead(t, n.alphaMember.cookie, {
      ...REACT_SENIOR,
      title: 'Portal de inquilinos',
    });
    await deliverOutbox(t);
    expect(t.mails).toHaveLength(1);
    const mail = t.mails[0]!;
    expect(mail.to).toBe('bruno@beta.coop');
    expect(mail.subject).toBe('Minga: Portal de inquilinos');
    expect(mail.text).toContain('Beta Software podría aportar 1 de 1 personas a este nuevo lead.');
    expect(mail.text).toContain('Organización cliente: Acme Housing Association');
    expect(mail.text).toContain(`http://localhost:3000/leads/${leadId}`);
    await t.database.db.update(user).set({ locale: 'en' }).where(eq(user.id, n.betaMember.id));
  });

  it('waits for the daily digest, which sends one mail with everything since the last one', async () => {
    expect((await setPreference(n.betaMember.cookie, { email: 'daily_digest' })).status).toBe(200);
    await openLead(t, n.alphaMember.cookie, { ...REACT_SENIOR, title: 'Digest lead one' });
    await openLead(t, n.alphaMember.cookie, { ...REACT_SENIOR, title: 'Digest lead two' });
    await deliverOutbox(t);
    expect(t.mails).toEqual([]);
    await runDigest(t);
    expect(t.mails).toHaveLength(1);
    expect(t.mails[0]).toMatchObject({ to: 'bruno@beta.coop', subject: 'Minga daily digest (2)' });
    expect(t.mails[0]!.text).toContain('Digest lead one');
    expect(t.mails[0]!.text).toContain('Digest lead two');
    await runDigest(t);
    expect(t.mails).toHaveLength(1);
  });

  it('sends nothing when email is off, and honours a per-kind override', async () => {
    await setPreference(n.betaMember.cookie, { email: 'off', perKind: { interest_created: 'immediately' } });
    await openLead(t, n.alphaMember.cookie, { ...REACT_SENIOR, title: 'Quiet lead' });
    await deliverOutbox(t);
    await runDigest(t);
    expect(t.mails).toEqual([]);
    const page = await notificationsOf(n.betaMember.cookie);
    expect(page.items[0]).toMatchObject({ title: 'Quiet lead' });
    await setPreference(n.betaMember.cookie, { email: 'immediately' });
  });

  it('follows the preference at the time of sending', async () => {
    await openLead(t, n.alphaMember.cookie, { ...REACT_SENIOR, title: 'Changed my mind' });
    // The notification is made (its immediate mail enqueued) while the preference says "immediately"…
    await processOutbox(capturingDeps(t).deps);
    // …and the member switches to the digest before the mail job runs.
    await setPreference(n.betaMember.cookie, { email: 'daily_digest' });
    await t.jobs.drain();
    expect(t.mails).toEqual([]);
    await runDigest(t);
    expect(t.mails.map((m) => m.subject)).toEqual(['Minga daily digest (1)']);
    await setPreference(n.betaMember.cookie, { email: 'immediately' });
  });
});

describe('the notifications API', () => {
  it('pages, counts unread, marks one and all read, and keeps each member’s own', async () => {
    const page = await notificationsOf(n.betaMember.cookie, '?pageSize=2');
    expect(page.items).toHaveLength(2);
    expect(page.unread).toBe(page.total);
    const first = page.items[0]!;
    expect(
      (
        await t.request(`/api/v1/notifications/${first.id}/read`, {
          method: 'POST',
          as: n.gammaMember.cookie,
        })
      ).status,
    ).toBe(404);
    const read = await t.request(`/api/v1/notifications/${first.id}/read`, {
      method: 'POST',
      as: n.betaMember.cookie,
    });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { readAt: string | null }).readAt).not.toBeNull();
    const after = await notificationsOf(n.betaMember.cookie, '?unread=true');
    expect(after.unread).toBe(page.total - 1);
    expect(after.items.map((i) => i.id)).not.toContain(first.id);
    const all = await t.request('/api/v1/notifications/read-all', {
      method: 'POST',
      as: n.betaMember.cookie,
    });
    expect(await all.json()).toEqual({ updated: page.total - 1 });
    expect((await notificationsOf(n.betaMember.cookie)).unread).toBe(0);
  });

  it('answers 401 to anonymous readers and 422 to a bad preference', async () => {
    expect((await t.request('/api/v1/notifications')).status).toBe(401);
    expect((await t.request('/api/v1/me/notification-preferences')).status).toBe(401);
    const bad = await setPreference(n.betaMember.cookie, { email: 'hourly' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe('email');
    const got = await t.request('/api/v1/me/notification-preferences', { as: n.gammaMember.cookie });
    expect(await got.json()).toEqual({ email: 'immediately', perKind: {} });
  });
});

describe('saved searches', () => {
  it('tell their owner once per new lead they find, through the lead search itself', async () => {
    for (const [name, q] of [
      ['Portals', 'portal'],
      ['Tenants', 'tenant'],
    ])
      await t.request('/api/v1/saved-searches', {
        method: 'POST',
        as: n.loner.cookie,
        json: { name, query: { q } },
      });
    await t.request('/api/v1/saved-searches', {
      method: 'POST',
      as: n.gammaMember.cookie,
      json: { name: 'Elixir only', query: { technology: 'elixir' } },
    });
    await openLead(t, n.alphaMember.cookie, { ...REACT_SENIOR, title: 'Tenant portal, phase two' });
    await deliverOutbox(t);
    const loner = await notificationsOf(n.loner.cookie);
    expect(loner.items.filter((i) => i.title === 'Tenant portal, phase two')).toMatchObject([
      { kind: 'saved_search_matched', text: 'A new lead matches your saved search “Portals”.' },
    ]);
    const gala = await notificationsOf(n.gammaMember.cookie);
    expect(gala.items.filter((i) => i.title === 'Tenant portal, phase two')).toEqual([]);
    const stamped = await t.database.db.execute<{ name: string }>(
      sql`select name from saved_searches where last_notified_at is not null order by name`,
    );
    expect(stamped.rows.map((r) => r.name)).toEqual(['Portals']);
  });
});

describe('interests and mentions', () => {
  let leadId: string;
  beforeAll(async () => {
    leadId = await openLead(t, n.alphaMember.cookie, { ...REACT_SENIOR, title: 'Discussed lead' });
    await deliverOutbox(t);
  });

  it('tells the finder co-op that another co-op is interested', async () => {
    const res = await t.request(`/api/v1/leads/${leadId}/interests/beta`, {
      method: 'PUT',
      as: n.betaMember.cookie,
      json: {
        availableFrom: '2099-03-01',
        hoursPerWeek: 30,
        capacityPersonDays: 40,
        need: 'high',
        fit: 'We built two portals.',
        role: 'lead',
      },
    });
    expect(res.status).toBe(201);
    t.mails.length = 0;
    await deliverOutbox(t);
    const ana = await notificationsOf(n.alphaMember.cookie);
    expect(ana.items[0]).toMatchObject({
      kind: 'interest_created',
      title: 'Discussed lead',
      text: 'Beta Software is interested in your lead.',
    });
    expect(t.mails.map((m) => m.to).sort()).toEqual(['alf@alpha.coop', 'ana@alpha.coop']);
    const bruno = await notificationsOf(n.betaMember.cookie);
    expect(bruno.items.filter((i) => i.kind.startsWith('interest'))).toEqual([]);
  });

  it('tells a mentioned member, by email too, and records that they were told', async () => {
    const res = await t.request(`/api/v1/leads/${leadId}/comments`, {
      method: 'POST',
      as: n.alphaMember.cookie,
      json: { body: 'Could @bruno take the front end?' },
    });
    expect(res.status).toBe(201);
    await deliverOutbox(t);
    const bruno = await notificationsOf(n.betaMember.cookie);
    expect(bruno.items[0]).toMatchObject({
      kind: 'mentioned',
      text: 'ana mentioned you in the discussion of this lead.',
    });
    expect(t.mails.filter((m) => m.to === 'bruno@beta.coop')).toHaveLength(1);
    const m = await t.database.db.execute<{ told: boolean }>(
      sql`select notified_at is not null as told from lead_mentions where lead_id = ${leadId}`,
    );
    expect(m.rows).toEqual([{ told: true }]);
  });
});

describe('a lead for chosen co-ops', () => {
  it('is matched only among the chosen co-ops', async () => {
    await person(t.database.db, n.gamma.id, { name: 'Gil Dev', skills: [['React', 'expert']] });
    const leadId = await openLead(t, n.alphaMember.cookie, {
      ...REACT_SENIOR,
      title: 'Chosen-only lead',
      visibility: { audience: 'chosen', coops: ['gamma'] },
    });
    await deliverOutbox(t);
    const gala = await notificationsOf(n.gammaMember.cookie);
    expect(gala.items.filter((i) => i.title === 'Chosen-only lead')).toMatchObject([
      { kind: 'lead_matched' },
    ]);
    for (const who of [n.betaMember, n.loner]) {
      const page = await notificationsOf(who.cookie);
      expect(page.items.filter((i) => i.title === 'Chosen-only lead')).toEqual([]);
    }
    const matched = await t.database.db.execute(
      sql`select coop_id from lead_matches where lead_id = ${leadId}`,
    );
    expect(matched.rows).toEqual([{ coop_id: n.gamma.id }]);
  });
});
