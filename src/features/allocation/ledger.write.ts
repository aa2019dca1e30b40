/**
 * Keeping the ledger in step with leads. Assignment (by an outcome or by
 * hand) credits the co-ops; losing, withdrawing or reopening an assigned
 * lead gives the credit back; delivery with actual figures corrects it. Every
 * change is a new entry, written in the transaction that moved the lead.
 */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { leads } from '../../db/schema/leads.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { invalid } from '../../http/problem.ts';
import { leadRoles } from '../leads/lead.policy.ts';
import { visibleLead } from '../leads/lead.service.ts';
import {
  type LeadTransitionChange,
  moveLeadInTx,
  onLeadTransition,
} from '../leads/lead.transition.service.ts';
import { holdings, insertLines } from './ledger.queries.ts';
import { assignmentLines, budgetValue, deliveryLines, resolveShares, reversalLines } from './ledger.rules.ts';

const HELD = new Set(['assigned', 'in_progress']);
const GIVES_BACK = new Set(['lost', 'withdrawn', 'deciding']);

export async function ledgerOnTransition(tx: Tx, change: LeadTransitionChange): Promise<void> {
  if (change.to === 'assigned') {
    // Reassigning without an intervening reversal must not credit twice.
    if ((await holdings(tx, change.leadId)).length > 0) return;
    const shares = resolveShares(change.assignedCoopIds ?? [], change.shares);
    if (!shares.ok)
      throw invalid(shares.errors.map((e) => ({ pointer: `#/json/${e.field.replaceAll('.', '/')}`, ...e })));
    const [lead] = await tx
      .select({
        effortPersonDays: leads.effortPersonDays,
        budgetMin: leads.budgetMin,
        budgetMax: leads.budgetMax,
        currency: leads.currency,
      })
      .from(leads)
      .where(eq(leads.id, change.leadId));
    const lines = assignmentLines(shares.shares, {
      effortPersonDays: lead?.effortPersonDays ?? null,
      value: budgetValue(lead?.budgetMin ?? null, lead?.budgetMax ?? null),
      currency: lead?.currency ?? null,
    });
    await insertLines(tx, change.leadId, lines, {
      outcomeId: change.outcomeId,
      createdBy: change.actorId,
      note: change.outcomeId ? 'Assigned by an outcome.' : 'Assigned by hand.',
    });
    return;
  }
  if (HELD.has(change.from) && GIVES_BACK.has(change.to)) {
    const lines = reversalLines(await holdings(tx, change.leadId));
    await insertLines(tx, change.leadId, lines, {
      createdBy: change.actorId,
      note: `The lead became ${change.to}: its credit is given back.`,
    });
  }
}

/** Called once when the app is built: from then on, every lead transition keeps the ledger in step. */
export function keepLedgerInStep(): void {
  onLeadTransition(ledgerOnTransition);
}

export interface DeliveryRequest {
  actualPersonDays?: number | undefined;
  actualValue?: number | undefined;
  note: string;
}

/**
 * Marks a lead delivered and, when the real effort or value differed from the
 * estimate, corrects each co-op's credit to its share of the actual figures.
 */
export async function recordDelivery(db: Db, actor: Actor, leadId: string, req: DeliveryRequest) {
  const lead = await visibleLead(db, actor, leadId);
  const roles = leadRoles(actor, lead);
  authorize(
    actor,
    roles.size > 0,
    'Members of the assigned or finder co-ops, or network admins, record a delivery.',
  );
  await db.transaction(async (tx) => {
    await moveLeadInTx(tx, {
      leadId,
      to: 'delivered',
      roles,
      actorId: actor.kind === 'user' ? actor.userId : null,
      note: req.note,
    });
    const lines = deliveryLines(await holdings(tx, leadId), {
      personDays: req.actualPersonDays,
      value: req.actualValue,
      currency: lead.currency,
    });
    await insertLines(tx, leadId, lines, {
      createdBy: actor.kind === 'user' ? actor.userId : null,
      note: req.note || 'Delivered: credit corrected to the actual figures.',
    });
  });
}
