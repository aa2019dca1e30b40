/** The federation's jobs, for the job registry: inbox processing, fan-out and delivery. */
import type { JobDefinition } from '../jobs/queue.ts';
import { type FederationDeps, federationFor } from './federation.ts';

export function federationJobs(deps: FederationDeps): JobDefinition<unknown>[] {
  const mf = federationFor(deps);
  return [mf.queue.job, mf.outbox.fanout, mf.outbox.deliver] as JobDefinition<unknown>[];
}
