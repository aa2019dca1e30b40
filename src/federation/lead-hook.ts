/**
 * The seam between leads and federation. The leads services call
 * onLeadChanged() inside the transaction that changed a lead; federation
 * (when the app runs it) stores and enqueues what partners and followers
 * must hear, in that same transaction. Keyed by database so two Minga apps
 * in one process (tests) keep their own listeners.
 */
import type { Db, DbOrTx } from '../db/client.ts';

type Listener = (tx: DbOrTx, leadId: string) => Promise<void>;
const listeners = new WeakMap<Db, Listener>();

export function listenLeadChanges(db: Db, listener: Listener): void {
  listeners.set(db, listener);
}

export async function onLeadChanged(db: Db, tx: DbOrTx, leadId: string): Promise<void> {
  await listeners.get(db)?.(tx, leadId);
}
