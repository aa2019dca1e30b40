/**
 * What we do with verified activities. Fedify has already checked the HTTP
 * signature and that its key belongs to the activity's actor (the HTTP
 * middleware refuses unsigned posts before that). Each activity is handled
 * once: its id goes into received_activities in the same transaction as its
 * effect, so a replay or a queue retry after success changes nothing.
 */
import type { InboxContext } from '@fedify/fedify';
import { Accept, type Activity, Create, Delete, Follow, Offer, Reject, Undo, Update } from '@fedify/vocab';
import type { DbOrTx } from '../db/client.ts';
import { receivedActivities } from '../db/schema/federation.ts';
import { isBlocked } from './delivery.ts';
import type { FederationDeps, MingaFederation } from './federation.ts';
import {
  onAccept,
  onFollow,
  onLeadCreateOrUpdate,
  onLeadDelete,
  onOffer,
  onReject,
  onUndo,
  type Received,
} from './inbox.handlers.ts';
import { arrivedJson } from './message-queue.ts';

type Handler = (mf: MingaFederation, tx: DbOrTx, r: Received) => Promise<void>;

export function registerInbox(mf: MingaFederation) {
  const handle =
    (fn: Handler) =>
    async (ctx: InboxContext<FederationDeps>, activity: Activity): Promise<void> => {
      const actor = activity.actorId;
      if (!activity.id || !actor) return;
      if (await isBlocked(mf.deps.database.db, actor.host)) return;
      // The activity as it was sent, for Minga's extension terms.
      const arrived = arrivedJson();
      const raw =
        arrived && arrived.id === activity.id.href
          ? arrived
          : ((await activity.toJsonLd()) as Record<string, unknown>);
      await mf.deps.database.db.transaction(async (tx) => {
        const fresh = await tx
          .insert(receivedActivities)
          .values({ activityId: activity.id!.href, actorId: actor.href, type: String(raw.type ?? '') })
          .onConflictDoNothing()
          .returning({ id: receivedActivities.activityId });
        if (fresh.length === 0) return;
        await fn(mf, tx, { ctx, activity, actor, raw });
      });
    };

  mf.federation
    .setInboxListeners('/ap/coops/{identifier}/inbox', '/ap/inbox')
    .on(Follow, handle(onFollow))
    .on(Accept, handle(onAccept))
    .on(Reject, handle(onReject))
    .on(Undo, handle(onUndo))
    .on(Create, handle(onLeadCreateOrUpdate))
    .on(Update, handle(onLeadCreateOrUpdate))
    .on(Delete, handle(onLeadDelete))
    .on(Offer, handle(onOffer))
    .onError((_ctx, error) => {
      mf.deps.log.warn('inbox activity failed', { error: String(error) });
    });
}
