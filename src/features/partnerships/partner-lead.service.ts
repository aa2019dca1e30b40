/**
 * Leads partner networks shared with us, and interest crossing networks:
 * our co-ops offer (an Offer of a Note in reply to the lead, sent to the
 * origin network); the origin's admins read the offers their partners'
 * co-ops made and choose; the outcome travels back when the lead is decided.
 */
import type { z } from '@hono/zod-openapi';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { coops } from '../../db/schema/directory.ts';
import {
  partnerLeadInterests,
  partnerships,
  remoteInterests,
  remoteLeads,
} from '../../db/schema/federation.ts';
import { federationFor } from '../../federation/federation.ts';
import { activity } from '../../federation/lead-object.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { offsetOf } from '../../http/paging.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import { canManagePartnerships, canOfferFor, canSeePartnerLeads } from './partnership.policy.ts';
import { presentPartnerInterest, presentPartnerLead, presentRemoteInterest } from './partnership.present.ts';
import type { PartnerInterestRequest, PartnerLeadQuery } from './partnership.schemas.ts';

type FedDeps = Pick<Deps, 'config' | 'database' | 'log' | 'jobs'>;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export async function listPartnerLeads(deps: FedDeps, actor: Actor, q: z.infer<typeof PartnerLeadQuery>) {
  authorize(actor, canSeePartnerLeads(actor), 'Partner leads are shared with the network’s members.');
  const { db } = deps.database;
  const where = q.status ? eq(remoteLeads.status, q.status) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(remoteLeads)
      .where(where)
      .orderBy(desc(remoteLeads.receivedAt))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    db.select({ n: count() }).from(remoteLeads).where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const ours = ids.length
    ? await db
        .select({
          id: partnerLeadInterests.id,
          leadId: partnerLeadInterests.remoteLeadId,
          slug: coops.slug,
          name: coops.name,
          status: partnerLeadInterests.status,
        })
        .from(partnerLeadInterests)
        .innerJoin(coops, eq(coops.id, partnerLeadInterests.coopId))
        .where(inArray(partnerLeadInterests.remoteLeadId, ids))
    : [];
  return {
    items: rows.map((r) =>
      presentPartnerLead(
        r,
        ours.filter((o) => o.leadId === r.id),
      ),
    ),
    page: q.page,
    pageSize: q.pageSize,
    total: total?.n ?? 0,
  };
}

export async function offerInterest(
  deps: FedDeps,
  actor: Actor,
  leadId: string,
  input: PartnerInterestRequest,
) {
  authorize(actor, canSeePartnerLeads(actor), 'Sign in to offer interest.');
  const { db } = deps.database;
  const [coop] = await db.select().from(coops).where(eq(coops.slug, input.coop));
  if (!coop)
    throw invalid([{ pointer: '#/json/coop', field: 'coop', detail: `Unknown co-op "${input.coop}".` }]);
  authorize(actor, canOfferFor(actor, coop.id), 'Only members of a co-op offer its interest.');
  const [lead] = await db.select().from(remoteLeads).where(eq(remoteLeads.id, leadId));
  if (!lead) throw notFound('Partner lead');
  if (lead.status !== 'open') throw conflict(`This lead is ${lead.status}; it no longer takes interest.`);
  const [partner] = await db
    .select()
    .from(partnerships)
    .where(and(eq(partnerships.remoteActorId, lead.originActorId), eq(partnerships.status, 'active')));
  if (!partner) throw conflict('The partnership with this lead’s network is not active.');

  const mf = federationFor(deps);
  const coopActor = mf.urls.actor(coop.slug);
  const offerId = mf.urls.activity();
  const { coop: _slug, fit, ...fields } = input;
  const row = await db.transaction(async (tx) => {
    const values = { ...fields, fit, activityId: offerId, status: 'pending' as const, updatedAt: new Date() };
    const [saved] = await tx
      .insert(partnerLeadInterests)
      .values({
        ...values,
        remoteLeadId: lead.id,
        coopId: coop.id,
        createdBy: actor.kind === 'user' ? actor.userId : null,
      })
      .onConflictDoUpdate({
        target: [partnerLeadInterests.remoteLeadId, partnerLeadInterests.coopId],
        set: values,
      })
      .returning();
    const note = {
      id: mf.urls.interest(saved!.id),
      type: 'Note',
      attributedTo: coopActor,
      inReplyTo: lead.objectId,
      to: [lead.originActorId],
      content: `<p>${escapeHtml(fit)}</p>`,
      ...fields,
    };
    const offer = {
      ...activity(mf.urls, { type: 'Offer', actor: coopActor, object: note, to: [lead.originActorId] }),
      id: offerId,
      target: lead.objectId,
    };
    await mf.outbox.send(tx, {
      actor: coop.slug,
      audience: 'direct',
      recipients: [partner.sharedInbox ?? partner.inbox],
      activity: offer,
    });
    return saved!;
  });
  return presentPartnerInterest(row, { slug: coop.slug, name: coop.name });
}

const WHY = 'Network admins run decisions on leads, including partners’ offers.';

export async function listRemoteInterests(deps: FedDeps, actor: Actor, leadId: string) {
  authorize(actor, canManagePartnerships(actor), WHY);
  const rows = await deps.database.db
    .select()
    .from(remoteInterests)
    .where(eq(remoteInterests.leadId, leadId))
    .orderBy(remoteInterests.createdAt);
  return { items: rows.map(presentRemoteInterest) };
}

/** Marks a partner co-op chosen (or not); the outcome is sent when the lead is decided. */
export async function chooseRemoteInterest(deps: FedDeps, actor: Actor, id: string, chosen: boolean) {
  authorize(actor, canManagePartnerships(actor), WHY);
  const { db } = deps.database;
  const [row] = await db.select().from(remoteInterests).where(eq(remoteInterests.id, id));
  if (!row) throw notFound('Remote interest');
  if (row.outcomeSentAt) throw conflict('The outcome was already sent to this co-op’s network.');
  if (row.status === 'withdrawn') throw conflict('This co-op withdrew its interest.');
  const [saved] = await db
    .update(remoteInterests)
    .set({ status: chosen ? 'chosen' : 'pending', updatedAt: new Date() })
    .where(eq(remoteInterests.id, id))
    .returning();
  return presentRemoteInterest(saved!);
}
