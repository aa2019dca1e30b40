import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { type LeadNetwork, leadNetwork } from '../leads/lead.fixtures.ts';
import { remindEvents } from './event.reminders.ts';

let t: TestApp;
let n: LeadNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await leadNetwork(t);
});
afterAll(() => t.close());

const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const meetup = (over: Record<string, unknown> = {}) => ({
  title: 'Intercooperation meet-up, Manchester; round 2',
  description: 'Bring **ideas**.\nAnd lunch, please',
  startsAt: soon(10),
  endsAt: soon(12),
  timezone: 'Europe/London',
  location: 'Hall 2, Mill St',
  onlineUrl: 'https://meet.example/minga',
  ...over,
});
const post = (as: string, json: unknown) => t.request('/api/v1/events', { method: 'POST', as, json });

describe('events', () => {
  it('lets members organise events that everyone sees, with the meeting link for members only', async () => {
    const res = await post(n.alphaMember.cookie, meetup());
    expect(res.status).toBe(201);
    const ev = (await res.json()) as { id: string; descriptionHtml: string; can: { edit: boolean } };
    expect(ev.descriptionHtml).toContain('<strong>ideas</strong>');
    expect(ev.can.edit).toBe(true);
    const anon = (await (await t.request(`/api/v1/events/${ev.id}`)).json()) as { onlineUrl: string | null };
    expect(anon.onlineUrl).toBeNull();
    const member = (await (
      await t.request(`/api/v1/events/${ev.id}`, { as: n.betaMember.cookie })
    ).json()) as {
      onlineUrl: string | null;
      can: { edit: boolean };
    };
    expect(member).toMatchObject({ onlineUrl: 'https://meet.example/minga', can: { edit: false } });
    expect((await post('', meetup())).status).toBe(401);
  });

  it('checks times and zones', async () => {
    const bad = await post(n.alphaMember.cookie, meetup({ endsAt: soon(1), startsAt: soon(3) }));
    expect(bad.status).toBe(422);
    expect((await post(n.alphaMember.cookie, meetup({ timezone: 'Mars/Olympus' }))).status).toBe(422);
  });

  it('lets only the organiser or an admin change an event, bumping its sequence', async () => {
    const { id } = (await (await post(n.alphaMember.cookie, meetup())).json()) as { id: string };
    const patch = (as: string) =>
      t.request(`/api/v1/events/${id}`, { method: 'PATCH', as, json: { title: 'Moved meet-up' } });
    expect((await patch(n.betaMember.cookie)).status).toBe(403);
    expect((await patch(n.admin.cookie)).status).toBe(200);
    const r = await t.database.db.execute<{ sequence: number }>(
      sql`select sequence from events where id = ${id}`,
    );
    expect(Number(r.rows[0]?.sequence)).toBe(1);
  });

  it('serves an iCalendar feed and a per-event file that ical.js reads back', async () => {
    const { id } = (await (
      await post(n.alphaMember.cookie, meetup({ title: 'Feed check, with; marks' }))
    ).json()) as {
      id: string;
    };
    const res = await t.request('/api/v1/events.ics', { as: n.betaMember.cookie });
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const mine = events.find((e) => e.summary === 'Feed check, with; marks');
    expect(mine?.uid).toBe(`event-${id}@localhost:3000`);
    expect(mine?.location).toBe('Hall 2, Mill St');
    expect(mine?.description).toContain('https://meet.example/minga');
    const anon = new ICAL.Component(ICAL.parse(await (await t.request(`/api/v1/events/${id}.ics`)).text()));
    const only = anon.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(only).toHaveLength(1);
    expect(only[0]?.description).not.toContain('meet.example');
    expect(only[0]?.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now());
    expect((await t.request('/api/v1/events/00000000-0000-0000-0000-000000000000.ics')).status).toBe(404);
  });

  it('reminds those who said yes or maybe, once, the day before', async () => {
    const { id } = (await (await post(n.alphaMember.cookie, meetup({ title: 'Reminder test' }))).json()) as {
      id: string;
    };
    const answer = (as: string, a: string) =>
      t.request(`/api/v1/events/${id}/rsvp`, { method: 'PUT', as, json: { answer: a } });
    expect((await answer(n.betaMember.cookie, 'yes')).status).toBe(200);
    await answer(n.gammaMember.cookie, 'maybe');
    await answer(n.loner.cookie, 'no');
    const counts = (await (await answer(n.loner.cookie, 'no')).json()) as { rsvps: unknown; myRsvp: string };
    expect(counts).toMatchObject({ rsvps: { yes: 1, maybe: 1, no: 1 }, myRsvp: 'no' });
    const far = await remindEvents(t, new Date(Date.now() - 48 * 3_600_000));
    expect(far).toBe(0);
    await remindEvents(t);
    await remindEvents(t);
    const r = await t.database.db.execute<{ user_id: string }>(
      sql`select user_id from notifications where kind = 'event_reminder' and title = 'Reminder test' order by user_id`,
    );
    expect(r.rows.map((x) => x.user_id).sort()).toEqual([n.betaMember.id, n.gammaMember.id].sort());
  });
});

describe('discussion categories', () => {
  it('opens with announcements, intercooperation and help wanted, for members', async () => {
    const res = await t.request('/api/v1/forum', { as: n.betaMember.cookie });
    const body = (await res.json()) as { items: Array<{ slug: string; canPost: boolean }> };
    expect(body.items.map((c) => [c.slug, c.canPost])).toEqual([
      ['announcements', false],
      ['intercooperation', true],
      ['help-wanted', true],
    ]);
    expect((await t.request('/api/v1/forum')).status).toBe(401);
  });

  it('lets only admins announce, and everyone reply; Markdown is sanitised', async () => {
    const start = (as: string, slug: string) =>
      t.request(`/api/v1/forum/${slug}/threads`, {
        method: 'POST',
        as,
        json: { title: 'Gathering dates', body: 'Hello <script>alert(1)</script>**all**' },
      });
    expect((await start(n.betaMember.cookie, 'announcements')).status).toBe(403);
    const res = await start(n.admin.cookie, 'announcements');
    expect(res.status).toBe(201);
    const thread = (await res.json()) as { id: string; items: Array<{ html: string }> };
    expect(thread.items[0]?.html).toBe('<p>Hello <strong>all</strong></p>');
    const replied = await t.request(`/api/v1/forum/threads/${thread.id}/posts`, {
      method: 'POST',
      as: n.betaMember.cookie,
      json: { body: 'See you there' },
    });
    expect(replied.status).toBe(201);
    const list = (await (
      await t.request('/api/v1/forum/announcements/threads', { as: n.gammaMember.cookie })
    ).json()) as { items: Array<{ title: string; posts: number }> };
    expect(list.items).toEqual([expect.objectContaining({ title: 'Gathering dates', posts: 2 })]);
    expect((await start(n.betaMember.cookie, 'nope')).status).toBe(404);
  });
});
