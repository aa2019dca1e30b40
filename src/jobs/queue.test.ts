import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { freshDatabase } from '../../tests/support/db.ts';
import type { Database } from '../db/client.ts';
import { createLogger } from '../lib/log.ts';
import { type JobDefinition, type JobQueue, startJobQueue } from './queue.ts';

let database: Database;
let jobs: JobQueue;
const seen: string[] = [];
const echo: JobDefinition<{ word: string }> = {
  name: 'test-echo.v1',
  schema: z.object({ word: z.string() }),
  handle: async ({ word }) => {
    if (word === 'explode') throw new Error('boom');
    seen.push(word);
  },
};

beforeAll(async () => {
  ({ database } = await freshDatabase());
  jobs = await startJobQueue({
    url: database.url,
    log: createLogger('silent'),
    definitions: [echo as JobDefinition<unknown>],
    work: false,
  });
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
});

describe('job queue', () => {
  it('runs a job enqueued in a committed transaction', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await jobs.enqueue(tx, echo, { word: 'committed' });
    });
    expect(await jobs.drain()).toBe(1);
    expect(seen).toContain('committed');
  });

  it('leaves no job behind when the transaction rolls back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.enqueue(tx, echo, { word: 'rolled-back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await jobs.drain()).toBe(0);
    expect(seen).not.toContain('rolled-back');
  });

  it('records a failing job as failed instead of losing it', async () => {
    await jobs.enqueue(database.db, echo, { word: 'explode' });
    expect(await jobs.drain(1)).toBe(1);
    const r = await database.db.execute<{ state: string }>(
      sql`select state from pgboss.job where name = ${echo.name} and data->>'word' = 'explode'`,
    );
    expect(r.rows.map((x) => x.state)).toEqual([expect.stringMatching(/retry|failed/)]);
  });
});
