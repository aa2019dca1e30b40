/**
 * Where teams meet the fairness ledger: each co-op's ledger share feeds the
 * builder's fairness part, and a team formed for an assigned lead splits the
 * lead's recorded work between its co-ops by their shares.
 *
 * The ledger is append-only, so a split is written as entries that bring
 * each co-op's holding of the lead to its share: work (person-days) by
 * `share_work`, money by `share_money`. Running the split again writes
 * nothing; changing the shares writes only the differences.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { ledgerEntries } from '../../db/schema/allocation.ts';
import { apportion, budgetValue, shareOf } from '../allocation/ledger.rules.ts';
import { type LeadTransitionChange, onLeadTransition } from '../leads/lead.transition.service.ts';

/** Lead statuses at which the network has handed the work out, so the ledger holds it. */
const ASSIGNED = ['assigned', 'in_progress', 'delivered'];

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Each co-op's ledger share under the current policy: what it received in
 * the policy's window over what it was entitled to (1 = a full share). When
 * the network has received nothing yet, the map is empty and everyone reads
 * as neutral.
 */
export async function ledgerSharesFor(db: DbOrTx, coopIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (coopIds.length === 0) return out;
  const ids = `{${coopIds.join(',')}}`;
  const r = await db.execute<{
    coop_id: string | null;
    received: number;
    coops: number;
    network_headcount: number;
    entitlement: 'equal' | 'headcount';
  }>(sql`
    with policy as (
      select fairness_window_days, fairness_measure, entitlement from allocation_policies order by version desc limit 1
    ), window_entries as (
      select e.coop_id, case when p.fairness_measure = 'value' then coalesce(e.value, 0) else e.person_days end as amount
      from ledger_entries e, policy p where e.at >= now() - make_interval(days => p.fairness_window_days)
    )
    select x.coop_id, x.received::float8 as received,
      (select count(*)::int from coops) as coops,
      (select coalesce(sum(coalesce(headcount, people_total)), 0)::int from coops) as network_headcount,
      (select entitlement from policy) as entitlement
    from (select coop_id, sum(amount) as received from window_entries group by coop_id
          union all select null, coalesce(sum(amount), 0) from window_entries) x
    where x.coop_id is null or x.coop_id = any(${ids}::uuid[])`);
  const total = r.rows.find((row) => row.coop_id === null);
  const network = Number(total?.received ?? 0);
  if (!total || network <= 0) return out;
  const byCoop = new Map(r.rows.filter((row) => row.coop_id).map((row) => [row.coop_id!, row]));
  const headcounts = await db.execute<{ id: string; headcount: number }>(
    sql`select id, coalesce(headcount, people_total, 0)::int as headcount from coops where id = any(${ids}::uuid[])`,
  );
  for (const c of headcounts.rows) {
    const { entitlementShare, receivedShare } = shareOf(
      { headcount: Number(c.headcount), received: Math.max(0, Number(byCoop.get(c.id)?.received ?? 0)) },
      { coopCount: Number(total.coops), headcount: Number(total.network_headcount), received: network },
      total.entitlement,
    );
    out.set(c.id, entitlementShare > 0 ? receivedShare / entitlementShare : 1);
  }
  return out;
}

/**
 * Brings the ledger of the team's lead in line with the team's shares, in the
 * caller's transaction. Does nothing for a team without a lead, or before the
 * lead is assigned (the assignment writes the entries then).
 */
export async function splitLeadLedger(tx: DbOrTx, teamId: string, createdBy: string | null): Promise<number> {
  const lead = await tx.execute<{
    id: string;
    status: string;
    effort_person_days: number | null;
    budget_min: string | null;
    budget_max: string | null;
    currency: string | null;
    outcome_id: string | null;
  }>(sql`select l.id, l.status, l.effort_person_days, l.budget_min, l.budget_max, l.currency, t.outcome_id
    from teams t join leads l on l.id = t.lead_id where t.id = ${teamId}`);
  const l = lead.rows[0];
  if (!l || !ASSIGNED.includes(l.status)) return 0;
  await tx.execute(sql`select 1 from leads where id = ${l.id} for update`);
  const [members, held] = await Promise.all([
    tx.execute<{ coop_id: string; share_work: string; share_money: string }>(
      sql`select coop_id, share_work, share_money from team_members where team_id = ${teamId} order by coop_id`,
    ),
    tx.execute<{ coop_id: string; person_days: number; value: number | null; currency: string | null }>(sql`
      select coop_id, sum(person_days)::float8 as person_days, sum(value)::float8 as value,
        (array_agg(currency order by id desc) filter (where currency is not null))[1] as currency
      from ledger_entries where lead_id = ${l.id} group by coop_id order by coop_id`),
  ]);
  const holdings = held.rows.map((h) => ({
    coopId: h.coop_id,
    personDays: Number(h.person_days),
    value: h.value === null ? null : Number(h.value),
    currency: h.currency,
  }));
  // What the network recorded for the lead, or the lead's own figures when nothing was recorded yet.
  const recordedDays = holdings.reduce((s, h) => s + h.personDays, 0);
  const recordedValue = holdings.some((h) => h.value !== null)
    ? holdings.reduce((s, h) => s + (h.value ?? 0), 0)
    : null;
  const none = holdings.length === 0;
  const totalDays = none ? (l.effort_person_days ?? 0) : recordedDays;
  const min = l.budget_min === null ? null : Number(l.budget_min);
  const max = l.budget_max === null ? null : Number(l.budget_max);
  const totalValue = none ? budgetValue(min, max) : recordedValue;
  const currency = holdings.find((h) => h.currency)?.currency ?? l.currency;
  const team = members.rows.map((m) => ({
    coopId: m.coop_id,
    work: Number(m.share_work),
    money: Number(m.share_money),
  }));
  const days = apportion(
    totalDays,
    team.map((m) => m.work),
  );
  const money =
    totalValue === null
      ? null
      : apportion(
          totalValue,
          team.map((m) => m.money),
        );
  const target = new Map(
    team.map((m, i) => [m.coopId, { share: m.work, days: days[i]!, value: money?.[i] ?? null }]),
  );
  const coopIds = [...new Set([...team.map((m) => m.coopId), ...holdings.map((h) => h.coopId)])];
  const lines = coopIds.flatMap((coopId) => {
    const want = target.get(coopId) ?? { share: 0, days: 0, value: totalValue === null ? null : 0 };
    const have = holdings.find((h) => h.coopId === coopId);
    const dDays = cents(want.days - (have?.personDays ?? 0));
    const dValue = want.value === null ? null : cents(want.value - (have?.value ?? 0));
    if (dDays === 0 && (dValue === null || dValue === 0)) return [];
    return [
      {
        coopId,
        leadId: l.id,
        teamId,
        outcomeId: l.outcome_id,
        kind: 'assigned' as const,
        share: want.share,
        personDays: dDays,
        value: dValue,
        currency: dValue === null ? null : currency,
        note: 'Split by the team’s shares',
        createdBy,
      },
    ];
  });
  if (lines.length) await tx.insert(ledgerEntries).values(lines);
  return lines.length;
}

/**
 * When a lead with one live team is assigned, the team's shares decide each
 * co-op's credit, whatever order the ledger's own listener runs in: the
 * split only writes the difference to what is already recorded.
 */
export async function splitOnAssignment(tx: Tx, change: LeadTransitionChange): Promise<void> {
  if (change.to !== 'assigned') return;
  const live = await tx.execute<{ id: string }>(
    sql`select id from teams where lead_id = ${change.leadId} and status in ('forming', 'active')`,
  );
  // Two live teams for one lead is a question for people, not for the ledger.
  if (live.rows.length !== 1) return;
  await splitLeadLedger(tx, live.rows[0]!.id, change.actorId);
}

/** Called once when the app is built: from then on, assigning a lead with a team splits it by shares. */
export function splitLedgerByTeams(): void {
  onLeadTransition(splitOnAssignment);
}
