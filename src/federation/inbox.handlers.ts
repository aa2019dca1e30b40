/**
 * One function per kind of activity we accept; each runs inside the
 * transaction that records the activity id. Partnership activities (Follow,
 * Accept, Reject, Undo) move the partnership's status; Create/Update/Delete
 * of a Page from an active partner keep remote_leads in step; an Offer from a
 * partner's co-op becomes a remote interest in one of our open leads, and
 * Accept/Reject of our own Offers tell us the origin network's decision.
 */
import type { InboxContext } from '@fedify/fedify';
import { type Activity, isActor } from '@fedify/vocab';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { coops } from '../db/schema/directory.ts';
import {
  federationFollowers,
  partnerLeadInterests,
  partnerships,
  remoteInterests,
  remoteLeads,
} from '../db/schema/federation.ts';
import { leads } from '../db/schema/leads.ts';
import type { FederationDeps, MingaFederation } from './federation.ts';
import { activity as wrap } from './lead-object.ts';
import { partnersMaySee } from './lead-sharing.rules.ts';
import { plainText, RemoteInterestObject, RemoteLeadObject, remoteLeadRow } from './received.ts';
import { NETWORK } from './urls.ts';

export interface Received {
  ctx: InboxContext<FederationDeps>;
  activity: Activity;
  actor: URL;
  raw: Record<string, unknown>;
}

const objectOf = (raw: Record<string, unknown>) => raw.object as Record<string, unknown> | string | undefined;
const objectIdOf = (raw: Record<string, unknown>) => {
  const o = objectOf(raw);
  return typeof o === 'string' ? o : typeof o?.id === 'string' ? o.id : undefined;
};

/** Our actor identifier for one of our URLs, if it is one ('network' or a co-op slug). */
function ourActor(mf: MingaFederation, url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (url === mf.urls.network) return NETWORK;
  const prefix = `${mf.urls.origin}/ap/coops/`;
  return url.startsWith(prefix) ? decodeURIComponent(url.slice(prefix.length)) : undefined;
}

async function remoteActor(r: Received) {
  const actor = await r.activity.getActor();
  if (!actor || !isActor(actor) || !actor.inboxId) throw new Error(`Cannot read the actor ${r.actor.href}`);
  return {
    inbox: actor.inboxId.href,
    sharedInbox: actor.endpoints?.sharedInbox?.href ?? null,
    name: String(actor.name ?? actor.preferredUsername ?? r.actor.host),
    handle: actor.preferredUsername ? `${actor.preferredUsername}@${r.actor.host}` : null,
  };
}

async function activePartner(tx: DbOrTx, host: string) {
  const [p] = await tx
    .select()
    .from(partnerships)
    .where(and(eq(partnerships.remoteHost, host), eq(partnerships.status, 'active')));
  return p;
}

export async function onFollow(mf: MingaFederation, tx: DbOrTx, r: Received) {
  const followed = ourActor(mf, objectIdOf(r.raw));
  if (!followed) return;
  const who = await remoteActor(r);
  const followId = r.activity.id!.href;
  if (r.raw.partnership === true && followed === NETWORK) {
    const [existing] = await tx
      .select()
      .from(partnerships)
      .where(eq(partnerships.remoteActorId, r.actor.href));
    const fields = {
      remoteName: who.name,
      remoteHandle: who.handle,
      inbox: who.inbox,
      sharedInbox: who.sharedInbox,
      followActivityId: followId,
      updatedAt: new Date(),
    };
    if (!existing) {
      await tx.insert(partnerships).values({
        ...fields,
        remoteActorId: r.actor.href,
        remoteHost: r.actor.host,
        direction: 'incoming',
        status: 'pending',
      });
    } else if (existing.status !== 'active' && existing.status !== 'paused') {
      await tx
        .update(partnerships)
        .set({ ...fields, direction: 'incoming', status: 'pending', endedAt: null })
        .where(eq(partnerships.id, existing.id));
    }
    return;
  }
  // Anyone else following a public feed is accepted at once.
  await tx
    .insert(federationFollowers)
    .values({
      followed,
      actorId: r.actor.href,
      inbox: who.inbox,
      sharedInbox: who.sharedInbox,
      followActivityId: followId,
    })
    .onConflictDoUpdate({
      target: [federationFollowers.followed, federationFollowers.actorId],
      set: { inbox: who.inbox, sharedInbox: who.sharedInbox, followActivityId: followId },
    });
  await mf.outbox.send(tx, {
    actor: followed,
    audience: 'direct',
    recipients: [who.inbox],
    activity: wrap(mf.urls, {
      type: 'Accept',
      actor: mf.urls.actor(followed),
      object: followId,
      to: [r.actor.href],
    }),
  });
}

/** Accept or Reject of something we sent: our partnership Follow, or one of our co-ops' Offers. */
async function answer(tx: DbOrTx, r: Received, accepted: boolean) {
  const objectId = objectIdOf(r.raw);
  if (!objectId) return;
  const [p] = await tx.select().from(partnerships).where(eq(partnerships.followActivityId, objectId));
  if (p && p.remoteActorId === r.actor.href) {
    const now = new Date();
    const next = accepted
      ? p.status === 'requested'
        ? { status: 'active' as const, acceptedAt: now }
        : null
      : { status: p.status === 'requested' ? ('refused' as const) : ('ended' as const), endedAt: now };
    if (next)
      await tx
        .update(partnerships)
        .set({ ...next, updatedAt: now })
        .where(eq(partnerships.id, p.id));
    return;
  }
  const [offer] = await tx
    .select({ id: partnerLeadInterests.id, originActorId: remoteLeads.originActorId })
    .from(partnerLeadInterests)
    .innerJoin(remoteLeads, eq(remoteLeads.id, partnerLeadInterests.remoteLeadId))
    .where(eq(partnerLeadInterests.activityId, objectId));
  if (offer && offer.originActorId === r.actor.href) {
    await tx
      .update(partnerLeadInterests)
      .set({ status: accepted ? 'chosen' : 'declined', updatedAt: new Date() })
      .where(eq(partnerLeadInterests.id, offer.id));
  }
}

export const onAccept = (_mf: MingaFederation, tx: DbOrTx, r: Received) => answer(tx, r, true);
export const onReject = (_mf: MingaFederation, tx: DbOrTx, r: Received) => answer(tx, r, false);

export async function onUndo(_mf: MingaFederation, tx: DbOrTx, r: Received) {
  const objectId = objectIdOf(r.raw);
  if (!objectId) return;
  const [p] = await tx.select().from(partnerships).where(eq(partnerships.followActivityId, objectId));
  if (p && p.remoteActorId === r.actor.href) {
    const status = p.status === 'pending' ? ('refused' as const) : ('ended' as const);
    await tx
      .update(partnerships)
      .set({ status, endedAt: new Date(), updatedAt: new Date() })
      .where(eq(partnerships.id, p.id));
    return;
  }
  await tx
    .delete(federationFollowers)
    .where(
      and(eq(federationFollowers.actorId, r.actor.href), eq(federationFollowers.followActivityId, objectId)),
    );
}

export async function onLeadCreateOrUpdate(_mf: MingaFederation, tx: DbOrTx, r: Received) {
  const o = objectOf(r.raw);
  if (!o || typeof o === 'string' || o.type !== 'Page') return;
  const partner = await activePartner(tx, r.actor.host);
  if (!partner || partner.remoteActorId !== r.actor.href) return;
  const parsed = RemoteLeadObject.safeParse(o);
  if (!parsed.success || new URL(parsed.data.id).host !== r.actor.host) return;
  const row = { ...remoteLeadRow(parsed.data), originActorId: r.actor.href, originName: partner.remoteName };
  await tx
    .insert(remoteLeads)
    .values(row)
    .onConflictDoUpdate({
      target: remoteLeads.objectId,
      set: { ...row, updatedAt: new Date() },
      // Deliveries can overtake each other: an older version never replaces a newer one.
      where: sql`coalesce(${remoteLeads.payload}->>'updated', '') <= ${parsed.data.updated ?? ''}`,
    });
}

export async function onLeadDelete(_mf: MingaFederation, tx: DbOrTx, r: Received) {
  const id = objectIdOf(r.raw);
  if (!id) return;
  await tx
    .update(remoteLeads)
    .set({ status: 'withdrawn', updatedAt: new Date() })
    .where(and(eq(remoteLeads.objectId, id), eq(remoteLeads.originActorId, r.actor.href)));
}

/** A partner's co-op offers to take part in one of our open leads. */
export async function onOffer(mf: MingaFederation, tx: DbOrTx, r: Received) {
  const partner = await activePartner(tx, r.actor.host);
  if (!partner) return;
  const parsed = RemoteInterestObject.safeParse(objectOf(r.raw));
  if (!parsed.success) return;
  const o = parsed.data;
  const prefix = `${mf.urls.origin}/ap/leads/`;
  if (!o.inReplyTo.startsWith(prefix)) return;
  const leadId = o.inReplyTo.slice(prefix.length);
  const [lead] = await tx
    .select({
      status: leads.status,
      shareWithPartners: leads.shareWithPartners,
      shareWithPublic: leads.shareWithPublic,
      visibility: leads.visibility,
      mergedIntoId: leads.mergedIntoId,
    })
    .from(leads)
    .where(inArray(leads.id, /^[0-9a-f-]{36}$/i.test(leadId) ? [leadId] : []));
  if (lead?.status !== 'open' || !partnersMaySee({ ...lead, merged: lead.mergedIntoId !== null })) return;
  const who = await remoteActor(r);
  const fields = {
    coopName: who.name,
    networkActorId: partner.remoteActorId,
    activityId: r.activity.id!.href,
    inbox: who.sharedInbox ?? who.inbox,
    availableFrom: o.availableFrom,
    hoursPerWeek: o.hoursPerWeek,
    capacityPersonDays: o.capacityPersonDays,
    need: o.need,
    needNote: o.needNote,
    fit: plainText(o.content),
    role: o.role,
    status: 'pending' as const,
    updatedAt: new Date(),
  };
  await tx
    .insert(remoteInterests)
    .values({ ...fields, leadId, coopActorId: r.actor.href })
    .onConflictDoUpdate({ target: [remoteInterests.leadId, remoteInterests.coopActorId], set: fields });
}

/** Our co-op's slug for a local co-op id (the actor that sends its Offer). */
export async function coopSlug(tx: DbOrTx, coopId: string) {
  const [c] = await tx.select({ slug: coops.slug }).from(coops).where(eq(coops.id, coopId));
  return c?.slug;
}
