/**
 * Every job Minga runs, built from the app's dependencies. A feature adds its
 * job definitions here; the queue creates their queues at start-up.
 */
import { trustJobs } from '../features/collaboration/trust.jobs.ts';
import { decisionJobs } from '../features/decisions/decision.jobs.ts';
import { notificationJobs } from '../features/notifications/notification.jobs.ts';
import { federationJobs } from '../federation/jobs.ts';
import type { Deps } from '../http/context.ts';
import type { JobDefinition } from './queue.ts';

export function jobDefinitions(deps: Deps): JobDefinition<unknown>[] {
  return [...federationJobs(deps), ...notificationJobs(deps), ...decisionJobs(deps), ...trustJobs(deps)];
}
