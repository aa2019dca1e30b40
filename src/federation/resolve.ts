/**
 * Finding another network's actor from what an admin types: a handle
 * (network@minga.example.org, with or without a leading @, or acct:) via
 * WebFinger, or the actor's URL. Both lookups go through the guarded client.
 */
import { isActor, lookupObject } from '@fedify/vocab';
import type { MingaFederation } from './federation.ts';

export interface RemoteActor {
  id: string;
  host: string;
  inbox: string;
  sharedInbox: string | null;
  name: string;
  handle: string | null;
}

export class ResolveError extends Error {}

async function webfinger(mf: MingaFederation, handle: string): Promise<string> {
  const [user, host] = handle
    .replace(/^acct:/, '')
    .replace(/^@/, '')
    .split('@');
  if (!user || !host) throw new ResolveError('A handle looks like network@minga.example.org.');
  // Loopback test instances speak plain HTTP; anywhere else WebFinger is HTTPS.
  const scheme =
    mf.deps.config.federationAllowPrivate && /^(localhost|127\.|\[::1\])/.test(host) ? 'http' : 'https';
  const url = `${scheme}://${host}/.well-known/webfinger?resource=${encodeURIComponent(`acct:${user}@${host}`)}`;
  const res = await mf.fetch(url, { headers: { accept: 'application/jrd+json, application/json' } });
  if (!res.ok) throw new ResolveError(`WebFinger at ${host} answered ${res.status}.`);
  const jrd = (await res.json()) as { links?: Array<{ rel?: string; type?: string; href?: string }> };
  const self = jrd.links?.find(
    (l) =>
      l.rel === 'self' &&
      (l.type === 'application/activity+json' || l.type?.startsWith('application/ld+json')),
  );
  if (!self?.href) throw new ResolveError(`${handle} has no ActivityPub actor.`);
  return self.href;
}

export async function resolveActor(mf: MingaFederation, input: string): Promise<RemoteActor> {
  const trimmed = input.trim();
  const url = /^https?:\/\//.test(trimmed) ? trimmed : await webfinger(mf, trimmed);
  let actor: Awaited<ReturnType<typeof lookupObject>>;
  try {
    actor = await lookupObject(url, { documentLoader: mf.documentLoader, contextLoader: mf.documentLoader });
  } catch (err) {
    throw new ResolveError(`Could not read ${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!actor || !isActor(actor) || !actor.id || !actor.inboxId)
    throw new ResolveError(`${url} is not an actor.`);
  return {
    id: actor.id.href,
    host: actor.id.host,
    inbox: actor.inboxId.href,
    sharedInbox: actor.endpoints?.sharedInbox?.href ?? null,
    name: String(actor.name ?? actor.preferredUsername ?? actor.id.host),
    handle: actor.preferredUsername ? `${actor.preferredUsername}@${actor.id.host}` : null,
  };
}
