/** A fresh, migrated database for one test file, cloned from the run's template. */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connect, type Database } from '../../src/db/client.ts';
import { ensureDatabase } from '../../src/db/embedded.ts';
import { createLogger } from '../../src/lib/log.ts';

export async function freshDatabase(): Promise<{ database: Database; url: string }> {
  const adminUrl = inject('adminUrl');
  const name = `minga_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(adminUrl, name, inject('template'));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return { database: connect(u.toString(), createLogger('warn'), 5), url: u.toString() };
}
