/**
 * The decisions' jobs: a reminder to those who have not voted, 24 hours
 * before closing, and the automatic close at closing time. Both are enqueued
 * with the decision, in its transaction, and both are idempotent: a reminder
 * goes once per person, and a closed decision is not closed again.
 */
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import type { Deps } from '../../http/context.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import { closeDueDecisions } from './outcome.service.ts';
import { remindVoters } from './reminder.service.ts';

const Payload = z.object({ decisionId: z.uuid() });
type Payload = z.infer<typeof Payload>;

export const REMIND_JOB = 'decision-remind.v1';
export const CLOSE_JOB = 'decision-close.v1';

const REMIND_BEFORE_MS = 24 * 3600 * 1000;

export function decisionJobs(deps: Deps): JobDefinition<unknown>[] {
  const remind: JobDefinition<Payload> = {
    name: REMIND_JOB,
    schema: Payload,
    handle: async ({ decisionId }) => void (await remindVoters(deps, decisionId)),
  };
  const close: JobDefinition<Payload> = {
    name: CLOSE_JOB,
    schema: Payload,
    handle: async () => void (await closeDueDecisions(deps)),
  };
  return [remind, close] as JobDefinition<unknown>[];
}

const ref = (name: string): JobDefinition<Payload> => ({
  name,
  schema: Payload,
  handle: () => Promise.reject(new Error(`${name}: enqueue-only reference`)),
});

/** Schedules the reminder (24 hours before closing, or now if that has passed) and the close. */
export async function scheduleDecisionJobs(
  jobs: Deps['jobs'],
  tx: DbOrTx,
  d: { id: string; closesAt: Date },
  now: Date,
): Promise<void> {
  const remindIn = Math.max(0, Math.floor((d.closesAt.getTime() - REMIND_BEFORE_MS - now.getTime()) / 1000));
  const closeIn = Math.max(0, Math.ceil((d.closesAt.getTime() - now.getTime()) / 1000));
  await jobs.enqueue(tx, ref(REMIND_JOB), { decisionId: d.id }, { startAfterSeconds: remindIn });
  await jobs.enqueue(tx, ref(CLOSE_JOB), { decisionId: d.id }, { startAfterSeconds: closeIn });
}
