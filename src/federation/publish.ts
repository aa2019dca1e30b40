/**
 * A lead changed (inside its transaction): tell partners and the public feed
 * what they must hear — Create, Update or Delete — and, once the lead is
 * decided, tell each remote co-op that offered interest whether it was
 * chosen (Accept or Reject of its Offer). Everything is stored and enqueued
 * in the caller's transaction.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { federatedLeads, partnerships, remoteInterests } from '../db/schema/federation.ts';
import { leads } from '../db/schema/leads.ts';
import { type LeadRecord, loadLead } from '../features/leads/lead.queries.ts';
import type { MingaFederation } from './federation.ts';
import { activity, leadPage, publicNote, tombstone } from './lead-object.ts';
import { DECIDED, sharingActivities } from './lead-sharing.rules.ts';
import { NETWORK } from './urls.ts';
import { AS_CONTEXT, AS_PUBLIC } from './vocabulary.ts';

const ASSIGNED = new Set(['assigned', 'in_progress', 'delivered']);

export async function publishLeadChanges(mf: MingaFederation, tx: DbOrTx, leadId: string): Promise<void> {
  const [state] = await tx
    .select({
      status: leads.status,
      shareWithPartners: leads.shareWithPartners,
      shareWithPublic: leads.shareWithPublic,
      visibility: leads.visibility,
      mergedIntoId: leads.mergedIntoId,
    })
    .from(leads)
    .where(eq(leads.id, leadId));
  if (!state) return;
  const [last] = await tx
    .select()
    .from(federatedLeads)
    .where(eq(federatedLeads.leadId, leadId))
    .for('update');
  const heard = {
    partners: last?.sharedWithPartners ?? false,
    public: last?.sharedWithPublic ?? false,
    lastStatus: last?.lastStatus ?? null,
  };
  const todo = sharingActivities(heard, { ...state, merged: state.mergedIntoId !== null });
  const decidedNow = DECIDED.has(state.status) && !DECIDED.has(heard.lastStatus ?? '');
  if (!todo.partners && !todo.public && !decidedNow) return;

  const lead = (await loadLead(tx, leadId))!;
  if (decidedNow) await sendOutcomes(mf, tx, lead);
  if (todo.partners) await sendToPartners(mf, tx, lead, todo.partners);
  if (todo.public) await sendToPublic(mf, tx, lead, todo.public);

  const row = {
    sharedWithPartners: todo.partners ? todo.partners !== 'Delete' : heard.partners,
    sharedWithPublic: todo.public ? todo.public !== 'Delete' : heard.public,
    lastStatus: state.status,
    updatedAt: new Date(),
  };
  await tx
    .insert(federatedLeads)
    .values({ leadId, ...row, version: 1 })
    .onConflictDoUpdate({
      target: federatedLeads.leadId,
      set: { ...row, version: (last?.version ?? 0) + 1 },
    });
}

/** The co-op actors a decided lead went to: ours, and partners' co-ops chosen from their offers. */
async function assignedActors(mf: MingaFederation, tx: DbOrTx, lead: LeadRecord): Promise<string[]> {
  if (!ASSIGNED.has(lead.status)) return [];
  const remote = await tx
    .select({ actor: remoteInterests.coopActorId })
    .from(remoteInterests)
    .where(and(eq(remoteInterests.leadId, lead.id), eq(remoteInterests.status, 'chosen')));
  return [...lead.assignedCoops.map((c) => mf.urls.actor(c.slug)), ...remote.map((r) => r.actor)];
}

async function sendToPartners(
  mf: MingaFederation,
  tx: DbOrTx,
  lead: LeadRecord,
  type: 'Create' | 'Update' | 'Delete',
) {
  const partners = await tx
    .select({ actor: partnerships.remoteActorId })
    .from(partnerships)
    .where(eq(partnerships.status, 'active'));
  const to = partners.map((p) => p.actor);
  const object =
    type === 'Delete'
      ? tombstone(mf.urls.lead(lead.id), 'Page')
      : leadPage(lead, mf.urls, { to, assignedTo: await assignedActors(mf, tx, lead) });
  await mf.outbox.send(tx, {
    actor: NETWORK,
    audience: 'partners',
    leadId: lead.id,
    activity: activity(mf.urls, { type, actor: mf.urls.network, object, to }),
  });
}

async function sendToPublic(
  mf: MingaFederation,
  tx: DbOrTx,
  lead: LeadRecord,
  type: 'Create' | 'Update' | 'Delete',
) {
  const object = type === 'Delete' ? tombstone(mf.urls.post(lead.id), 'Note') : publicNote(lead, mf.urls);
  await mf.outbox.send(tx, {
    actor: NETWORK,
    audience: 'public',
    leadId: lead.id,
    activity: activity(mf.urls, {
      type,
      actor: mf.urls.network,
      object,
      to: [AS_PUBLIC],
      cc: [mf.urls.followers(NETWORK)],
      context: AS_CONTEXT,
    }),
  });
}

/** Each remote co-op that offered hears Accept (chosen) or Reject (not chosen) of its Offer. */
async function sendOutcomes(mf: MingaFederation, tx: DbOrTx, lead: LeadRecord) {
  const offers = await tx
    .select()
    .from(remoteInterests)
    .where(and(eq(remoteInterests.leadId, lead.id), isNull(remoteInterests.outcomeSentAt)));
  const assigned = ASSIGNED.has(lead.status);
  for (const offer of offers) {
    const chosen = assigned && offer.status === 'chosen';
    await mf.outbox.send(tx, {
      actor: NETWORK,
      audience: 'direct',
      recipients: [offer.inbox],
      leadId: lead.id,
      activity: activity(mf.urls, {
        type: chosen ? 'Accept' : 'Reject',
        actor: mf.urls.network,
        object: offer.activityId,
        to: [offer.coopActorId, offer.networkActorId],
      }),
    });
    await tx
      .update(remoteInterests)
      .set({
        outcomeSentAt: new Date(),
        updatedAt: new Date(),
        ...(chosen || offer.status === 'withdrawn' ? {} : { status: 'declined' as const }),
      })
      .where(eq(remoteInterests.id, offer.id));
  }
}
