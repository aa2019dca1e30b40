/**
 * Opens Minga's database: the server named by DATABASE_URL, or the embedded
 * PostgreSQL in the data folder. Either way the same migrations run.
 */
import type { Config } from '../config.ts';
import type { Logger } from '../lib/log.ts';
import { connect, type Database } from './client.ts';
import { ensureDatabase, startEmbedded } from './embedded.ts';
import { runMigrations } from './migrate.ts';

export interface OpenDatabase {
  database: Database;
  /** Where the data lives, for people reading the start-up message. */
  description: string;
  close(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  log: Logger,
  opts: { migrate?: boolean } = {},
): Promise<OpenDatabase> {
  let database: Database;
  let description: string;
  let stopCluster = async () => {};
  if (config.databaseUrl) {
    database = connect(config.databaseUrl, log);
    const u = new URL(config.databaseUrl);
    description = `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } else {
    const cluster = await startEmbedded(config.dataDir, log);
    stopCluster = () => cluster.stop();
    try {
      await ensureDatabase(cluster.url('postgres'), 'minga');
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    database = connect(cluster.url('minga'), log);
    description = `embedded PostgreSQL in ${config.dataDir}`;
  }
  const close = async () => {
    await database.close().catch(() => undefined);
    await stopCluster();
  };
  if (opts.migrate !== false) {
    try {
      await runMigrations(database);
    } catch (err) {
      await close();
      throw err;
    }
  }
  return { database, description, close };
}
