/**
 * Events (meet-ups, calls, gatherings): listed for everyone, with the online
 * meeting link for members only; created by members, changed by their
 * organiser or network admins; RSVP by members; an iCalendar feed.
 */
import type { z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { eventRsvps, events } from '../../db/schema/trust.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { invalid, notFound } from '../../http/problem.ts';
import { renderMarkdown } from '../leads/lead.markdown.ts';
import { type CalendarEvent, writeCalendar } from './ical.ts';
import type { Event, EventUpdate, NewEvent } from './spaces.schemas.ts';

type EventRow = typeof events.$inferSelect & {
  organiser: string | null;
  yes: number;
  maybe: number;
  no: number;
  mine: 'yes' | 'no' | 'maybe' | null;
};

const isUser = (a: Actor): a is Extract<Actor, { kind: 'user' }> => a.kind === 'user';
export const canEditEvent = (a: Actor, e: { createdBy: string | null }) =>
  isUser(a) && (a.networkRole === 'admin' || e.createdBy === a.userId);

async function eventRows(db: Db, actor: Actor, where: ReturnType<typeof sql>, limit = 100, offset = 0) {
  const me = isUser(actor) ? actor.userId : '';
  const r = await db.execute<Record<string, unknown>>(sql`
    select e.*, u.name as organiser,
      (select count(*) from event_rsvps r where r.event_id = e.id and r.answer = 'yes')::int as yes,
      (select count(*) from event_rsvps r where r.event_id = e.id and r.answer = 'maybe')::int as maybe,
      (select count(*) from event_rsvps r where r.event_id = e.id and r.answer = 'no')::int as no,
      (select answer from event_rsvps r where r.event_id = e.id and r.user_id = ${me}) as mine,
      count(*) over () as total
    from events e left join "user" u on u.id = e.created_by
    where ${where} order by e.starts_at, e.id limit ${limit} offset ${offset}`);
  const total = Number(r.rows[0]?.total ?? 0);
  const rows: EventRow[] = r.rows.map((x) => ({
    id: x.id as string,
    title: x.title as string,
    description: x.description as string,
    startsAt: new Date(x.starts_at as string),
    endsAt: new Date(x.ends_at as string),
    timezone: x.timezone as string,
    location: (x.location as string | null) ?? null,
    onlineUrl: (x.online_url as string | null) ?? null,
    sequence: Number(x.sequence),
    createdBy: (x.created_by as string | null) ?? null,
    createdAt: new Date(x.created_at as string),
    updatedAt: new Date(x.updated_at as string),
    organiser: (x.organiser as string | null) ?? null,
    yes: Number(x.yes),
    maybe: Number(x.maybe),
    no: Number(x.no),
    mine: (x.mine as EventRow['mine']) ?? null,
  }));
  return { rows, total };
}

function present(actor: Actor, e: EventRow): z.infer<typeof Event> {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    descriptionHtml: renderMarkdown(e.description),
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timezone: e.timezone,
    location: e.location,
    onlineUrl: isUser(actor) ? e.onlineUrl : null,
    organiser: e.organiser,
    rsvps: { yes: e.yes, maybe: e.maybe, no: e.no },
    myRsvp: e.mine,
    can: { edit: canEditEvent(actor, e), rsvp: isUser(actor) },
  };
}

async function oneEvent(db: Db, actor: Actor, id: string): Promise<EventRow> {
  const { rows } = await eventRows(db, actor, sql`e.id = ${id}`);
  if (!rows[0]) throw notFound('Event');
  return rows[0];
}

export async function listEvents(db: Db, actor: Actor, q: { from?: string; page: number; pageSize: number }) {
  const from = q.from ? new Date(q.from) : new Date();
  const { rows, total } = await eventRows(
    db,
    actor,
    sql`e.ends_at >= ${from}`,
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return { items: rows.map((e) => present(actor, e)), page: q.page, pageSize: q.pageSize, total };
}

export async function getEvent(db: Db, actor: Actor, id: string) {
  return present(actor, await oneEvent(db, actor, id));
}

export async function createEvent(db: Db, actor: Actor, input: NewEvent) {
  authorize(actor, isUser(actor), 'Members organise events.');
  const [row] = await db
    .insert(events)
    .values({
      ...input,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      createdBy: isUser(actor) ? actor.userId : null,
    })
    .returning({ id: events.id });
  return getEvent(db, actor, (row as { id: string }).id);
}

export async function updateEvent(db: Db, actor: Actor, id: string, input: EventUpdate) {
  const existing = await oneEvent(db, actor, id);
  authorize(actor, canEditEvent(actor, existing), 'Only the organiser or a network admin changes an event.');
  const startsAt = input.startsAt ? new Date(input.startsAt) : existing.startsAt;
  const endsAt = input.endsAt ? new Date(input.endsAt) : existing.endsAt;
  if (endsAt < startsAt)
    throw invalid([{ pointer: '#/body/endsAt', field: 'endsAt', detail: 'An event ends after it starts.' }]);
  await db
    .update(events)
    .set({ ...input, startsAt, endsAt, sequence: sql`${events.sequence} + 1`, updatedAt: new Date() })
    .where(eq(events.id, id));
  return getEvent(db, actor, id);
}

export async function deleteEvent(db: Db, actor: Actor, id: string) {
  const existing = await oneEvent(db, actor, id);
  authorize(actor, canEditEvent(actor, existing), 'Only the organiser or a network admin cancels an event.');
  await db.delete(events).where(eq(events.id, id));
}

export async function rsvp(db: Db, actor: Actor, id: string, answer: 'yes' | 'no' | 'maybe') {
  authorize(actor, isUser(actor), 'Sign in to answer.');
  await oneEvent(db, actor, id);
  await db
    .insert(eventRsvps)
    .values({ eventId: id, userId: isUser(actor) ? actor.userId : '', answer })
    .onConflictDoUpdate({
      target: [eventRsvps.eventId, eventRsvps.userId],
      set: { answer, updatedAt: new Date() },
    });
  return getEvent(db, actor, id);
}

function calendarEvent(config: Config, actor: Actor, e: EventRow): CalendarEvent {
  const host = new URL(config.publicUrl).host;
  const page = `${config.publicUrl}/events/${e.id}`;
  const online = isUser(actor) ? e.onlineUrl : null;
  return {
    uid: `event-${e.id}@${host}`,
    stamp: e.updatedAt,
    created: e.createdAt,
    lastModified: e.updatedAt,
    start: e.startsAt,
    end: e.endsAt,
    summary: e.title,
    description: [e.description, online ? `Online: ${online}` : '', page].filter(Boolean).join('\n\n'),
    location: e.location ?? online,
    url: page,
    sequence: e.sequence,
  };
}

/** Events from 90 days ago on, for calendars that keep a little history. */
export async function eventsCalendar(db: Db, config: Config, actor: Actor, id?: string): Promise<string> {
  const where = id ? sql`e.id = ${id}` : sql`e.ends_at >= now() - interval '90 days'`;
  const { rows } = await eventRows(db, actor, where, 1000);
  if (id && rows.length === 0) throw notFound('Event');
  return writeCalendar(
    rows.map((e) => calendarEvent(config, actor, e)),
    { name: 'Minga events' },
  );
}
