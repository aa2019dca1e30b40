/** Where our ActivityPub documents live; the Fedify routes in federation.ts use the same paths. */
import { randomUUID } from 'node:crypto';

export const NETWORK = 'network';
export const USER_AGENT = 'Minga/0.1 (ActivityPub; +https://minga.coop)';

export const PATHS = {
  actor: '/ap/coops/{identifier}',
  networkAlias: '/ap/network',
  inbox: '/ap/coops/{identifier}/inbox',
  sharedInbox: '/ap/inbox',
  outbox: '/ap/coops/{identifier}/outbox',
  followers: '/ap/coops/{identifier}/followers',
  lead: '/ap/leads/{id}',
  post: '/ap/posts/{id}',
  interest: '/ap/interests/{id}',
  activity: '/ap/activities/{id}',
} as const;

export function urlsFor(origin: string) {
  const o = origin.replace(/\/$/, '');
  const actor = (identifier: string) =>
    identifier === NETWORK ? `${o}/ap/network` : `${o}/ap/coops/${encodeURIComponent(identifier)}`;
  return {
    origin: o,
    host: new URL(o).host,
    actor,
    network: actor(NETWORK),
    inbox: (identifier: string) => `${o}/ap/coops/${encodeURIComponent(identifier)}/inbox`,
    sharedInbox: `${o}/ap/inbox`,
    outbox: (identifier: string) => `${o}/ap/coops/${encodeURIComponent(identifier)}/outbox`,
    followers: (identifier: string) => `${o}/ap/coops/${encodeURIComponent(identifier)}/followers`,
    lead: (id: string) => `${o}/ap/leads/${id}`,
    post: (id: string) => `${o}/ap/posts/${id}`,
    interest: (id: string) => `${o}/ap/interests/${id}`,
    /** A fresh activity id: never derived from (actor, object), so a repeat is a new activity. */
    activity: () => `${o}/ap/activities/${randomUUID()}`,
    /** The lead's page in the web app (members sign in there). */
    leadPage: (id: string) => `${o}/leads/${id}`,
  };
}
export type Urls = ReturnType<typeof urlsFor>;
