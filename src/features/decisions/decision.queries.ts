/** The decisions slice's SQL: decisions, who may vote, current votes, outcomes. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { currentVotes, decisions, outcomes, votes } from '../../db/schema/decisions.ts';
import { coops } from '../../db/schema/directory.ts';

export type DecisionRow = typeof decisions.$inferSelect;
export type OutcomeRow = typeof outcomes.$inferSelect;

export async function loadDecision(db: DbOrTx, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row;
}

/** Locks the decision's row: `update` to close it, `share` to vote on it (many voters at once, never during a close). */
export async function lockDecision(
  tx: DbOrTx,
  id: string,
  mode: 'update' | 'share',
): Promise<DecisionRow | undefined> {
  const r = await tx.execute<{ id: string }>(
    mode === 'update'
      ? sql`select id from decisions where id = ${id} for update`
      : sql`select id from decisions where id = ${id} for share`,
  );
  return r.rows.length ? loadDecision(tx, id) : undefined;
}

const scopeSql = (coopIds: string[] | null) =>
  coopIds === null ? sql`true` : sql`coop_id = any(${`{${coopIds.join(',')}}`}::uuid[])`;

/** How many may vote: co-ops (per co-op) or members of those co-ops (per member). */
export async function countEligible(db: DbOrTx, voters: DecisionRow['voters'], coopIds: string[] | null) {
  const r =
    voters === 'per_coop'
      ? await db.execute<{ n: number }>(
          coopIds === null
            ? sql`select count(*)::int as n from coops`
            : sql`select count(*)::int as n from coops where id = any(${`{${coopIds.join(',')}}`}::uuid[])`,
        )
      : await db.execute<{ n: number }>(
          sql`select count(distinct user_id)::int as n from coop_members where ${scopeSql(coopIds)}`,
        );
  return Number(r.rows[0]?.n ?? 0);
}

/** Accounts that may vote and have not (for reminders): members of co-ops that have not voted, or members who have not. */
export async function silentVoters(db: DbOrTx, d: DecisionRow, coopIds: string[] | null): Promise<string[]> {
  const key = d.voters === 'per_coop' ? sql`coop_id::text` : sql`user_id`;
  const r = await db.execute<{ user_id: string }>(sql`
    select distinct user_id from coop_members
    where ${scopeSql(coopIds)}
      and ${key} not in (select voter_key from current_votes where decision_id = ${d.id})
    order by user_id`);
  return r.rows.map((x) => x.user_id);
}

export interface CurrentVote {
  voterKey: string;
  coopId: string | null;
  castBy: string;
  castByName: string | null;
  ballot: (typeof votes.$inferSelect)['ballot'];
  castAt: Date;
}

export async function currentVotesOf(db: DbOrTx, decisionId: string): Promise<CurrentVote[]> {
  return db
    .select({
      voterKey: votes.voterKey,
      coopId: votes.coopId,
      castBy: votes.castBy,
      castByName: user.name,
      ballot: votes.ballot,
      castAt: votes.castAt,
    })
    .from(currentVotes)
    .innerJoin(votes, eq(votes.id, currentVotes.voteId))
    .leftJoin(user, eq(user.id, votes.castBy))
    .where(eq(currentVotes.decisionId, decisionId))
    .orderBy(asc(currentVotes.voterKey));
}

/** Display names for voter keys: co-op names (per co-op) or account names (per member). */
export async function voterNames(db: DbOrTx, voters: DecisionRow['voters'], keys: string[]) {
  if (keys.length === 0) return new Map<string, string>();
  const rows =
    voters === 'per_coop'
      ? await db.select({ id: coops.id, name: coops.name }).from(coops).where(inArray(coops.id, keys))
      : await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, keys));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function outcomeOf(db: DbOrTx, decisionId: string): Promise<OutcomeRow | undefined> {
  const [row] = await db.select().from(outcomes).where(eq(outcomes.decisionId, decisionId));
  return row;
}

export async function outcomesOfLead(db: DbOrTx, leadId: string): Promise<OutcomeRow[]> {
  return db
    .select()
    .from(outcomes)
    .where(
      sql`${outcomes.leadId} = ${leadId} or ${outcomes.decisionId} in (select id from decisions where lead_id = ${leadId})`,
    )
    .orderBy(asc(outcomes.createdAt));
}

export async function coopRefs(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; slug: string; name: string }>();
  const rows = await db
    .select({ id: coops.id, slug: coops.slug, name: coops.name })
    .from(coops)
    .where(inArray(coops.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function userRefs(db: DbOrTx, ids: readonly (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => x !== null))];
  if (list.length === 0) return new Map<string, { id: string; name: string }>();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, list));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function openDecisionOfLead(db: DbOrTx, leadId: string) {
  const [row] = await db
    .select({ id: decisions.id })
    .from(decisions)
    .where(and(eq(decisions.leadId, leadId), eq(decisions.status, 'open')));
  return row;
}
