/**
 * Partnerships between networks: asking (Follow of their network actor),
 * answering (Accept / Reject), pausing (local: nothing flows either way),
 * resuming and ending (Undo of our Follow, or Reject of theirs). Each
 * change and the activity that tells the other side share one transaction.
 */

import type { z } from '@hono/zod-openapi';
import { desc, eq } from 'drizzle-orm';
import { blockedInstances, partnerships } from '../../db/schema/federation.ts';
import { isBlocked } from '../../federation/delivery.ts';
import { federationFor } from '../../federation/federation.ts';
import { RefusedAddressError } from '../../federation/guarded-fetch.ts';
import { activity, type Json } from '../../federation/lead-object.ts';
import { ResolveError, resolveActor } from '../../federation/resolve.ts';
import { NETWORK } from '../../federation/urls.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor, Deps } from '../../http/context.ts';
import { conflict, invalid, notFound } from '../../http/problem.ts';
import { canManagePartnerships } from './partnership.policy.ts';
import { presentBlocked, presentPartnership } from './partnership.present.ts';
import type { BlockedInstanceInput, PartnershipAction, PartnershipRequest } from './partnership.schemas.ts';

type FedDeps = Pick<Deps, 'config' | 'database' | 'log' | 'jobs'>;
const WHY = 'Network admins speak for the network with partner networks.';

export async function listPartnerships(deps: FedDeps, actor: Actor) {
  authorize(actor, canManagePartnerships(actor), WHY);
  const rows = await deps.database.db.select().from(partnerships).orderBy(desc(partnerships.updatedAt));
  return { items: rows.map(presentPartnership) };
}

export async function requestPartnership(
  deps: FedDeps,
  actor: Actor,
  req: z.infer<typeof PartnershipRequest>,
) {
  authorize(actor, canManagePartnerships(actor), WHY);
  const mf = federationFor(deps);
  const field = (detail: string) => invalid([{ pointer: '#/json/handle', field: 'handle', detail }]);
  let remote: Awaited<ReturnType<typeof resolveActor>>;
  try {
    remote = await resolveActor(mf, req.handle);
  } catch (err) {
    if (err instanceof ResolveError || err instanceof RefusedAddressError) throw field(err.message);
    throw field(`Could not reach that network: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (remote.host === mf.urls.host) throw field('That is this network.');
  const { db } = deps.database;
  if (await isBlocked(db, remote.host)) throw conflict(`${remote.host} is blocked; unblock it first.`);
  const [existing] = await db.select().from(partnerships).where(eq(partnerships.remoteActorId, remote.id));
  if (existing && ['requested', 'pending', 'active', 'paused'].includes(existing.status)) {
    throw conflict(`A partnership with ${remote.name} is already ${existing.status}.`);
  }
  const follow: Json = {
    ...activity(mf.urls, { type: 'Follow', actor: mf.urls.network, object: remote.id, to: [remote.id] }),
    partnership: true,
  };
  const fields = {
    remoteHandle: remote.handle,
    remoteName: remote.name,
    remoteHost: remote.host,
    inbox: remote.inbox,
    sharedInbox: remote.sharedInbox,
    direction: 'outgoing' as const,
    status: 'requested' as const,
    followActivityId: String(follow.id),
    requestedBy: actor.kind === 'user' ? actor.userId : null,
    note: req.note,
    updatedAt: new Date(),
    acceptedAt: null,
    endedAt: null,
  };
  const row = await db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(partnerships)
      .values({ ...fields, remoteActorId: remote.id })
      .onConflictDoUpdate({ target: partnerships.remoteActorId, set: fields })
      .returning();
    await mf.outbox.send(tx, {
      actor: NETWORK,
      audience: 'direct',
      recipients: [remote.inbox],
      activity: follow,
    });
    return saved!;
  });
  return presentPartnership(row);
}

type Row = typeof partnerships.$inferSelect;
const ALLOWED: Record<z.infer<typeof PartnershipAction>, (p: Row) => boolean> = {
  accept: (p) => p.direction === 'incoming' && p.status === 'pending',
  refuse: (p) => p.direction === 'incoming' && p.status === 'pending',
  pause: (p) => p.status === 'active',
  resume: (p) => p.status === 'paused',
  end: (p) => ['active', 'paused', 'requested'].includes(p.status),
};
const NEXT = {
  accept: 'active',
  refuse: 'refused',
  pause: 'paused',
  resume: 'active',
  end: 'ended',
} as const;

export async function actOnPartnership(
  deps: FedDeps,
  actor: Actor,
  id: string,
  action: z.infer<typeof PartnershipAction>,
) {
  authorize(actor, canManagePartnerships(actor), WHY);
  const mf = federationFor(deps);
  const row = await deps.database.db.transaction(async (tx) => {
    const [p] = await tx.select().from(partnerships).where(eq(partnerships.id, id)).for('update');
    if (!p) throw notFound('Partnership');
    if (!ALLOWED[action](p))
      throw conflict(`A ${p.direction} partnership that is ${p.status} cannot ${action}.`);
    const now = new Date();
    const [saved] = await tx
      .update(partnerships)
      .set({
        status: NEXT[action],
        updatedAt: now,
        ...(action === 'accept' ? { acceptedAt: now } : {}),
        ...(action === 'end' || action === 'refuse' ? { endedAt: now } : {}),
      })
      .where(eq(partnerships.id, id))
      .returning();
    const tell = (type: string, object: unknown) =>
      mf.outbox.send(tx, {
        actor: NETWORK,
        audience: 'direct',
        recipients: [p.sharedInbox ?? p.inbox],
        activity: activity(mf.urls, {
          type,
          actor: mf.urls.network,
          object: object as string,
          to: [p.remoteActorId],
        }),
      });
    if (action === 'accept') await tell('Accept', p.followActivityId);
    if (action === 'refuse') await tell('Reject', p.followActivityId);
    if (action === 'end') {
      // Only the Follow's author can undo it; the other side removes a follower with Reject.
      if (p.direction === 'outgoing') {
        const follow = {
          id: p.followActivityId,
          type: 'Follow',
          actor: mf.urls.network,
          object: p.remoteActorId,
        };
        await tell('Undo', follow);
      } else await tell('Reject', p.followActivityId);
    }
    return saved!;
  });
  return presentPartnership(row);
}

export async function listBlocked(deps: FedDeps, actor: Actor) {
  authorize(actor, canManagePartnerships(actor), WHY);
  const rows = await deps.database.db.select().from(blockedInstances).orderBy(blockedInstances.host);
  return { items: rows.map(presentBlocked) };
}

/** Blocking ends any partnership with that instance, silently: nothing more is sent there. */
export async function blockInstance(
  deps: FedDeps,
  actor: Actor,
  input: z.infer<typeof BlockedInstanceInput>,
) {
  authorize(actor, canManagePartnerships(actor), WHY);
  const row = await deps.database.db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(blockedInstances)
      .values({ ...input, createdBy: actor.kind === 'user' ? actor.userId : null })
      .onConflictDoUpdate({ target: blockedInstances.host, set: { reason: input.reason } })
      .returning();
    await tx
      .update(partnerships)
      .set({ status: 'ended', endedAt: new Date(), updatedAt: new Date() })
      .where(eq(partnerships.remoteHost, input.host));
    return saved!;
  });
  return presentBlocked(row);
}

export async function unblockInstance(deps: FedDeps, actor: Actor, host: string) {
  authorize(actor, canManagePartnerships(actor), WHY);
  const gone = await deps.database.db
    .delete(blockedInstances)
    .where(eq(blockedInstances.host, host.toLowerCase()))
    .returning();
  if (gone.length === 0) throw notFound('Blocked instance');
}
