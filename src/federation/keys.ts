/**
 * Our actors' key pairs: RSA (HTTP Signatures, what Mastodon verifies) and
 * Ed25519 (Object Integrity Proofs). Made on first use, kept as JWK in
 * federation_keys; private keys never leave the database and this process.
 */
import { exportJwk, generateCryptoKeyPair, importJwk } from '@fedify/fedify';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { federationKeys } from '../db/schema/federation.ts';

const ALGORITHMS = ['RSASSA-PKCS1-v1_5', 'Ed25519'] as const;

export interface ActorKeys {
  rsa: CryptoKeyPair;
  ed25519: CryptoKeyPair;
}

async function loadOrCreate(db: Db, actor: string, algorithm: (typeof ALGORITHMS)[number]) {
  const where = and(eq(federationKeys.actor, actor), eq(federationKeys.algorithm, algorithm));
  let [row] = await db.select().from(federationKeys).where(where);
  if (!row) {
    const pair = await generateCryptoKeyPair(algorithm);
    await db
      .insert(federationKeys)
      .values({
        actor,
        algorithm,
        publicJwk: await exportJwk(pair.publicKey),
        privateJwk: await exportJwk(pair.privateKey),
      })
      .onConflictDoNothing();
    // Another process may have won the race: the stored pair is the one.
    [row] = await db.select().from(federationKeys).where(where);
  }
  return {
    publicKey: await importJwk(row!.publicJwk, 'public'),
    privateKey: await importJwk(row!.privateJwk, 'private'),
  };
}

/** Key pairs by actor, cached for the life of the process (they never change). */
export function keyStore(db: Db) {
  const cache = new Map<string, Promise<ActorKeys>>();
  return (actor: string): Promise<ActorKeys> => {
    let p = cache.get(actor);
    if (!p) {
      p = (async () => ({
        rsa: await loadOrCreate(db, actor, 'RSASSA-PKCS1-v1_5'),
        ed25519: await loadOrCreate(db, actor, 'Ed25519'),
      }))();
      p.catch(() => cache.delete(actor));
      cache.set(actor, p);
    }
    return p;
  };
}
