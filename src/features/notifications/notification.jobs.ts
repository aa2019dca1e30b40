/**
 * The jobs that tell members about leads, all on the one job queue:
 *
 * - `lead-outbox-sweep.v1`, every minute: handles pending lead_outbox rows
 *   (publications, interests, mentions), one transaction per row, and marks
 *   them handled. A sweep rather than a job per outbox row keeps the leads
 *   slice free of any knowledge of who listens, and picks up rows however
 *   they were written. `kickOutbox()` runs one now (tests, one-shot commands).
 * - `notification-email.v1`: one immediate email for one notification.
 * - `notification-digest.v1`, daily at 07:00 UTC: one email per member with
 *   everything waiting for their digest.
 * - `webhook-delivery.v1`: one POST of one chat message, retried with
 *   backoff when the receiver fails or times out.
 *
 * Every handler may run twice: rows are claimed with locks and marked in
 * the same transaction, and notifications are unique per user and key.
 */
import type { Deps } from '../../http/context.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import { DAILY_DIGEST, NOTIFICATION_EMAIL, OUTBOX_SWEEP, WEBHOOK_DELIVERY } from './job-refs.ts';
import { sendDailyDigests, sendNotificationEmail } from './notification.email.ts';
import { processOutbox } from './outbox.ts';
import { deliverWebhook } from './webhook.delivery.ts';

export function notificationJobs(deps: Deps): JobDefinition<unknown>[] {
  const defs = [
    {
      ...OUTBOX_SWEEP,
      cron: '* * * * *',
      retryLimit: 2,
      handle: async () => void (await processOutbox(deps)),
    } satisfies JobDefinition<object>,
    {
      ...NOTIFICATION_EMAIL,
      retryLimit: 5,
      retryDelaySeconds: 60,
      handle: (d) => sendNotificationEmail(deps, d.notificationId),
    } satisfies JobDefinition<{ notificationId: string }>,
    {
      ...DAILY_DIGEST,
      cron: '0 7 * * *',
      retryLimit: 3,
      retryDelaySeconds: 300,
      handle: async () => void (await sendDailyDigests(deps)),
    } satisfies JobDefinition<object>,
    {
      ...WEBHOOK_DELIVERY,
      retryLimit: 6,
      retryDelaySeconds: 30,
      handle: (d) => deliverWebhook(deps, d.deliveryId),
    } satisfies JobDefinition<{ deliveryId: number }>,
  ];
  return defs as JobDefinition<unknown>[];
}
