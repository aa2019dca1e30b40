/**
 * Applies the SQL migrations in src/db/migrations (copied next to the bundle
 * as dist/migrations) inside one advisory lock, so concurrent starts are safe.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.ts';

export function migrationsFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, 'migrations'), path.join(here, '..', 'src', 'db', 'migrations')]) {
    if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
  }
  throw new Error(`No migrations folder found near ${here}`);
}

export async function runMigrations(database: Database): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock(7243001)');
    await migrate(database.db, { migrationsFolder: migrationsFolder() });
  } finally {
    await client.query('select pg_advisory_unlock(7243001)').catch(() => undefined);
    client.release();
  }
}
