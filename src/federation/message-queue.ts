/**
 * Fedify's MessageQueue on Minga's job queue (pg-boss): inbox work survives a
 * restart and is retried by pg-boss with backoff (nativeRetrial), like every
 * other job. Fedify hands us its handler through listen(); the job runs it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MessageQueue, MessageQueueEnqueueOptions, MessageQueueListenOptions } from '@fedify/fedify';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import type { JobDefinition, JobQueue } from '../jobs/queue.ts';

type Handler = (message: unknown) => Promise<void> | void;

/**
 * The activity JSON exactly as it arrived (and as its signature covered it),
 * while Fedify runs our listener for it: Fedify's parsed objects keep only
 * the ActivityStreams terms they know, and Minga's lead terms are extensions.
 */
const arriving = new AsyncLocalStorage<Record<string, unknown>>();
export const arrivedJson = (): Record<string, unknown> | undefined => arriving.getStore();

export class PgBossMessageQueue implements MessageQueue {
  readonly nativeRetrial = true;
  readonly #db: Db;
  readonly #jobs: () => JobQueue;
  readonly #start: () => void;
  #handler: Handler | undefined;
  readonly job: JobDefinition<{ message: unknown }>;

  /** `start` asks Fedify to call listen() when a job arrives before Fedify has started its queue here. */
  constructor(opts: { db: Db; jobs: () => JobQueue; start: () => void }) {
    this.#db = opts.db;
    this.#jobs = opts.jobs;
    this.#start = opts.start;
    this.job = {
      name: 'federation-inbox.v1',
      schema: z.object({ message: z.unknown() }),
      retryLimit: 8,
      retryDelaySeconds: 5,
      batchSize: 10,
      handle: async ({ message }) => {
        if (!this.#handler) this.#start();
        if (!this.#handler) throw new Error('The federation queue is not listening.');
        const handler = this.#handler;
        const raw = (message as { type?: string; activity?: unknown }).activity;
        if (raw && typeof raw === 'object')
          await arriving.run(raw as Record<string, unknown>, () => handler(message));
        else await handler(message);
      },
    };
  }

  async enqueue(message: unknown, options?: MessageQueueEnqueueOptions): Promise<void> {
    const delay = options?.delay ? Math.ceil(Number(options.delay.total({ unit: 'second' }))) : 0;
    await this.#jobs().enqueue(
      this.#db,
      this.job,
      { message },
      delay > 0 ? { startAfterSeconds: delay } : {},
    );
  }

  listen(handler: Handler, options?: MessageQueueListenOptions): Promise<void> {
    this.#handler = handler;
    return new Promise((resolve) => {
      if (!options?.signal) return;
      options.signal.addEventListener('abort', () => {
        this.#handler = undefined;
        resolve();
      });
    });
  }
}
