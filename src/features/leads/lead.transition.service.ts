/**
 * Moving a lead through its lifecycle, and merging duplicates. The state
 * machine (lead.lifecycle.rules.ts) decides; this writes the new status, the
 * history row and any domain event in one transaction, then mails the client
 * when their project is declined.
 */
import { and, eq, notInArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { leadComments, leadInterests, leadMentions, leadOutbox, leads } from '../../db/schema/leads.ts';
import { onLeadChanged } from '../../federation/lead-hook.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import { checkTransition, type LeadRole, type LeadStatus } from './lead.lifecycle.rules.ts';
import { projectDeclinedMail } from './lead.mail.ts';
import { canTriage, leadRoles } from './lead.policy.ts';
import {
  coopsBySlug,
  type LeadRecord,
  loadLead,
  lockLead,
  recordEvent,
  setAssignedCoops,
} from './lead.queries.ts';
import type { TransitionRequest } from './lead.schemas.ts';
import { getLead, visibleLead } from './lead.service.ts';

export const NETWORK_NAME = 'Minga';

/** A status change, as other slices see it, inside the transaction that makes it. */
export interface LeadTransitionChange {
  leadId: string;
  from: LeadStatus;
  to: LeadStatus;
  actorId: string | null;
  /** With `to: 'assigned'`: the co-ops taking the work, and their shares when someone gave them. */
  assignedCoopIds?: string[];
  shares?: Record<string, number>;
  outcomeId?: string;
}

export type LeadTransitionListener = (tx: Tx, change: LeadTransitionChange) => Promise<void>;

const listeners = new Set<LeadTransitionListener>();

/**
 * Lets another slice keep its own records in step with a lead's status (the
 * fairness ledger), in the same transaction as the change. Registering the
 * same function twice registers it once.
 */
export function onLeadTransition(listener: LeadTransitionListener): void {
  listeners.add(listener);
}

async function announce(tx: Tx, change: LeadTransitionChange): Promise<void> {
  for (const listener of listeners) await listener(tx, change);
}

/**
 * Moves a lead inside the caller's transaction, for use cases of other slices
 * (a decision's outcome assigns the lead). The caller says which lifecycle
 * roles the move is made with; the state machine still decides. Locks the lead.
 */
export async function moveLeadInTx(
  tx: Tx,
  move: {
    leadId: string;
    to: LeadStatus;
    roles: ReadonlySet<LeadRole>;
    actorId: string | null;
    note?: string;
    assignedCoopIds?: string[];
    shares?: Record<string, number>;
    outcomeId?: string;
  },
): Promise<LeadStatus> {
  await lockLead(tx, move.leadId);
  const [current] = await tx.select({ status: leads.status }).from(leads).where(eq(leads.id, move.leadId));
  if (!current) throw notFound('Lead');
  const from = current.status as LeadStatus;
  const check = checkTransition(from, move.to, move.roles, move.note ?? '');
  if (!check.ok) throw conflict(check.reason);
  await tx.update(leads).set({ status: move.to, updatedAt: new Date() }).where(eq(leads.id, move.leadId));
  if (move.to === 'assigned') await setAssignedCoops(tx, move.leadId, move.assignedCoopIds ?? []);
  if (from === 'assigned' && move.to === 'deciding') await setAssignedCoops(tx, move.leadId, []);
  await recordEvent(tx, {
    leadId: move.leadId,
    kind: 'transition',
    actorId: move.actorId,
    fromStatus: from,
    toStatus: move.to,
    note: move.note ?? '',
  });
  await announce(tx, {
    leadId: move.leadId,
    from,
    to: move.to,
    actorId: move.actorId,
    assignedCoopIds: move.assignedCoopIds,
    shares: move.shares,
    outcomeId: move.outcomeId,
  });
  return from;
}

function enforce(actor: Actor, lead: LeadRecord, to: LeadStatus, note: string) {
  const check = checkTransition(lead.status, to, leadRoles(actor, lead), note);
  if (check.ok) return;
  if (check.problem === 'forbidden') authorize(actor, false, check.reason);
  if (check.problem === 'note_required')
    throw invalid([{ pointer: '#/json/note', field: 'note', detail: check.reason }]);
  throw conflict(check.reason);
}

async function assignedCoopIds(db: Db, req: TransitionRequest): Promise<string[] | undefined> {
  if (req.to !== 'assigned') return undefined;
  const slugs = req.assignedCoops ?? [];
  if (slugs.length === 0)
    throw invalid([
      {
        pointer: '#/json/assignedCoops',
        field: 'assignedCoops',
        detail: 'Name the co-op(s) taking the work.',
      },
    ]);
  const { bySlug, unknown } = await coopsBySlug(db, slugs);
  if (unknown.length)
    throw invalid(
      slugs.flatMap((s, i) =>
        bySlug.has(s)
          ? []
          : [
              {
                pointer: `#/json/assignedCoops/${i}`,
                field: `assignedCoops.${i}`,
                detail: `Unknown co-op "${s}".`,
              },
            ],
      ),
    );
  return [...new Set(bySlug.values())];
}

export async function transitionLead(
  deps: Pick<Deps, 'database' | 'mailer' | 'log'>,
  actor: Actor,
  id: string,
  req: TransitionRequest,
  now = new Date(),
) {
  const { db } = deps.database;
  const lead = await visibleLead(db, actor, id);
  enforce(actor, lead, req.to, req.note);
  const coopIds = await assignedCoopIds(db, req);
  if (req.to === 'open' && lead.interestDeadline && lead.interestDeadline <= now) {
    throw conflict('The deadline for interest has passed; move it into the future before publishing.');
  }
  const actorId = actor.kind === 'user' ? actor.userId : null;
  await db.transaction(async (tx) => {
    await lockLead(tx, id);
    const [current] = await tx.select({ status: leads.status }).from(leads).where(eq(leads.id, id));
    if (current?.status !== lead.status)
      throw conflict('The lead changed meanwhile; reload it and try again.');
    const firstPublication = req.to === 'open' && lead.publishedAt === null;
    await tx
      .update(leads)
      .set({ status: req.to, updatedAt: now, ...(firstPublication ? { publishedAt: now } : {}) })
      .where(eq(leads.id, id));
    if (coopIds) await setAssignedCoops(tx, id, coopIds);
    // The assignment fell through: its co-ops lose their entitlement with it.
    if (lead.status === 'assigned' && req.to === 'deciding') await setAssignedCoops(tx, id, []);
    await recordEvent(tx, {
      leadId: id,
      kind: 'transition',
      actorId,
      fromStatus: lead.status,
      toStatus: req.to,
      note: req.note,
    });
    if (firstPublication)
      await tx.insert(leadOutbox).values({ topic: 'lead.published', leadId: id, payload: {} });
    await announce(tx, { leadId: id, from: lead.status, to: req.to, actorId, assignedCoopIds: coopIds });
  });
  if (req.to === 'declined') await mailDecline(deps, lead, req.note);
  return getLead(db, actor, id);
}

/** Only clients who wrote to us themselves are told; a member's tip is the member's to answer. */
async function mailDecline(deps: Pick<Deps, 'mailer' | 'log'>, lead: LeadRecord, reason: string) {
  if (lead.source !== 'public_form' || !lead.clientEmail) return;
  const to = { email: lead.clientEmail, name: lead.clientContactName ?? '', locale: lead.clientLocale };
  try {
    await deps.mailer.send(projectDeclinedMail(to, lead.title, reason, NETWORK_NAME));
  } catch (e) {
    // Never the address: logs are not entitled to client data.
    deps.log.warn('could not mail a declined lead’s client', { leadId: lead.id, error: String(e) });
  }
}

/**
 * `id` absorbs `duplicateId`: the duplicate is declined with "Merged into …",
 * its comments move, and its interests move unless that co-op already
 * answered the surviving lead (the surviving answer wins; the other stays on
 * the merged lead for the record). A merge tells no client: their project
 * lives on under the surviving lead.
 */
export async function mergeLeads(db: Db, actor: Actor, id: string, duplicateId: string) {
  authorize(actor, canTriage(actor), 'Merging duplicates is part of triage, for network admins.');
  if (id === duplicateId)
    throw invalid([
      { pointer: '#/json/duplicate', field: 'duplicate', detail: 'A lead cannot absorb itself.' },
    ]);
  const [target, duplicate] = await Promise.all([loadLead(db, id), loadLead(db, duplicateId)]);
  if (!target) throw notFound('Lead');
  if (!duplicate) throw notFound('Duplicate lead');
  if (!['in_triage', 'open', 'deciding'].includes(target.status)) {
    throw conflict(`A lead that is ${target.status.replace('_', ' ')} cannot absorb another.`);
  }
  const note = `Merged into “${target.title}” (${target.id}).`;
  enforce(actor, duplicate, 'declined', note);
  const actorId = actor.kind === 'user' ? actor.userId : null;
  await db.transaction(async (tx) => {
    for (const lockId of [id, duplicateId].sort()) await lockLead(tx, lockId);
    const [current] = await tx.select({ status: leads.status }).from(leads).where(eq(leads.id, duplicateId));
    if (current?.status !== duplicate.status)
      throw conflict('The duplicate changed meanwhile; reload and retry.');
    await tx
      .update(leads)
      .set({ status: 'declined', mergedIntoId: id, updatedAt: new Date() })
      .where(eq(leads.id, duplicateId));
    const answered = tx
      .select({ coopId: leadInterests.coopId })
      .from(leadInterests)
      .where(eq(leadInterests.leadId, id));
    await tx
      .update(leadInterests)
      .set({ leadId: id })
      .where(and(eq(leadInterests.leadId, duplicateId), notInArray(leadInterests.coopId, answered)));
    await tx.update(leadComments).set({ leadId: id }).where(eq(leadComments.leadId, duplicateId));
    await tx.update(leadMentions).set({ leadId: id }).where(eq(leadMentions.leadId, duplicateId));
    await recordEvent(tx, {
      leadId: duplicateId,
      kind: 'transition',
      actorId,
      fromStatus: duplicate.status,
      toStatus: 'declined',
      note,
    });
    await recordEvent(tx, {
      leadId: id,
      kind: 'merged',
      actorId,
      note: `Absorbed “${duplicate.title}” (${duplicate.id}).`,
    });
    await onLeadChanged(tx, duplicateId);
  });
  return getLead(db, actor, id);
}
