/** Names and payloads of the notification jobs, and how to enqueue them (see notification.jobs.ts). */
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import type { JobDefinition, JobQueue } from '../../jobs/queue.ts';

const spec = <T>(name: string, schema: z.ZodType<T>) => ({ name, schema });

export const OUTBOX_SWEEP = spec('lead-outbox-sweep.v1', z.object({}));
export const NOTIFICATION_EMAIL = spec('notification-email.v1', z.object({ notificationId: z.uuid() }));
export const DAILY_DIGEST = spec('notification-digest.v1', z.object({}));
export const WEBHOOK_DELIVERY = spec('webhook-delivery.v1', z.object({ deliveryId: z.number().int() }));

/**
 * Something to enqueue by name: the queue runs the definition registered
 * under that name (built in `notificationJobs`), never this placeholder.
 */
function ref<T>(s: { name: string; schema: z.ZodType<T> }): JobDefinition<T> {
  return {
    ...s,
    handle: () => Promise.reject(new Error(`${s.name}: enqueue-only reference`)),
  };
}

export const enqueueEmail = (jobs: JobQueue, tx: DbOrTx, notificationId: string) =>
  jobs.enqueue(tx, ref(NOTIFICATION_EMAIL), { notificationId });

export const enqueueDelivery = (jobs: JobQueue, tx: DbOrTx, deliveryId: number) =>
  jobs.enqueue(tx, ref(WEBHOOK_DELIVERY), { deliveryId });

/** Asks for an outbox sweep now rather than at the next minute. */
export const kickOutbox = (jobs: JobQueue, tx: DbOrTx) => jobs.enqueue(tx, ref(OUTBOX_SWEEP), {});

/** Asks for the daily digest now. */
export const kickDigest = (jobs: JobQueue, tx: DbOrTx) => jobs.enqueue(tx, ref(DAILY_DIGEST), {});
