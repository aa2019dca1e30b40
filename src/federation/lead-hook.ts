/**
 * The seam between leads and federation. Status changes arrive through the
 * leads slice's transition listener; edits and merges call onLeadChanged()
 * inside their transaction. Either way federation stores and enqueues what
 * partners and followers must hear in that same transaction.
 *
 * Listeners are kept per database (by name) so that two Minga apps in one
 * process — the two-network tests — each publish only their own leads.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { onLeadTransition } from '../features/leads/lead.transition.service.ts';

type Listener = (tx: DbOrTx, leadId: string) => Promise<void>;
const listeners = new Map<string, Listener>();

export function listenLeadChanges(databaseUrl: string, listener: Listener): void {
  listeners.set(decodeURIComponent(new URL(databaseUrl).pathname.slice(1)), listener);
  onLeadTransition(fromTransition);
}

async function listenerFor(tx: DbOrTx): Promise<Listener | undefined> {
  if (listeners.size <= 1) return listeners.values().next().value;
  const r = await tx.execute<{ name: string }>(sql`select current_database() as name`);
  return listeners.get(r.rows[0]?.name ?? '');
}

export async function onLeadChanged(tx: DbOrTx, leadId: string): Promise<void> {
  await (await listenerFor(tx))?.(tx, leadId);
}

const fromTransition = (tx: DbOrTx, change: { leadId: string }) => onLeadChanged(tx, change.leadId);
