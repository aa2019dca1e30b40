/**
 * What the dashboard reads, each between two instants [from, to): the
 * ledger's work per co-op and lead, leads assigned, decision moments,
 * decisions closed with who voted, and leads exchanged with partner networks.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();
const list = (v: unknown): string[] =>
  Array.isArray(v)
    ? (v as string[])
    : typeof v === 'string'
      ? v.replace(/[{}]/g, '').split(',').filter(Boolean)
      : [];

export type CoopRow = {
  id: string;
  slug: string;
  name: string;
  stage: string;
  need: string;
};

export async function allCoops(db: DbOrTx): Promise<CoopRow[]> {
  const r = await db.execute<CoopRow>(sql`select id, slug, name, stage, need from coops order by name, slug`);
  return r.rows;
}

export interface WorkRow {
  coopId: string;
  leadId: string;
  /** When the co-op was first credited for the lead: later corrections count from then. */
  at: string;
  personDays: number;
  value: number;
  currency: string | null;
}

/**
 * Net work per co-op and lead: the sum of its ledger entries (assignment,
 * delivery corrections, reversals), dated when it was first assigned.
 */
export async function ledgerWork(db: DbOrTx, from: Date, to: Date): Promise<WorkRow[]> {
  const r = await db.execute<Record<string, unknown>>(sql`
    select * from (
      select coop_id, lead_id, sum(person_days) as person_days, sum(coalesce(value, 0)) as value,
        max(currency) as currency,
        coalesce(min(at) filter (where kind = 'assigned'), min(at)) as at
      from ledger_entries group by coop_id, lead_id) w
    where w.at >= ${from} and w.at < ${to}`);
  return r.rows.map((w) => ({
    coopId: w.coop_id as string,
    leadId: w.lead_id as string,
    at: iso(w.at),
    personDays: Number(w.person_days),
    value: Number(w.value),
    currency: (w.currency as string | null) ?? null,
  }));
}

/** Leads first assigned in the range, with how many co-ops took part (assignment and teams). */
export async function assignedLeads(db: DbOrTx, from: Date, to: Date) {
  const r = await db.execute<{ id: string; at: unknown; coops: number }>(sql`
    select l.id, a.at,
      (select count(distinct c) from (
         select x.coop_id as c from lead_assigned_coops x where x.lead_id = l.id
         union select m.coop_id from teams t join team_members m on m.team_id = t.id
           where t.lead_id = l.id and t.status <> 'dissolved') y)::int as coops
    from leads l
    join (select lead_id, min(at) as at from lead_events where to_status = 'assigned' group by lead_id) a
      on a.lead_id = l.id
    where a.at >= ${from} and a.at < ${to}`);
  return r.rows.map((x) => ({ id: x.id, at: iso(x.at), coops: Number(x.coops) }));
}

/** Published leads whose decision (an outcome, or an assignment by hand) fell in the range. */
export async function decisionTimes(db: DbOrTx, from: Date, to: Date) {
  const r = await db.execute<{ id: string; published_at: unknown; decided_at: unknown }>(sql`
    select * from (
      select l.id, l.published_at,
        least(
          (select min(o.created_at) from outcomes o left join decisions d on d.id = o.decision_id
            where coalesce(o.lead_id, d.lead_id) = l.id),
          (select min(e.at) from lead_events e where e.lead_id = l.id and e.to_status = 'assigned')) as decided_at
      from leads l where l.published_at is not null) x
    where x.decided_at >= ${from} and x.decided_at < ${to}`);
  return r.rows.map((x) => ({
    id: x.id,
    decidedAt: iso(x.decided_at),
    days: (new Date(iso(x.decided_at)).getTime() - new Date(iso(x.published_at)).getTime()) / 86_400_000,
  }));
}

/**
 * Decisions closed in the range with the co-ops that voted: the co-op a vote
 * spoke for, or, for votes per member, the voter's co-ops.
 */
export async function closedDecisions(db: DbOrTx, from: Date, to: Date) {
  const r = await db.execute<{ id: string; closed_at: unknown; voters: number; coop_ids: unknown }>(sql`
    select d.id, d.closed_at,
      (select count(*) from current_votes cv where cv.decision_id = d.id)::int as voters,
      array(select distinct c from (
        select v.coop_id as c from current_votes cv join votes v on v.id = cv.vote_id
          where cv.decision_id = d.id and v.coop_id is not null
        union select m.coop_id from current_votes cv join votes v on v.id = cv.vote_id
          join coop_members m on m.user_id = v.cast_by
          where cv.decision_id = d.id and v.coop_id is null) y) as coop_ids
    from decisions d
    where d.status = 'closed' and d.closed_at >= ${from} and d.closed_at < ${to}
    order by d.closed_at, d.id`);
  return r.rows.map((x) => ({
    id: x.id,
    closedAt: iso(x.closed_at),
    voters: Number(x.voters),
    coopIds: list(x.coop_ids),
  }));
}

/** Our leads offered to partner networks (by publication date) and partner leads received. */
export async function partnerExchange(db: DbOrTx, from: Date, to: Date) {
  const shared = await db.execute<{ at: unknown }>(sql`
    select published_at as at from leads
    where share_with_partners and published_at >= ${from} and published_at < ${to}`);
  const received = await db.execute<{ at: unknown }>(sql`
    select received_at as at from remote_leads where received_at >= ${from} and received_at < ${to}`);
  return { shared: shared.rows.map((x) => iso(x.at)), received: received.rows.map((x) => iso(x.at)) };
}
