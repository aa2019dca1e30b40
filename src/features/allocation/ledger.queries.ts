/**
 * The fairness ledger's SQL. Reading money is gated like a lead's private
 * budget (canSeeClient in leads/lead.policy.ts): `budgetVisibleSql` is its
 * SQL twin over the alias `l`.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { ledgerEntries } from '../../db/schema/allocation.ts';
import type { Actor } from '../../http/context.ts';
import type { CoopHolding, LedgerLine } from './ledger.rules.ts';

/** Whether the reader may see the money of the lead `l`: a network-visible budget, or entitled to a private one. */
export function budgetVisibleSql(a: Actor): SQL {
  if (a.kind !== 'user') return sql`false`;
  if (a.networkRole === 'admin') return sql`true`;
  const mine = `{${[...a.coops.keys()].join(',')}}`;
  return sql`(l.budget_visibility = 'network'
    or l.finder_coop_id = any(${mine}::uuid[])
    or exists (select 1 from lead_assigned_coops x where x.lead_id = l.id and x.coop_id = any(${mine}::uuid[])))`;
}

/** What each co-op holds of one lead now (co-ops whose entries add up to nothing are left out). */
export async function holdings(db: DbOrTx, leadId: string): Promise<CoopHolding[]> {
  const r = await db.execute<{
    coop_id: string;
    share: number;
    person_days: number;
    value: number | null;
    currency: string | null;
  }>(sql`
    select coop_id,
      (array_agg(share order by id desc))[1]::float8 as share,
      sum(person_days)::float8 as person_days,
      sum(value)::float8 as value,
      (array_agg(currency order by id desc) filter (where currency is not null))[1] as currency
    from ledger_entries where lead_id = ${leadId}
    group by coop_id
    having sum(person_days) <> 0 or coalesce(sum(value), 0) <> 0
    order by min(id)`);
  return r.rows.map((h) => ({
    coopId: h.coop_id,
    share: Number(h.share),
    personDays: Number(h.person_days),
    value: h.value === null ? null : Number(h.value),
    currency: h.currency,
  }));
}

export async function insertLines(
  tx: DbOrTx,
  leadId: string,
  lines: readonly LedgerLine[],
  meta: { outcomeId?: string | null; createdBy: string | null; note: string; at?: Date },
): Promise<void> {
  if (lines.length === 0) return;
  await tx.insert(ledgerEntries).values(
    lines.map((l) => ({
      ...l,
      leadId,
      outcomeId: meta.outcomeId ?? null,
      createdBy: meta.createdBy,
      note: meta.note,
      ...(meta.at ? { at: meta.at } : {}),
    })),
  );
}

/** Person-days and value each co-op received in [from, to): what the recommendation weighs. */
export async function receivedByCoop(db: DbOrTx, coopIds: readonly string[], from: Date, to: Date) {
  const out = new Map<string, { personDays: number; value: number }>();
  if (coopIds.length === 0) return out;
  const ids = `{${coopIds.join(',')}}`;
  const r = await db.execute<{ coop_id: string; pd: number; v: number }>(sql`
    select coop_id, coalesce(sum(person_days), 0)::float8 as pd, coalesce(sum(value), 0)::float8 as v
    from ledger_entries
    where coop_id = any(${ids}::uuid[]) and at >= ${from.toISOString()} and at < ${to.toISOString()}
    group by coop_id`);
  for (const row of r.rows)
    out.set(row.coop_id, { personDays: Math.max(0, Number(row.pd)), value: Math.max(0, Number(row.v)) });
  return out;
}

/** Whole-network figures over [from, to): every co-op counts, interested or not. */
export async function networkFigures(db: DbOrTx, from: Date, to: Date) {
  const r = await db.execute<{ coops: number; headcount: number; pd: number; v: number }>(sql`
    select (select count(*)::int from coops) as coops,
      (select coalesce(sum(coalesce(headcount, people_total)), 0)::int from coops) as headcount,
      coalesce(sum(person_days), 0)::float8 as pd, coalesce(sum(value), 0)::float8 as v
    from ledger_entries where at >= ${from.toISOString()} and at < ${to.toISOString()}`);
  const row = r.rows[0]!;
  return {
    coopCount: Number(row.coops),
    headcount: Number(row.headcount),
    personDays: Math.max(0, Number(row.pd)),
    value: Math.max(0, Number(row.v)),
  };
}

export type CoopTotalsRow = {
  id: string;
  slug: string;
  name: string;
  headcount: number;
  person_days: number;
  value: number | null;
  value_hidden: boolean;
};

/** Per co-op totals over [from, to), every co-op (those that received nothing too), a page at a time. */
export async function coopTotalsPage(
  db: DbOrTx,
  actor: Actor,
  w: { from: Date; to: Date; limit: number; offset: number },
) {
  const visible = budgetVisibleSql(actor);
  const window = sql`le.at >= ${w.from.toISOString()} and le.at < ${w.to.toISOString()}`;
  const [rows, totals] = await Promise.all([
    db.execute<CoopTotalsRow>(sql`
      with e as (
        select le.coop_id, sum(le.person_days) as pd,
          sum(le.value) filter (where ${visible}) as v,
          bool_or(le.value is not null and not ${visible}) as hidden
        from ledger_entries le join leads l on l.id = le.lead_id
        where ${window}
        group by le.coop_id)
      select c.id, c.slug, c.name, coalesce(c.headcount, c.people_total)::int as headcount,
        coalesce(e.pd, 0)::float8 as person_days, e.v::float8 as value, coalesce(e.hidden, false) as value_hidden
      from coops c left join e on e.coop_id = c.id
      order by c.name, c.id
      limit ${w.limit} offset ${w.offset}`),
    db.execute<{ pd: number; v: number | null; hidden: boolean }>(sql`
      select coalesce(sum(le.person_days), 0)::float8 as pd,
        sum(le.value) filter (where ${visible})::float8 as v,
        coalesce(bool_or(le.value is not null and not ${visible}), false) as hidden
      from ledger_entries le join leads l on l.id = le.lead_id
      where ${window}`),
  ]);
  const t = totals.rows[0]!;
  return {
    rows: rows.rows.map((r) => ({
      ...r,
      headcount: Number(r.headcount),
      person_days: Number(r.person_days),
      value: r.value === null ? null : Number(r.value),
    })),
    totals: { personDays: Number(t.pd), value: t.v === null ? null : Number(t.v), valueHidden: t.hidden },
  };
}

export type EntryRow = {
  id: number;
  coop_id: string;
  coop_slug: string;
  coop_name: string;
  lead_id: string;
  lead_title: string | null;
  kind: LedgerLine['kind'];
  share: number;
  person_days: number;
  value: number | null;
  currency: string | null;
  at: Date;
  note: string;
  outcome_id: string | null;
};

/** Ledger entries, newest first; the lead's title only where the reader can see the lead, money only where entitled. */
export async function entriesPage(
  db: DbOrTx,
  actor: Actor,
  f: {
    coopId?: string;
    leadId?: string;
    from?: Date;
    to?: Date;
    limit: number;
    offset: number;
    leadVisibleSql: SQL;
    order?: 'asc' | 'desc';
  },
) {
  const visible = budgetVisibleSql(actor);
  const where = sql.join(
    [
      sql`true`,
      ...(f.coopId ? [sql`le.coop_id = ${f.coopId}`] : []),
      ...(f.leadId ? [sql`le.lead_id = ${f.leadId}`] : []),
      ...(f.from ? [sql`le.at >= ${f.from.toISOString()}`] : []),
      ...(f.to ? [sql`le.at < ${f.to.toISOString()}`] : []),
    ],
    sql` and `,
  );
  const order = f.order === 'asc' ? sql`le.id asc` : sql`le.id desc`;
  const [rows, count] = await Promise.all([
    db.execute<EntryRow>(sql`
      select le.id::int as id, le.coop_id, c.slug as coop_slug, c.name as coop_name, le.lead_id,
        case when ${f.leadVisibleSql} then l.title end as lead_title,
        le.kind, le.share::float8 as share, le.person_days::float8 as person_days,
        case when ${visible} then le.value::float8 end as value,
        case when ${visible} then le.currency end as currency,
        le.at, le.note, le.outcome_id
      from ledger_entries le join leads l on l.id = le.lead_id join coops c on c.id = le.coop_id
      where ${where}
      order by ${order}
      limit ${f.limit} offset ${f.offset}`),
    db.execute<{ n: number }>(sql`select count(*)::int as n from ledger_entries le where ${where}`),
  ]);
  return {
    rows: rows.rows.map((r) => ({
      ...r,
      share: Number(r.share),
      person_days: Number(r.person_days),
      value: r.value === null ? null : Number(r.value),
      at: new Date(r.at),
    })),
    total: Number(count.rows[0]?.n ?? 0),
  };
}
