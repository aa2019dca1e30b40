/**
 * Sending: an activity is stored in federation_activities and a fan-out job
 * is enqueued in the transaction that made it necessary. The fan-out job
 * turns it into one delivery job per inbox (shared inboxes first, blocked
 * instances left out); each delivery is signed (HTTP Signatures, RSA, the
 * draft-cavage form Mastodon verifies), posted through the guarded client,
 * and retried by the job queue with backoff until the inbox takes it.
 */
import { signRequest } from '@fedify/fedify';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';
import {
  blockedInstances,
  federationActivities,
  federationFollowers,
  partnerships,
} from '../db/schema/federation.ts';
import type { JobDefinition } from '../jobs/queue.ts';
import type { MingaFederation } from './federation.ts';
import type { Json } from './lead-object.ts';
import { USER_AGENT } from './urls.ts';

const MAX_RESPONSE_BYTES = 64 * 1024;

/** HTTP statuses after which a retry cannot help: the inbox said no for good. */
const permanent = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

export interface Outgoing {
  actor: string;
  audience: 'public' | 'partners' | 'direct';
  recipients?: string[];
  leadId?: string | null;
  activity: Json;
}

export function deliveryJobs(mf: MingaFederation) {
  const db = () => mf.deps.database.db;

  const deliver: JobDefinition<{ activityId: string; inbox: string }> = {
    name: 'federation-deliver.v1',
    schema: z.object({ activityId: z.string(), inbox: z.url() }),
    retryLimit: 8,
    retryDelaySeconds: 10,
    batchSize: 25,
    handle: async ({ activityId, inbox }) => {
      const host = new URL(inbox).host;
      const [row] = await db()
        .select()
        .from(federationActivities)
        .where(eq(federationActivities.id, activityId));
      if (!row) return;
      if (await isBlocked(db(), host)) return;
      const ctx = mf.federation.createContext(new URL(mf.urls.origin), mf.deps);
      const [rsa] = await ctx.getActorKeyPairs(row.actor);
      if (!rsa) throw new Error(`No key pair for ${row.actor}`);
      const body = JSON.stringify(row.activity);
      const signed = await signRequest(
        new Request(inbox, {
          method: 'POST',
          headers: {
            'content-type': 'application/activity+json',
            accept: 'application/activity+json',
            'user-agent': USER_AGENT,
          },
          body,
        }),
        rsa.privateKey,
        rsa.keyId,
        { spec: 'draft-cavage-http-signatures-12' },
      );
      const res = await mf.fetch(inbox, {
        method: 'POST',
        headers: signed.headers,
        body,
        redirect: 'manual',
      });
      if (res.ok) return;
      const detail = (await res.text()).slice(0, 300);
      if (permanent(res.status)) {
        mf.deps.log.warn('delivery refused for good', { activityId, inbox, status: res.status, detail });
        return;
      }
      throw new Error(`Delivery of ${activityId} to ${inbox} failed: HTTP ${res.status} ${detail}`);
    },
  };

  const fanout: JobDefinition<{ activityId: string }> = {
    name: 'federation-fanout.v1',
    schema: z.object({ activityId: z.string() }),
    handle: async ({ activityId }) => {
      const [row] = await db()
        .select()
        .from(federationActivities)
        .where(eq(federationActivities.id, activityId));
      if (!row) return;
      const inboxes = await recipientsOf(db(), row);
      await db().transaction(async (tx) => {
        for (const inbox of inboxes) {
          await mf.deps.jobs.enqueue(
            tx,
            deliver,
            { activityId, inbox },
            { singletonKey: `${activityId} ${inbox}` },
          );
        }
      });
    },
  };

  /** Stores the activity and enqueues its fan-out, inside the caller's transaction. */
  const send = async (tx: DbOrTx, o: Outgoing) => {
    const id = String(o.activity.id);
    await tx.insert(federationActivities).values({
      id,
      actor: o.actor,
      type: String(o.activity.type),
      audience: o.audience,
      recipients: o.recipients ?? [],
      leadId: o.leadId ?? null,
      activity: o.activity,
    });
    await mf.deps.jobs.enqueue(tx, fanout, { activityId: id });
  };

  return { deliver, fanout, send, maxResponseBytes: MAX_RESPONSE_BYTES };
}

export async function isBlocked(db: DbOrTx, host: string): Promise<boolean> {
  const r = await db
    .select({ host: blockedInstances.host })
    .from(blockedInstances)
    .where(eq(blockedInstances.host, host));
  return r.length > 0;
}

async function recipientsOf(db: DbOrTx, row: typeof federationActivities.$inferSelect): Promise<string[]> {
  let inboxes: string[];
  if (row.audience === 'direct') inboxes = row.recipients;
  else if (row.audience === 'partners') {
    const rows = await db
      .select({ inbox: partnerships.inbox, shared: partnerships.sharedInbox })
      .from(partnerships)
      .where(eq(partnerships.status, 'active'));
    inboxes = rows.map((r) => r.shared ?? r.inbox);
  } else {
    const rows = await db
      .select({ inbox: federationFollowers.inbox, shared: federationFollowers.sharedInbox })
      .from(federationFollowers)
      .where(eq(federationFollowers.followed, row.actor));
    inboxes = rows.map((r) => r.shared ?? r.inbox);
  }
  const unique = [...new Set(inboxes)];
  if (unique.length === 0) return [];
  const hosts = [...new Set(unique.map((u) => new URL(u).host))];
  const blocked = new Set(
    (
      await db
        .select({ host: blockedInstances.host })
        .from(blockedInstances)
        .where(and(inArray(blockedInstances.host, hosts)))
    ).map((r) => r.host),
  );
  return unique.filter((u) => !blocked.has(new URL(u).host));
}
