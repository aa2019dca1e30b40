/**
 * Outgoing chat webhooks. A message is stored once per webhook and event
 * (webhook_deliveries, unique on both), enqueued in the transaction that
 * stored it, and POSTed by a job: JSON in the Mattermost/Slack
 * incoming-webhook shape, a timeout, a size cap, no redirects followed, and
 * an HMAC-SHA256 signature when the webhook has a secret. A failure throws
 * so the queue retries with backoff; a delivered message is never sent again.
 * Logs name the delivery and webhook ids, never the URL (chat webhook URLs
 * are credentials) nor the message.
 */
import { createHmac } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type WebhookEvent, webhookDeliveries, webhooks } from '../../db/schema/notifications.ts';
import type { Deps } from '../../http/context.ts';
import { enqueueDelivery } from './job-refs.ts';
import { type ChatInput, chatMessage } from './notification.rules.ts';

export const WEBHOOK_TIMEOUT_MS = 5_000;
/** Chat servers reject large messages anyway; ours are a few hundred bytes. */
export const WEBHOOK_MAX_BYTES = 16 * 1024;

/** Stores and enqueues one message per active webhook subscribed to `event`. */
export async function queueChatMessages(
  deps: Deps,
  tx: DbOrTx,
  event: WebhookEvent,
  eventKey: string,
  input: ChatInput,
) {
  const hooks = await tx
    .select({ id: webhooks.id, locale: webhooks.locale })
    .from(webhooks)
    .where(and(eq(webhooks.active, true), sql`${event} = any(${webhooks.events})`));
  for (const hook of hooks) {
    const payload = chatMessage(hook.locale, input, deps.config.publicUrl);
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({ webhookId: hook.id, eventKey, payload: { ...payload } })
      .onConflictDoNothing({ target: [webhookDeliveries.webhookId, webhookDeliveries.eventKey] })
      .returning({ id: webhookDeliveries.id });
    if (row) await enqueueDelivery(deps.jobs, tx, row.id);
  }
}

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

type Attempt = { ok: true; status: number } | { ok: false; status: number | null; error: string };

async function post(url: string, body: string, headers: Record<string, string>): Promise<Attempt> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    // The answer's body is of no use to us: do not read (or buffer) it.
    await res.body?.cancel().catch(() => {});
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    return { ok: false, status: res.status, error: `answered ${res.status}` };
  } catch (err) {
    const e = err as Error;
    const error = e.name === 'TimeoutError' ? `no answer within ${WEBHOOK_TIMEOUT_MS} ms` : e.name;
    return { ok: false, status: null, error };
  }
}

/** Sends one delivery; throws (so the queue retries) when the receiver did not take it. */
export async function deliverWebhook(deps: Deps, deliveryId: number): Promise<void> {
  const failure = await deps.database.db.transaction(async (tx) => {
    // SKIP LOCKED: if another worker holds this delivery, it is being sent right now.
    const r = await tx.execute<{
      url: string;
      secret: string | null;
      active: boolean;
      payload: unknown;
      delivered: boolean;
    }>(sql`
      select w.url, w.secret, w.active, d.payload, d.delivered_at is not null as delivered, d.webhook_id
      from webhook_deliveries d join webhooks w on w.id = d.webhook_id
      where d.id = ${deliveryId} for update of d skip locked`);
    const row = r.rows[0];
    if (!row || row.delivered || !row.active) return null;
    const body = JSON.stringify(typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload);
    const bytes = Buffer.byteLength(body);
    if (bytes > WEBHOOK_MAX_BYTES) {
      await tx
        .update(webhookDeliveries)
        .set({ lastError: `message of ${bytes} bytes is over the ${WEBHOOK_MAX_BYTES}-byte cap` })
        .where(eq(webhookDeliveries.id, deliveryId));
      deps.log.warn('webhook message too large; not sent', { deliveryId, bytes });
      return null;
    }
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Minga-Webhooks/1',
      'x-minga-delivery': String(deliveryId),
    };
    if (row.secret) headers['x-minga-signature'] = signature(row.secret, body);
    const attempt = await post(row.url, body, headers);
    await tx
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatus: attempt.status,
        lastError: attempt.ok ? null : attempt.error,
        deliveredAt: attempt.ok ? new Date() : null,
      })
      .where(eq(webhookDeliveries.id, deliveryId));
    return attempt.ok ? null : attempt.error;
  });
  if (failure) {
    deps.log.warn('webhook delivery failed; it will be retried', { deliveryId, error: failure });
    throw new Error(`webhook delivery ${deliveryId} failed: ${failure}`);
  }
}
