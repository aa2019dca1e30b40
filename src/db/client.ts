/** One pool, one Drizzle instance; every query in Minga goes through these. */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from '../lib/log.ts';
import * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  /** The connection string, for components that open their own connections (the job queue). */
  url: string;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function connect(url: string, log: Logger, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // A dropped connection must not take the process down; the pool replaces it.
  pool.on('error', (err) => log.warn('database connection error', { error: err.message }));
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { db, pool, url, close: () => pool.end() };
}
