/**
 * Mounts Fedify in Hono, ahead of the web app's fallback: ActivityPub,
 * WebFinger and NodeInfo paths go to federation.fetch(); what Fedify does
 * not know falls through; an ActivityPub document asked for as HTML gets 406.
 *
 * Inbox posts pass a stricter gate first: a body of sane size, an instance
 * we have not blocked, and a valid HTTP signature whose key's owner is the
 * activity's actor. Fedify would also accept an activity carrying only an
 * embedded proof; Minga asks every post for an HTTP signature, so unsigned
 * or badly signed posts get 401 and never reach a handler.
 */
import { type KeyCache, verifyRequest } from '@fedify/fedify';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { isBlocked } from './delivery.ts';
import { type FederationDeps, federationFor, type MingaFederation } from './federation.ts';

const MAX_INBOX_BYTES = 256 * 1024;
const INBOX = /^\/ap\/(inbox|coops\/[^/]+\/inbox)$/;
const FEDERATED = /^\/(ap\/|\.well-known\/(webfinger|nodeinfo|host-meta)|nodeinfo\/)/;

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** Remote keys by id, in memory: a key is fetched once per process, then reused. */
function memoryKeyCache(max = 5000): KeyCache {
  const cache = new Map<string, Awaited<ReturnType<KeyCache['get']>>>();
  return {
    get: async (keyId) => cache.get(keyId.href),
    set: async (keyId, key) => {
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      cache.set(keyId.href, key);
    },
  };
}

const keyIdHost = (request: Request): string | undefined => {
  const header = request.headers.get('signature') ?? request.headers.get('signature-input') ?? '';
  const m = /keyid="([^"]+)"/i.exec(header);
  try {
    return m ? new URL(m[1]!).host : undefined;
  } catch {
    return undefined;
  }
};

/** null when the post may go on to Fedify; otherwise the refusal. */
async function gateInboxPost(
  mf: MingaFederation,
  request: Request,
  keyCache: KeyCache,
): Promise<Response | null> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_INBOX_BYTES) return plain(413, 'Activity too large.');
  if (!request.headers.has('signature') && !request.headers.has('signature-input')) {
    return plain(401, 'Inbox posts must carry an HTTP signature.');
  }
  const host = keyIdHost(request);
  if (host && (await isBlocked(mf.deps.database.db, host))) return plain(403, 'This instance is blocked.');
  const body = await request.clone().text();
  if (body.length > MAX_INBOX_BYTES) return plain(413, 'Activity too large.');
  let actor: unknown;
  try {
    const json = JSON.parse(body) as { actor?: unknown };
    actor = typeof json.actor === 'object' && json.actor ? (json.actor as { id?: unknown }).id : json.actor;
  } catch {
    return plain(400, 'The body is not JSON.');
  }
  let key: Awaited<ReturnType<typeof verifyRequest>> = null;
  try {
    key = await verifyRequest(request.clone(), {
      documentLoader: mf.documentLoader,
      contextLoader: mf.documentLoader,
      timeWindow: { hours: 1 },
      keyCache,
    });
  } catch (err) {
    mf.deps.log.debug('signature check failed', { error: String(err) });
  }
  if (!key) return plain(401, 'The HTTP signature is missing, stale or invalid.');
  if (typeof actor !== 'string' || key.ownerId?.href !== actor) {
    return plain(401, 'The signing key does not belong to the activity’s actor.');
  }
  return null;
}

export function federationMiddleware(deps: FederationDeps): MiddlewareHandler<AppEnv> {
  const keyCache = memoryKeyCache();
  return async (c, next) => {
    if (!FEDERATED.test(`${c.req.path}/`)) return next();
    const mf = federationFor(deps);
    const request = c.req.raw;
    if (request.method === 'POST' && INBOX.test(c.req.path)) {
      const refused = await gateInboxPost(mf, request, keyCache);
      if (refused) return refused;
    }
    let fallThrough = false;
    const response = await mf.federation.fetch(request, {
      contextData: mf.deps,
      onNotFound: () => {
        fallThrough = true;
        return new Response(null, { status: 404 });
      },
      onNotAcceptable: () =>
        new Response('This is an ActivityPub document; ask for application/activity+json.', {
          status: 406,
          headers: { 'content-type': 'text/plain; charset=utf-8', vary: 'Accept' },
        }),
    });
    if (fallThrough) return next();
    return response;
  };
}
