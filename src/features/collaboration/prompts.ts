/**
 * Asking the network to look back. Both run as scheduled jobs and may run
 * any number of times: a notification is unique per member and dedupe key,
 * so nobody is asked twice about the same thing.
 *
 * - Retrospective requests: members of the co-ops involved in a lead that was
 *   delivered or lost, a team that delivered, or a bid (call) that was lost,
 *   in the last 30 days, unless their co-op already wrote its retrospective.
 * - Review dates: when an outcome's review date arrives (within 30 days of
 *   it), everyone who took part in the decision — its proposer, the voters,
 *   whoever recorded the outcome, and members of the chosen co-ops.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Deps } from '../../http/context.ts';
import { membersOf, type NewNotification, notifyUsers } from '../notifications/notify.ts';

const WINDOW_DAYS = 30;

const list = (v: unknown): string[] =>
  Array.isArray(v)
    ? (v as string[])
    : typeof v === 'string'
      ? v.replace(/[{}]/g, '').split(',').filter(Boolean)
      : [];

interface Finished {
  kind: 'lead' | 'team' | 'call';
  id: string;
  title: string;
  leadId: string | null;
  outcome: string;
  /** Involved co-ops that have not written their retrospective yet. */
  coopIds: string[];
}

async function finishedWork(db: DbOrTx, now: Date): Promise<Finished[]> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const pending = (column: string, id: string) =>
    sql.raw(`select coop_id from retrospectives where ${column} = ${id}`);
  const leads = await db.execute<{ id: string; title: string; status: string; coop_ids: unknown }>(sql`
    select l.id, l.title, l.status,
      array(select x.coop_id from lead_assigned_coops x where x.lead_id = l.id
            union select l.finder_coop_id where l.finder_coop_id is not null
            except ${pending('lead_id', 'l.id')}) as coop_ids
    from leads l
    where l.status in ('delivered', 'lost')
      and exists (select 1 from lead_events e where e.lead_id = l.id and e.to_status = l.status
                  and e.at >= ${since} and e.at <= ${now})`);
  const teams = await db.execute<{ id: string; name: string; lead_id: string | null; coop_ids: unknown }>(sql`
    select t.id, t.name, t.lead_id,
      array(select m.coop_id from team_members m where m.team_id = t.id except ${pending('team_id', 't.id')}) as coop_ids
    from teams t where t.status = 'delivered' and t.updated_at >= ${since} and t.updated_at <= ${now}`);
  const calls = await db.execute<{ id: string; title: string; coop_ids: unknown }>(sql`
    select c.id, c.title,
      array(select c.posted_by_coop_id union select x.coop_id from call_coops x where x.call_id = c.id
            union select a.coop_id from call_applications a where a.call_id = c.id
            except ${pending('call_id', 'c.id')}) as coop_ids
    from calls c where c.status = 'lost' and c.decided_at >= ${since} and c.decided_at <= ${now}`);
  return [
    ...leads.rows.map((l) => ({
      kind: 'lead' as const,
      id: l.id,
      title: l.title,
      leadId: l.id,
      outcome: l.status,
      coopIds: list(l.coop_ids),
    })),
    ...teams.rows.map((t) => ({
      kind: 'team' as const,
      id: t.id,
      title: t.name,
      leadId: t.lead_id,
      outcome: 'delivered',
      coopIds: list(t.coop_ids),
    })),
    ...calls.rows.map((c) => ({
      kind: 'call' as const,
      id: c.id,
      title: c.title,
      leadId: null,
      outcome: 'lost',
      coopIds: list(c.coop_ids),
    })),
  ];
}

async function coopNames(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const r = await db.execute<{ id: string; name: string }>(
    sql`select id, name from coops where id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
  return new Map(r.rows.map((c) => [c.id, c.name]));
}

/** Returns how many notifications were created now. */
export async function requestRetrospectives(deps: Pick<Deps, 'database' | 'jobs'>, now = new Date()) {
  const db = deps.database.db;
  let created = 0;
  for (const work of await finishedWork(db, now)) {
    if (work.coopIds.length === 0) continue;
    created += await db.transaction(async (tx) => {
      const members = await membersOf(tx, work.coopIds);
      const names = await coopNames(tx, work.coopIds);
      const items: NewNotification[] = [...members].map(([userId, coopId]) => ({
        userId,
        kind: 'retrospective_requested',
        leadId: work.leadId,
        title: work.title,
        bodyKey: 'notifications.retrospectiveRequested',
        params: { coop: names.get(coopId) ?? '', outcome: work.outcome, subject: work.kind },
        dedupeKey: `retro:${work.kind}:${work.id}`,
      }));
      return (await notifyUsers(tx, deps.jobs, items)).length;
    });
  }
  return created;
}

/** `today` as YYYY-MM-DD (UTC): review dates are calendar dates. */
export async function remindReviews(deps: Pick<Deps, 'database' | 'jobs'>, today = new Date()) {
  const db = deps.database.db;
  const day = today.toISOString().slice(0, 10);
  const due = await db.execute<{
    id: string;
    title: string;
    lead_id: string | null;
    users: unknown;
    coop_ids: unknown;
  }>(sql`
    select o.id, coalesce(d.title, l.title, 'Decision') as title, coalesce(o.lead_id, d.lead_id) as lead_id,
      array(select v.cast_by from votes v where v.decision_id = o.decision_id
            union select d.created_by where d.created_by is not null
            union select o.created_by where o.created_by is not null) as users,
      o.chosen_coop_ids as coop_ids
    from outcomes o
    left join decisions d on d.id = o.decision_id
    left join leads l on l.id = coalesce(o.lead_id, d.lead_id)
    where o.review_date <= ${day}::date and o.review_date > ${day}::date - ${WINDOW_DAYS}::int`);
  let created = 0;
  for (const o of due.rows) {
    created += await db.transaction(async (tx) => {
      const members = await membersOf(tx, list(o.coop_ids));
      const users = new Set([...list(o.users), ...members.keys()]);
      // Only accounts that still exist can be notified.
      const existing = await tx.execute<{ id: string }>(
        sql`select id from "user" where id = any(${`{${[...users].join(',')}}`}::text[])`,
      );
      const items: NewNotification[] = existing.rows.map(({ id }) => ({
        userId: id,
        kind: 'review_due',
        leadId: o.lead_id,
        title: o.title,
        bodyKey: 'notifications.reviewDue',
        params: {},
        dedupeKey: `review:${o.id}`,
      }));
      return (await notifyUsers(tx, deps.jobs, items)).length;
    });
  }
  return created;
}
