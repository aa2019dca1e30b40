/**
 * The one way to run work later: pg-boss queues in Minga's database. A job is
 * enqueued inside the transaction that made it necessary, so a rollback
 * leaves no job behind. Jobs may run more than once: handlers are idempotent.
 */
import { sql } from 'drizzle-orm';
import { fromDrizzle, PgBoss } from 'pg-boss';
import type { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';
import type { Logger } from '../lib/log.ts';

export interface JobDefinition<T> {
  /** Versioned name, e.g. "notify-lead-published.v1": a new payload shape gets a new name. */
  name: string;
  schema: z.ZodType<T>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Cron expression (UTC): the worker also enqueues this job on that schedule, with data `{}`. */
  cron?: string;
  /**
   * Jobs a worker takes at once and runs side by side, each failing on its own
   * (e.g. deliveries to many servers); a full batch fetches the next at once.
   */
  batchSize?: number;
  handle(data: T): Promise<void>;
}

export interface JobQueue {
  enqueue<T>(
    tx: DbOrTx,
    def: JobDefinition<T>,
    data: T,
    opts?: { singletonKey?: string; startAfterSeconds?: number },
  ): Promise<void>;
  /** Runs queued jobs now, in this process, until none are left (tests and one-shot CLI commands). */
  drain(maxRounds?: number): Promise<number>;
  stop(): Promise<void>;
}

export async function startJobQueue(opts: {
  url: string;
  log: Logger;
  definitions: JobDefinition<unknown>[];
  /** Whether this process works the queues, or only enqueues (a web-only process). */
  work: boolean;
}): Promise<JobQueue> {
  const { log } = opts;
  const boss = new PgBoss({ connectionString: opts.url, max: 4, schedule: opts.work, supervise: opts.work });
  boss.on('error', (err) => log.warn('job queue error', { error: String(err) }));
  await boss.start();
  const byName = new Map(opts.definitions.map((d) => [d.name, d]));
  for (const def of opts.definitions) {
    await boss.createQueue(def.name, {
      retryLimit: def.retryLimit ?? 5,
      retryDelay: def.retryDelaySeconds ?? 10,
      retryBackoff: true,
    });
    if (def.cron && opts.work) await boss.schedule(def.name, def.cron, {}, { tz: 'UTC' });
  }

  const run = async (def: JobDefinition<unknown>, data: unknown) => {
    const parsed = def.schema.safeParse(data);
    if (!parsed.success) {
      log.error('job payload rejected', { job: def.name, issues: parsed.error.issues.length });
      return;
    }
    await def.handle(parsed.data);
  };

  if (opts.work) {
    for (const def of opts.definitions) {
      if (def.batchSize && def.batchSize > 1) {
        const options = { pollingIntervalSeconds: 1, batchSize: def.batchSize, burstWhenBatchFull: true };
        await boss.work(def.name, options, async (jobs) => {
          await Promise.all(
            jobs.map((job) =>
              run(def, job.data).catch(async (err) => {
                log.warn('job failed', { job: def.name, error: String(err) });
                await boss.fail(def.name, job.id, { error: String(err) });
              }),
            ),
          );
        });
        continue;
      }
      await boss.work(def.name, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) await run(def, job.data);
      });
    }
  }

  return {
    async enqueue(tx, def, data, o = {}) {
      if (!byName.has(def.name)) throw new Error(`Job ${def.name} is not registered`);
      await boss.send(def.name, data as object, {
        db: fromDrizzle(tx as unknown as Parameters<typeof fromDrizzle>[0], sql),
        singletonKey: o.singletonKey,
        startAfter: o.startAfterSeconds,
      });
    },
    async drain(maxRounds = 20) {
      let ran = 0;
      for (let round = 0; round < maxRounds; round++) {
        let found = 0;
        for (const def of opts.definitions) {
          const jobs = await boss.fetch(def.name, { batchSize: 50 });
          for (const job of jobs) {
            found++;
            try {
              await run(def, job.data);
              await boss.complete(def.name, job.id);
            } catch (err) {
              log.warn('job failed', { job: def.name, error: String(err) });
              await boss.fail(def.name, job.id, { error: String(err) });
            }
          }
        }
        ran += found;
        if (found === 0) break;
      }
      return ran;
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
