/**
 * Sliding-window rate limits kept in the database, so that every Minga
 * process counts the same hits. A transaction-scoped advisory lock per bucket
 * makes "count, then record" atomic across processes.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

export type Hit = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Records a hit in `bucket` unless it already holds `limit` hits within the window. Call inside a transaction. */
export async function takeHit(
  tx: DbOrTx,
  bucket: string,
  limit: number,
  windowSeconds: number,
): Promise<Hit> {
  const window = sql`make_interval(secs => ${windowSeconds})`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${bucket}, 0))`);
  await tx.execute(sql`delete from rate_limit_hits where bucket = ${bucket} and at <= now() - ${window}`);
  const r = await tx.execute<{ n: string; wait: string | null }>(sql`
    select count(*) as n, ceil(extract(epoch from (min(at) + ${window} - now()))) as wait
    from rate_limit_hits where bucket = ${bucket}`);
  const n = Number(r.rows[0]?.n ?? 0);
  if (n >= limit)
    return { ok: false, retryAfterSeconds: Math.max(1, Number(r.rows[0]?.wait ?? windowSeconds)) };
  await tx.execute(sql`insert into rate_limit_hits (bucket) values (${bucket})`);
  return { ok: true };
}
