/** Worker processes put the outbox sweep and the daily digest on pg-boss's schedule; web-only processes do not. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { startJobQueue } from '../../jobs/queue.ts';
import { capturingDeps } from './notification.fixtures.ts';
import { notificationJobs } from './notification.jobs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const schedules = async () =>
  (
    await t.database.db.execute<{ name: string; cron: string; tz: string | null }>(
      sql`select name, cron, options->>'tz' as tz from pgboss.schedule order by name`,
    )
  ).rows;

it('schedules the sweep every minute and the digest daily at 07:00 UTC, in workers only', async () => {
  const { deps, log } = capturingDeps(t);
  expect(await schedules()).toEqual([]);
  const worker = await startJobQueue({
    url: t.database.url,
    log,
    definitions: notificationJobs(deps),
    work: true,
  });
  try {
    expect(await schedules()).toEqual([
      { name: 'lead-outbox-sweep.v1', cron: '* * * * *', tz: 'UTC' },
      { name: 'notification-digest.v1', cron: '0 7 * * *', tz: 'UTC' },
    ]);
  } finally {
    await worker.stop();
  }
});
