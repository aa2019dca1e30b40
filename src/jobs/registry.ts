/**
 * Every job Minga runs, built from the app's dependencies. A feature adds its
 * job definitions here; the queue creates their queues at start-up.
 */
import type { Deps } from '../http/context.ts';
import type { JobDefinition } from './queue.ts';

export function jobDefinitions(_deps: Deps): JobDefinition<unknown>[] {
  return [];
}
