/** The network's chat webhooks, kept by network admins. A secret is write-only: answers say whether one is set. */
import type { z } from '@hono/zod-openapi';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { webhookDeliveries, webhooks } from '../../db/schema/notifications.ts';
import { authorize } from '../../http/authorize.ts';
import type { Actor } from '../../http/context.ts';
import { notFound } from '../../http/problem.ts';
import { isNetworkAdmin } from '../leads/lead.policy.ts';
import type { Webhook, WebhookDelivery, WebhookInput, WebhookUpdate } from './notification.schemas.ts';

/** Chat webhooks speak for the whole network: network admins only. */
export const canManageWebhooks = (a: Actor) => isNetworkAdmin(a);

const guard = (actor: Actor) =>
  authorize(actor, canManageWebhooks(actor), 'The network’s webhooks are kept by network admins.');

const present = (w: typeof webhooks.$inferSelect): z.infer<typeof Webhook> => ({
  id: w.id,
  name: w.name,
  url: w.url,
  hasSecret: w.secret !== null,
  events: w.events,
  active: w.active,
  locale: w.locale,
  createdAt: w.createdAt.toISOString(),
  updatedAt: w.updatedAt.toISOString(),
});

export async function listWebhooks(db: Db, actor: Actor) {
  guard(actor);
  const rows = await db.select().from(webhooks).orderBy(webhooks.createdAt, webhooks.id);
  return { items: rows.map(present) };
}

export async function getWebhook(db: Db, actor: Actor, id: string) {
  guard(actor);
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
  if (!row) throw notFound('Webhook');
  return present(row);
}

export async function createWebhook(db: Db, actor: Actor, input: z.infer<typeof WebhookInput>) {
  guard(actor);
  const [row] = await db
    .insert(webhooks)
    .values({
      ...input,
      events: [...new Set(input.events)],
      secret: input.secret ?? null,
      createdBy: actor.kind === 'user' ? actor.userId : null,
    })
    .returning();
  return present(row!);
}

export async function updateWebhook(db: Db, actor: Actor, id: string, input: z.infer<typeof WebhookUpdate>) {
  guard(actor);
  const [row] = await db
    .update(webhooks)
    .set({ ...input, ...(input.events ? { events: [...new Set(input.events)] } : {}), updatedAt: new Date() })
    .where(eq(webhooks.id, id))
    .returning();
  if (!row) throw notFound('Webhook');
  return present(row);
}

export async function deleteWebhook(db: Db, actor: Actor, id: string) {
  guard(actor);
  const [row] = await db.delete(webhooks).where(eq(webhooks.id, id)).returning({ id: webhooks.id });
  if (!row) throw notFound('Webhook');
}

/** The latest 50 deliveries, to see whether the channel receives them. */
export async function listDeliveries(db: Db, actor: Actor, id: string) {
  await getWebhook(db, actor, id);
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, id))
    .orderBy(desc(webhookDeliveries.id))
    .limit(50);
  return {
    items: rows.map(
      (d): z.infer<typeof WebhookDelivery> => ({
        id: d.id,
        event: d.eventKey.split(':')[0] ?? d.eventKey,
        attempts: d.attempts,
        lastStatus: d.lastStatus,
        lastError: d.lastError,
        deliveredAt: d.deliveredAt?.toISOString() ?? null,
        createdAt: d.createdAt.toISOString(),
      }),
    ),
  };
}
