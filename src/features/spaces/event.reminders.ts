/**
 * Event reminders: members who answered yes or maybe are told once in the
 * day before an event starts. Unique per member and start time, so the job
 * can run every few minutes, and a rescheduled event reminds again.
 */
import { sql } from 'drizzle-orm';
import type { Deps } from '../../http/context.ts';
import { type NewNotification, notifyUsers } from '../notifications/notify.ts';

export const REMIND_HOURS_BEFORE = 24;

export async function remindEvents(deps: Pick<Deps, 'database' | 'jobs'>, now = new Date()): Promise<number> {
  const db = deps.database.db;
  const until = new Date(now.getTime() + REMIND_HOURS_BEFORE * 3_600_000);
  const r = await db.execute<{ id: string; title: string; starts_at: unknown; user_id: string }>(sql`
    select e.id, e.title, e.starts_at, r.user_id
    from events e join event_rsvps r on r.event_id = e.id and r.answer in ('yes', 'maybe')
    where e.starts_at > ${now} and e.starts_at <= ${until}`);
  const items: NewNotification[] = r.rows.map((row) => {
    const start = new Date(row.starts_at as string);
    return {
      userId: row.user_id,
      kind: 'event_reminder',
      leadId: null,
      title: row.title,
      bodyKey: 'notifications.eventReminder',
      params: { start: start.toISOString().slice(0, 16).replace('T', ' ') },
      dedupeKey: `event:${row.id}:${start.getTime()}`,
    };
  });
  if (items.length === 0) return 0;
  return db.transaction(async (tx) => (await notifyUsers(tx, deps.jobs, items)).length);
}
