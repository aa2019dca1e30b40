/**
 * Reminding voters before a decision closes: everyone who may vote and has
 * not (for per co-op voting, every member of a co-op that has not voted),
 * once each — `decision_reminders` remembers who was told.
 */
import { sql } from 'drizzle-orm';
import { decisionReminders } from '../../db/schema/decisions.ts';
import type { Deps } from '../../http/context.ts';
import { loadLead } from '../leads/lead.queries.ts';
import { reminderMessage, tellMembers } from './decision.notify.ts';
import { votingCoops } from './decision.policy.ts';
import { loadDecision, silentVoters } from './decision.queries.ts';

export async function remindVoters(deps: Deps, decisionId: string): Promise<number> {
  const { db } = deps.database;
  const d = await loadDecision(db, decisionId);
  if (d?.status !== 'open') return 0;
  const lead = d.leadId ? ((await loadLead(db, d.leadId)) ?? null) : null;
  const candidates = await silentVoters(db, d, votingCoops(lead));
  if (candidates.length === 0) return 0;
  // Claim each person before telling them, so a job that runs twice tells nobody twice.
  const claimed = await db
    .insert(decisionReminders)
    .values(candidates.map((userId) => ({ decisionId, userId })))
    .onConflictDoNothing()
    .returning({ userId: decisionReminders.userId });
  const url = `${deps.config.publicUrl}/decisions/${d.id}`;
  await tellMembers(
    deps,
    claimed.map((c) => c.userId),
    reminderMessage(d.title, d.closesAt, url),
  );
  return claimed.length;
}

/** Decisions closing within the next day whose reminders are due (a sweep, should a job be lost). */
export async function remindDue(deps: Deps, now = new Date()): Promise<number> {
  const r = await deps.database.db.execute<{ id: string }>(
    sql`select id from decisions where status = 'open' and closes_at <= ${new Date(now.getTime() + 86_400_000).toISOString()}`,
  );
  let n = 0;
  for (const { id } of r.rows) n += await remindVoters(deps, id);
  return n;
}
