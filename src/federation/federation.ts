/**
 * Minga's Fedify instance: one per database (so two Minga apps can live in one
 * process in tests), built on first use from the app's dependencies. It
 * serves the actors (the network and each co-op), their keys, collections,
 * objects, WebFinger and NodeInfo, and routes verified inbox activities to
 * inbox.ts. Everything it fetches goes through the guarded client.
 */
import { createFederation, type DocumentLoader, type Federation, FetchError } from '@fedify/fedify';
import { preloadedContexts } from '@fedify/vocab-runtime';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { Logger } from '../lib/log.ts';
import { deliveryJobs } from './delivery.ts';
import { registerDispatchers } from './dispatchers.ts';
import { guardedFetcher } from './guarded-fetch.ts';
import { registerInbox } from './inbox.ts';
import { type ActorKeys, keyStore } from './keys.ts';
import { PostgresKvStore } from './kv.ts';
import { listenLeadChanges } from './lead-hook.ts';
import { PgBossMessageQueue } from './message-queue.ts';
import { publishLeadChanges } from './publish.ts';
import { type Urls, USER_AGENT, urlsFor } from './urls.ts';

export interface FederationDeps {
  config: Config;
  database: Database;
  log: Logger;
  jobs: JobQueue;
}

export interface MingaFederation {
  federation: Federation<FederationDeps>;
  deps: FederationDeps;
  urls: Urls;
  keys(actor: string): Promise<ActorKeys>;
  queue: PgBossMessageQueue;
  documentLoader: DocumentLoader;
  fetch: ReturnType<typeof guardedFetcher>;
  outbox: ReturnType<typeof deliveryJobs>;
}

const MAX_DOCUMENT_BYTES = 512 * 1024;

/** JSON-LD documents: well-known contexts from memory, everything else through the guarded client. */
export function guardedDocumentLoader(fetcher: ReturnType<typeof guardedFetcher>): DocumentLoader {
  return async (url) => {
    const known = (preloadedContexts as Record<string, unknown>)[url];
    if (known) return { contextUrl: null, documentUrl: url, document: known };
    const res = await fetcher(url, {
      headers: { accept: 'application/activity+json, application/ld+json; q=0.9', 'user-agent': USER_AGENT },
    });
    if (!res.ok) throw new FetchError(new URL(url), `HTTP ${res.status}: ${url}`);
    return { contextUrl: null, documentUrl: res.url || url, document: await res.json() };
  };
}

const instances = new WeakMap<Database, MingaFederation>();

export function federationFor(deps: FederationDeps): MingaFederation {
  const existing = instances.get(deps.database);
  if (existing) return existing;
  const fetch = guardedFetcher({
    allowPrivate: deps.config.federationAllowPrivate,
    timeoutMs: 10_000,
    maxBytes: MAX_DOCUMENT_BYTES,
  });
  const documentLoader = guardedDocumentLoader(fetch);
  let federation: Federation<FederationDeps> | undefined;
  const queue = new PgBossMessageQueue({
    db: deps.database.db,
    jobs: () => deps.jobs,
    // A worker may run a queued inbox message before this process received any request.
    start: () => void federation?.startQueue(deps).catch(() => undefined),
  });
  federation = createFederation<FederationDeps>({
    kv: new PostgresKvStore(deps.database.db),
    queue: { inbox: queue },
    manuallyStartQueue: true,
    origin: deps.config.publicUrl,
    documentLoaderFactory: () => documentLoader,
    contextLoaderFactory: () => documentLoader,
    signatureTimeWindow: { hours: 1 },
  });
  const mf: MingaFederation = {
    federation,
    deps,
    urls: urlsFor(deps.config.publicUrl),
    keys: keyStore(deps.database.db),
    queue,
    documentLoader,
    fetch,
  } as MingaFederation;
  mf.outbox = deliveryJobs(mf);
  registerDispatchers(mf);
  registerInbox(mf);
  void federation.startQueue(deps).catch(() => undefined);
  listenLeadChanges(deps.database.url, (tx, leadId) => publishLeadChanges(mf, tx, leadId));
  instances.set(deps.database, mf);
  return mf;
}
