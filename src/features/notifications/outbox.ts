/**
 * The outbox sweep: takes pending lead_outbox rows one at a time, oldest
 * first, each in its own transaction — claimed with FOR UPDATE SKIP LOCKED
 * (two sweeps never take the same row), handled, and marked handled_at in
 * that same transaction, so a crash leaves the row pending and complete.
 * A row whose handling fails is rolled back to its savepoint, logged by id
 * and left for the next sweep; the rows behind it still go out.
 */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { leadOutbox } from '../../db/schema/leads.ts';
import type { Deps } from '../../http/context.ts';
import { loadLead } from '../leads/lead.queries.ts';
import { onCommentMentioned, onInterestChanged } from './outbox.discussion.ts';
import { onLeadPublished } from './outbox.published.ts';

export interface OutboxRow {
  id: number;
  topic: 'lead.published' | 'interest.changed' | 'comment.mentioned';
  leadId: string;
  payload: Record<string, unknown>;
}

async function handle(deps: Deps, tx: Tx, row: OutboxRow, now: Date) {
  // Through the pool: loadLead reads in parallel, which one transaction's connection cannot.
  const lead = await loadLead(deps.database.db, row.leadId);
  if (!lead) return;
  if (row.topic === 'lead.published') return onLeadPublished(deps, tx, lead, now.toISOString().slice(0, 10));
  if (row.topic === 'interest.changed') return onInterestChanged(deps, tx, lead, row);
  if (row.topic === 'comment.mentioned') return onCommentMentioned(deps, tx, lead, row);
}

/** Handles up to `limit` pending rows; returns how many were handled. */
export async function processOutbox(deps: Deps, limit = 500, now = () => new Date()): Promise<number> {
  const failed: number[] = [];
  let handled = 0;
  while (handled + failed.length < limit) {
    const outcome = await deps.database.db.transaction(async (tx) => {
      const r = await tx.execute<{
        id: string;
        topic: OutboxRow['topic'];
        lead_id: string;
        payload: unknown;
      }>(sql`
        select id, topic, lead_id, payload from lead_outbox
        where handled_at is null and not (id = any(${`{${failed.join(',')}}`}::bigint[]))
        order by id limit 1 for update skip locked`);
      const raw = r.rows[0];
      if (!raw) return 'empty' as const;
      const row: OutboxRow = {
        id: Number(raw.id),
        topic: raw.topic,
        leadId: raw.lead_id,
        payload: (typeof raw.payload === 'string' ? JSON.parse(raw.payload) : raw.payload) as Record<
          string,
          unknown
        >,
      };
      try {
        await tx.transaction((sp) => handle(deps, sp, row, now()));
      } catch (err) {
        deps.log.warn('outbox row not handled; it stays pending', {
          outboxId: row.id,
          topic: row.topic,
          leadId: row.leadId,
          // The message, never a payload or a row: PostgreSQL keeps values in `detail`, not logged.
          error: err instanceof Error ? err.message.slice(0, 200) : 'error',
        });
        failed.push(row.id);
        return 'failed' as const;
      }
      await tx.update(leadOutbox).set({ handledAt: now() }).where(eq(leadOutbox.id, row.id));
      return 'handled' as const;
    });
    if (outcome === 'empty') break;
    if (outcome === 'handled') handled++;
  }
  if (handled) deps.log.info('outbox rows handled', { handled, failed: failed.length });
  return handled;
}
