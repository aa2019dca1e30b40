/**
 * The scheduled prompts that keep the network looking back and meeting:
 *
 * - `trust-prompts.v1`, every 15 minutes: retrospective requests for work
 *   that just ended, and reminders for events starting within a day.
 * - `outcome-review-due.v1`, daily at 06:00 UTC: review-date reminders.
 *
 * Both are idempotent (notifications are unique per member and key).
 */
import { z } from 'zod';
import type { Deps } from '../../http/context.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import { remindEvents } from '../spaces/event.reminders.ts';
import { remindReviews, requestRetrospectives } from './prompts.ts';

export function trustJobs(deps: Deps): JobDefinition<unknown>[] {
  const defs = [
    {
      name: 'trust-prompts.v1',
      schema: z.object({}),
      cron: '*/15 * * * *',
      retryLimit: 2,
      handle: async () => {
        await requestRetrospectives(deps);
        await remindEvents(deps);
      },
    } satisfies JobDefinition<object>,
    {
      name: 'outcome-review-due.v1',
      schema: z.object({}),
      cron: '0 6 * * *',
      retryLimit: 3,
      handle: async () => void (await remindReviews(deps)),
    } satisfies JobDefinition<object>,
  ];
  return defs as JobDefinition<unknown>[];
}
