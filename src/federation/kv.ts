/**
 * Fedify's key–value store on a Minga table (remote key cache, idempotence
 * marks, signature-spec memory). Expired rows read as absent and are pruned
 * when their key is written again.
 */
import type { KvKey, KvStore, KvStoreListEntry, KvStoreSetOptions } from '@fedify/fedify';
import { and, eq, gt, isNull, like, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { federationKv } from '../db/schema/federation.ts';

// A separator no key part contains, so prefixes cannot run into each other.
const SEP = '\u001f';
const encode = (key: KvKey) => key.join(SEP);
const decode = (key: string) => key.split(SEP) as unknown as KvKey;
const live = () => or(isNull(federationKv.expiresAt), gt(federationKv.expiresAt, sql`now()`));
const expiry = (o?: KvStoreSetOptions) =>
  o?.ttl ? new Date(Date.now() + Number(o.ttl.total({ unit: 'millisecond' }))) : null;

export class PostgresKvStore implements KvStore {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  async get<T = unknown>(key: KvKey): Promise<T | undefined> {
    const [row] = await this.#db
      .select({ value: federationKv.value })
      .from(federationKv)
      .where(and(eq(federationKv.key, encode(key)), live()));
    return row?.value as T | undefined;
  }

  async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
    const expiresAt = expiry(options);
    await this.#db
      .insert(federationKv)
      .values({ key: encode(key), value: value as object, expiresAt })
      .onConflictDoUpdate({ target: federationKv.key, set: { value: value as object, expiresAt } });
  }

  async delete(key: KvKey): Promise<void> {
    await this.#db.delete(federationKv).where(eq(federationKv.key, encode(key)));
  }

  async cas(key: KvKey, expected: unknown, next: unknown, options?: KvStoreSetOptions): Promise<boolean> {
    return this.#db.transaction(async (tx) => {
      const k = encode(key);
      const [row] = await tx
        .select({ value: federationKv.value, expiresAt: federationKv.expiresAt })
        .from(federationKv)
        .where(eq(federationKv.key, k))
        .for('update');
      const current = row && (!row.expiresAt || row.expiresAt > new Date()) ? row.value : undefined;
      if (JSON.stringify(current) !== JSON.stringify(expected)) return false;
      const expiresAt = expiry(options);
      await tx
        .insert(federationKv)
        .values({ key: k, value: next as object, expiresAt })
        .onConflictDoUpdate({ target: federationKv.key, set: { value: next as object, expiresAt } });
      return true;
    });
  }

  async *list(prefix?: KvKey): AsyncIterable<KvStoreListEntry> {
    const p = prefix ? encode(prefix) : '';
    const escaped = p.replace(/[\\%_]/g, (c) => `\\${c}`);
    const rows = await this.#db
      .select({ key: federationKv.key, value: federationKv.value })
      .from(federationKv)
      .where(
        and(
          live(),
          prefix ? or(eq(federationKv.key, p), like(federationKv.key, `${escaped}${SEP}%`)) : undefined,
        ),
      );
    for (const r of rows) yield { key: decode(r.key), value: r.value };
  }
}
