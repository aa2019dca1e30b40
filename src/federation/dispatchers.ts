/**
 * What other servers can read: the actors (the network as a Group, each
 * co-op as an Organization) with their keys, outbox (public posts only),
 * followers, the public lead posts, the partner lead objects (for signed
 * requests of active partners only) and NodeInfo.
 */
import {
  Activity,
  type CryptographicKey,
  Endpoints,
  Group,
  type Multikey,
  Note,
  Organization,
  Page,
} from '@fedify/vocab';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { coops } from '../db/schema/directory.ts';
import { federationActivities, federationFollowers, partnerships } from '../db/schema/federation.ts';
import { loadLead } from '../features/leads/lead.queries.ts';
import type { MingaFederation } from './federation.ts';
import { leadPage, publicNote } from './lead-object.ts';
import { partnersMaySee, publicMaySee } from './lead-sharing.rules.ts';
import { NETWORK, PATHS } from './urls.ts';

const PAGE = 20;
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

const sharingState = (lead: NonNullable<Awaited<ReturnType<typeof loadLead>>>) => ({
  status: lead.status,
  shareWithPartners: lead.shareWithPartners,
  shareWithPublic: lead.shareWithPublic,
  visibility: lead.visibility,
  merged: lead.mergedIntoId !== null,
});

export function registerDispatchers(mf: MingaFederation) {
  const { federation, urls } = mf;
  const db = () => mf.deps.database.db;

  const findCoop = async (slug: string) =>
    (
      await db()
        .select({
          slug: coops.slug,
          name: coops.name,
          description: coops.descriptionEn,
          website: coops.website,
        })
        .from(coops)
        .where(eq(coops.slug, slug))
    )[0];

  federation
    .setActorDispatcher(PATHS.actor, async (ctx, identifier) => {
      const common = async () => {
        const keys = await ctx.getActorKeyPairs(identifier);
        return {
          id: ctx.getActorUri(identifier),
          preferredUsername: identifier,
          outbox: ctx.getOutboxUri(identifier),
          followers: ctx.getFollowersUri(identifier),
          endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
          publicKey: keys[0]?.cryptographicKey as CryptographicKey | undefined,
          assertionMethods: keys.map((k) => k.multikey as Multikey),
          manuallyApprovesFollowers: false,
        };
      };
      if (identifier === NETWORK) {
        return new Group({
          ...(await common()),
          inbox: ctx.getInboxUri(),
          name: `Minga network at ${urls.host}`,
          summary: 'Work shared by the co-operatives of this network.',
          url: new URL(urls.origin),
        });
      }
      const coop = await findCoop(identifier);
      if (!coop) return null;
      return new Organization({
        ...(await common()),
        inbox: ctx.getInboxUri(identifier),
        name: coop.name,
        summary: coop.description || null,
        url: new URL(`${urls.origin}/coops/${coop.slug}`),
      });
    })
    .mapActorAlias(PATHS.networkAlias, NETWORK)
    .setKeyPairsDispatcher(async (_ctx, identifier) => {
      if (identifier !== NETWORK && !(await findCoop(identifier))) return [];
      const k = await mf.keys(identifier);
      return [k.rsa, k.ed25519];
    });

  federation
    .setFollowersDispatcher(PATHS.followers, async (_ctx, identifier) => {
      const rows = await db()
        .select()
        .from(federationFollowers)
        .where(eq(federationFollowers.followed, identifier));
      const items = rows.map((r) => ({
        id: new URL(r.actorId),
        inboxId: new URL(r.inbox),
        endpoints: r.sharedInbox ? { sharedInbox: new URL(r.sharedInbox) } : null,
      }));
      if (identifier === NETWORK) {
        const partners = await db().select().from(partnerships).where(eq(partnerships.status, 'active'));
        for (const p of partners) {
          items.push({
            id: new URL(p.remoteActorId),
            inboxId: new URL(p.inbox),
            endpoints: p.sharedInbox ? { sharedInbox: new URL(p.sharedInbox) } : null,
          });
        }
      }
      return { items };
    })
    .setCounter(async (_ctx, identifier) => {
      const [r] = await db()
        .select({ n: count() })
        .from(federationFollowers)
        .where(eq(federationFollowers.followed, identifier));
      return r?.n ?? 0;
    });

  const publicOf = (identifier: string) =>
    and(eq(federationActivities.actor, identifier), eq(federationActivities.audience, 'public'));

  federation
    .setOutboxDispatcher(PATHS.outbox, async (ctx, identifier, cursor) => {
      if (cursor == null) return null;
      const offset = Math.max(0, Number.parseInt(cursor, 10) || 0);
      const rows = await db()
        .select({ activity: federationActivities.activity })
        .from(federationActivities)
        .where(publicOf(identifier))
        .orderBy(desc(federationActivities.createdAt))
        .limit(PAGE + 1)
        .offset(offset);
      const items = await Promise.all(
        rows
          .slice(0, PAGE)
          .map((r) => Activity.fromJsonLd(r.activity, { documentLoader: ctx.documentLoader })),
      );
      return { items, nextCursor: rows.length > PAGE ? String(offset + PAGE) : null };
    })
    .setFirstCursor(() => '0')
    .setCounter(async (_ctx, identifier) => {
      const [r] = await db().select({ n: count() }).from(federationActivities).where(publicOf(identifier));
      return r?.n ?? 0;
    });

  federation.setObjectDispatcher(Note, PATHS.post, async (ctx, { id }) => {
    if (!isUuid(id)) return null;
    const lead = await loadLead(db(), id);
    if (!lead || !publicMaySee(sharingState(lead))) return null;
    return Note.fromJsonLd(publicNote(lead, urls), { documentLoader: ctx.documentLoader });
  });

  // Partner leads are for partners: a signed request from an active partner's server.
  federation
    .setObjectDispatcher(Page, PATHS.lead, async (ctx, { id }) => {
      if (!isUuid(id)) return null;
      const lead = await loadLead(db(), id);
      if (!lead || !partnersMaySee(sharingState(lead))) return null;
      return Page.fromJsonLd(leadPage(lead, urls, { to: [] }), { documentLoader: ctx.documentLoader });
    })
    .authorize(async (ctx) => {
      const owner = await ctx.getSignedKeyOwner();
      if (!owner?.id) return false;
      const host = owner.id.host;
      const active = await db()
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(and(eq(partnerships.status, 'active'), eq(partnerships.remoteHost, host)))
        .limit(1);
      return active.length > 0;
    });

  federation.setNodeInfoDispatcher('/nodeinfo/2.1', async () => {
    const [users] = await db()
      .execute<{ n: number }>(sql`select count(*)::int as n from "user"`)
      .then((r) => r.rows);
    const [posts] = await db()
      .select({ n: count() })
      .from(federationActivities)
      .where(
        and(eq(federationActivities.audience, 'public'), inArray(federationActivities.type, ['Create'])),
      );
    return {
      software: { name: 'minga', version: '0.1.0', homepage: new URL('https://minga.coop/') },
      protocols: ['activitypub'],
      usage: { users: { total: users?.n ?? 0 }, localPosts: posts?.n ?? 0, localComments: 0 },
      openRegistrations: false,
    };
  });
}
